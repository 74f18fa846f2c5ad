// The engine's entries for the claim models: one run (results and verdict), one sweep tile, the
// tornado, and one slice of the plausible-worlds sample.
import type { CoreExports } from '../engine/core';
import { defaults, type ParamValues } from '../state/schema';
import { claimModel, type ClaimId, type ClaimResult, type Verdict } from './claims';
import { computeTornado, drawWorlds, evaluateWorlds, type Tornado } from './claims/analysis';

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

export interface ClaimTornadoInput {
  id: ClaimId;
  params: ParamValues;
}

/** What decides the verdict at `params`: each uncertain parameter moved across its plausible range. */
export function computeClaimTornado(core: CoreExports, input: ClaimTornadoInput): Tornado {
  return computeTornado(core, claimModel(input.id), input.params);
}

export interface ClaimWorldsInput {
  id: ClaimId;
  /** Values for the parameters the sample holds (those without a plausible range). */
  params: ParamValues;
  seed: number;
  /** The whole design's size and the slice [start, start + count) this call evaluates. */
  total: number;
  start: number;
  count: number;
}

/** Margins of one slice of the plausible-worlds design. */
export function computeClaimWorlds(core: CoreExports, input: ClaimWorldsInput): Float64Array {
  const model = claimModel(input.id);
  return evaluateWorlds(core, model, drawWorlds(model, input.params, input.seed, input.total, input.start, input.count));
}
