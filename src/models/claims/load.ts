// Each claim's model on its own, loaded when its figure needs it: an embed of one claim loads one
// model, not the five that ./index.ts gathers for the worker.
import type { ClaimId, ClaimModel } from './types';

export const CLAIM_LOADERS: Readonly<Record<ClaimId, () => Promise<ClaimModel>>> = {
  'weight-rent': () => import('./weight-rent').then((m) => m.weightRent),
  leakage: () => import('./leakage').then((m) => m.leakage),
  'three-networks': () => import('./three-networks').then((m) => m.threeNetworks),
  routing: () => import('./routing').then((m) => m.routing),
  coordination: () => import('./coordination').then((m) => m.coordination),
};

export function loadClaimModel(id: ClaimId): Promise<ClaimModel> {
  if (!Object.hasOwn(CLAIM_LOADERS, id)) return Promise.reject(new Error(`unknown claim model "${id}"`));
  return CLAIM_LOADERS[id]();
}
