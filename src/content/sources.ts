// Citations for every default the page uses. Keys are referenced by parameter schemas (`source`).
// The article imports this merged map (and registers it for <Cite>); an embedded figure registers only
// SOURCES_BASE and its own domain's map (src/embed/load.ts), so it does not carry every text of the article.
import { SOURCES_BASE, type Source } from './sources-base';
import { registerSources } from './sources-lookup';
import { SOURCES_MARKET_STAKE } from './sources-market-stake';
import { SOURCES_MARKET_EMISSION } from './sources-market-emission';
import { SOURCES_MARKET_HALVING } from './sources-market-halving';
import { SOURCES_MARKET_SPLIT } from './sources-market-split';
import { SOURCES_SECTIONS } from './sections/sources-sections';
import { SOURCES_2026H2 } from './sections/sources-2026h2';
import { CLAIM_SOURCES } from '../models/claims/sources';

export type { Source };

export const SOURCES: Record<string, Source> = {
  ...SOURCES_BASE,
  ...SOURCES_MARKET_STAKE,
  ...SOURCES_MARKET_EMISSION,
  ...SOURCES_MARKET_HALVING,
  ...SOURCES_MARKET_SPLIT,
  ...SOURCES_SECTIONS,
  ...SOURCES_2026H2,
};

// Every citation of the article, for <Cite>: these and the claim models' (which never clash).
registerSources(SOURCES);
registerSources(CLAIM_SOURCES);
