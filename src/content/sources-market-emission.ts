// Citations used by the market "emission" figure (merged into SOURCES).
import type { Source } from './sources';

export const SOURCES_MARKET_EMISSION: Record<string, Source> = {};
