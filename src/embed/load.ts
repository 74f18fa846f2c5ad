// The component for each embed name, loaded on demand, with the props it needs outside the article.
import type { Component } from 'svelte';
import type { WidgetInfo } from './widgets';

export interface Loaded {
  component: Component<Record<string, unknown>>;
  props: Record<string, unknown>;
}

const as = (m: { default: unknown }) => m.default as Component<Record<string, unknown>>;

export async function loadWidget(info: WidgetInfo): Promise<Loaded> {
  switch (info.name) {
    case 'who-gets-paid': {
      const [m, { schema }, { pageState }] = await Promise.all([import('../widgets/WhoGetsPaid.svelte'), import('../models/who-gets-paid'), import('../state/page-state.svelte')]);
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
      if (info.name.startsWith('claim-')) return { component: as(await import('../widgets/ClaimWidget.svelte')), props: { id: info.prefix } };
      throw new Error(`No figure is called ${JSON.stringify(info.name)}.`);
  }
}
