// Citations used by the market "halving" figure (merged into SOURCES).
import type { Source } from './sources';

export const SOURCES_MARKET_HALVING: Record<string, Source> = {};
