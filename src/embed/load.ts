// The component for each embed name, loaded on demand, with the props it needs outside the article,
// and the citations it shows beyond SOURCES_BASE: its own domain's map, which the embed hands to <Cite>
// as context (the article's other citations stay out of the embed; see src/content/sources-lookup.ts).
import type { Component } from 'svelte';
import type { WidgetInfo } from './widgets';
import type { Source } from '../content/sources-base';
import type { ClaimId } from '../models/claims/types';
import { pageState } from '../state/page-state.svelte';

export interface Loaded {
  component: Component<Record<string, unknown>>;
  props: Record<string, unknown>;
  /** Citations of the figure's own domain, for context 'tao-sources' (see src/article/Cite.svelte). */
  sources: Record<string, Source>;
}

const as = (m: { default: unknown }) => m.default as Component<Record<string, unknown>>;

/** The citations each figure needs beyond SOURCES_BASE (tests/unit/embed-sources.test.ts checks them). */
export const WIDGET_SOURCES: Record<string, (() => Promise<Record<string, Source>>) | undefined> = {
  stake: () => import('../content/sources-market-stake').then((m) => m.SOURCES_MARKET_STAKE),
  emission: () => import('../content/sources-market-emission').then((m) => m.SOURCES_MARKET_EMISSION),
  halving: () => import('../content/sources-market-halving').then((m) => m.SOURCES_MARKET_HALVING),
  split: () => import('../content/sources-market-split').then((m) => m.SOURCES_MARKET_SPLIT),
};

/** A claim's own citations and those several claims share (src/models/claims/sources/). */
const CLAIM_SOURCES_OF: Record<ClaimId, () => Promise<Record<string, Source>>> = {
  'weight-rent': () => import('../models/claims/sources/weight-rent').then((m) => m.CLAIM_SOURCES_WEIGHT_RENT),
  leakage: () => import('../models/claims/sources/leakage').then((m) => m.CLAIM_SOURCES_LEAKAGE),
  'three-networks': () => import('../models/claims/sources/three-networks').then((m) => m.CLAIM_SOURCES_THREE_NETWORKS),
  routing: () => import('../models/claims/sources/routing').then((m) => m.CLAIM_SOURCES_ROUTING),
  coordination: () => import('../models/claims/sources/coordination').then((m) => m.CLAIM_SOURCES_COORDINATION),
};

function claimSources(id: ClaimId): Promise<Record<string, Source>> {
  const shared = import('../models/claims/sources/shared').then((m) => m.CLAIM_SOURCES_SHARED);
  return Promise.all([shared, CLAIM_SOURCES_OF[id]()]).then(([a, b]) => ({ ...a, ...b }));
}

async function component(info: WidgetInfo): Promise<Omit<Loaded, 'sources'>> {
  switch (info.name) {
    case 'who-gets-paid': {
      const [m, { schema }] = await Promise.all([import('../widgets/WhoGetsPaid.svelte'), import('../models/who-gets-paid')]);
      return { component: as(m), props: { values: pageState(info.prefix, schema) } };
    }
    case 'yuma-explorer':
      return { component: as(await import('../widgets/YumaExplorerLoader.svelte')), props: {} };
    case 'stake':
      return { component: as(await import('../widgets/StakeIntoSubnet.svelte')), props: {} };
    case 'emission':
      return { component: as(await import('../widgets/WhoGetsEmission.svelte')), props: {} };
    case 'halving':
      return { component: as(await import('../widgets/Halving.svelte')), props: {} };
    case 'split':
      return { component: as(await import('../widgets/EpochSplit.svelte')), props: {} };
    default:
      if (info.name.startsWith('claim-')) {
        // Only this claim's model, loaded beside the figure (not the five of src/models/claims/index.ts).
        const [m, model] = await Promise.all([import('../widgets/ClaimWidget.svelte'), import('../models/claims/load').then((l) => l.loadClaimModel(info.prefix as ClaimId))]);
        return { component: as(m), props: { model, headingLevel: 2, parts: 'on-request' } };
      }
      throw new Error(`No figure is called ${JSON.stringify(info.name)}.`);
  }
}

export async function loadWidget(info: WidgetInfo): Promise<Loaded> {
  const own = info.name.startsWith('claim-') ? claimSources(info.prefix as ClaimId) : WIDGET_SOURCES[info.name]?.();
  const [loaded, sources] = await Promise.all([component(info), own]);
  return { ...loaded, sources: sources ?? {} };
}
