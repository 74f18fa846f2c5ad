// The engine's entries for the claim models: one run (results and verdict) and one sweep tile.
import type { CoreExports } from '../engine/core';
import { defaults, type ParamValues } from '../state/schema';
import { claimModel, type ClaimId, type ClaimResult, type Verdict } from './claims';

export interface ClaimRunInput {
  id: ClaimId;
  /** Missing parameters take the preset's value, then the default. */
  params: Partial<ParamValues>;
  /** One of the model's presets by id (the article's story steps name them). */
  preset?: string;
}

export function computeClaim(core: CoreExports, input: ClaimRunInput): ClaimResult & { verdict: Verdict } {
  const model = claimModel(input.id);
  const preset = input.preset === undefined ? undefined : model.presets.find((p) => p.id === input.preset);
  if (input.preset !== undefined && !preset) throw new Error(`claim "${input.id}" has no preset "${input.preset}"`);
  const params = { ...defaults(model.schema), ...preset?.values, ...input.params } as ParamValues;
  const result = model.compute(core, params);
  return { ...result, verdict: model.verdict(result.summary) };
}

export interface ClaimSweepInput {
  id: ClaimId;
  params: ParamValues;
  axisA: string;
  axisB: string;
  aValues: number[];
  bValues: number[];
}

export function computeClaimSweep(core: CoreExports, input: ClaimSweepInput): Float64Array {
  const model = claimModel(input.id);
  return model.sweep(core, input.params, input.axisA, input.axisB, Float64Array.from(input.aValues), Float64Array.from(input.bValues));
}
