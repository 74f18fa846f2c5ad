// Citations used by the market "split" figure (merged into SOURCES).
import type { Source } from './sources';

export const SOURCES_MARKET_SPLIT: Record<string, Source> = {};
