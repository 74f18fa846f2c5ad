// The notes of an embedded figure's citations, fetched when the reader first points at one: the
// embed's first load carries each citation's label and link only (the `?embed-copy` modules of
// src/embed/load.ts, built without `detail`); these imports are the full modules.
import type { Source } from '../content/sources-base';
import type { ClaimId } from '../models/claims/types';

const MARKET: Record<string, () => Promise<Record<string, Source>>> = {
  stake: () => import('../content/sources-market-stake').then((m) => m.SOURCES_MARKET_STAKE),
  emission: () => import('../content/sources-market-emission').then((m) => m.SOURCES_MARKET_EMISSION),
  halving: () => import('../content/sources-market-halving').then((m) => m.SOURCES_MARKET_HALVING),
  split: () => import('../content/sources-market-split').then((m) => m.SOURCES_MARKET_SPLIT),
};

const CLAIM: Record<ClaimId, () => Promise<Record<string, Source>>> = {
  'weight-rent': () => import('../models/claims/sources/weight-rent').then((m) => m.CLAIM_SOURCES_WEIGHT_RENT),
  leakage: () => import('../models/claims/sources/leakage').then((m) => m.CLAIM_SOURCES_LEAKAGE),
  'three-networks': () => import('../models/claims/sources/three-networks').then((m) => m.CLAIM_SOURCES_THREE_NETWORKS),
  routing: () => import('../models/claims/sources/routing').then((m) => m.CLAIM_SOURCES_ROUTING),
  coordination: () => import('../models/claims/sources/coordination').then((m) => m.CLAIM_SOURCES_COORDINATION),
};

/** The full citations of the figure `name` (with prefix `prefix`), loaded once on first call. */
export function sourceDetails(name: string, prefix: string): () => Promise<Record<string, Source>> {
  let loading: Promise<Record<string, Source>> | null = null;
  return () =>
    (loading ??= name.startsWith('claim-') && Object.hasOwn(CLAIM, prefix)
      ? Promise.all([import('../models/claims/sources/shared').then((m) => m.CLAIM_SOURCES_SHARED), CLAIM[prefix as ClaimId]()]).then(([a, b]) => ({ ...a, ...b }))
      : (MARKET[name]?.() ?? Promise.resolve({})));
}
