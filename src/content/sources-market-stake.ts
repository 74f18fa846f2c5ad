// Citations used by the market "stake" figure (merged into SOURCES).
import type { Source } from './sources';

export const SOURCES_MARKET_STAKE: Record<string, Source> = {};
