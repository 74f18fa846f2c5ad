// The engine's entries for the claim models: one run (results and verdict) and one sweep tile.
import type { CoreExports } from '../engine/core';
import type { ParamValues } from '../state/schema';
import { claimModel, type ClaimId, type ClaimResult, type Verdict } from './claims';

export interface ClaimRunInput {
  id: ClaimId;
  params: ParamValues;
}

export function computeClaim(core: CoreExports, input: ClaimRunInput): ClaimResult & { verdict: Verdict } {
  const model = claimModel(input.id);
  const result = model.compute(core, input.params);
  return { ...result, verdict: model.verdict(result.summary) };
}

export interface ClaimSweepInput extends ClaimRunInput {
  axisA: string;
  axisB: string;
  aValues: number[];
  bValues: number[];
}

export function computeClaimSweep(core: CoreExports, input: ClaimSweepInput): Float64Array {
  const model = claimModel(input.id);
  return model.sweep(core, input.params, input.axisA, input.axisB, Float64Array.from(input.aValues), Float64Array.from(input.bValues));
}
