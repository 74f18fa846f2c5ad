// The five claim models of the essay, in the essay's order, behind one interface (ClaimModel). The
// worker and the tests take them all from here; a figure loads only its own (./load.ts).
import { coordination } from './coordination';
import { leakage } from './leakage';
import { routing } from './routing';
import { threeNetworks } from './three-networks';
import type { ClaimId, ClaimModel } from './types';
import { weightRent } from './weight-rent';

export type { ClaimId, ClaimModel, ClaimPreset, ClaimResult, CounterEvidence, EssayClaim, Verdict } from './types';
export { weightRent, computeWeightRent, verdictWeightRent } from './weight-rent';
export { leakage, computeLeakage, verdictLeakage } from './leakage';
export { threeNetworks, computeThreeNetworks, verdictThreeNetworks } from './three-networks';
export { routing, computeRouting, verdictRouting } from './routing';
export { coordination, computeCoordination, verdictCoordination, AWS_MARGIN } from './coordination';

/** Model 1 … 5: weights vs markets, leakage, fuel, SLM routing, coordination capture. */
export const CLAIM_MODELS: readonly ClaimModel[] = [weightRent, leakage, threeNetworks, routing, coordination];

export function claimModel(id: ClaimId): ClaimModel {
  const m = CLAIM_MODELS.find((c) => c.id === id);
  if (!m) throw new Error(`unknown claim model "${id}"`);
  return m;
}
