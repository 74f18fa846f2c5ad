// Runs "Who gets paid?" in the engine: builds the scenario, runs the core, keeps what the figure draws.
import { runYuma, type CoreExports } from '../engine/core';
import type { ParamValues } from '../state/schema';
import { scenario, view, type WhoGetsPaidView } from './who-gets-paid';

export function computeWhoGetsPaid(core: CoreExports, p: ParamValues): WhoGetsPaidView {
  const toU16 = (row: number[]) => Array.from(core.weightsToU16(Float64Array.from(row)));
  return view(p, runYuma(core, scenario(p, toU16), 'float64'));
}
