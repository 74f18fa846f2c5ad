// Where <Cite key> finds its text. The table starts with the citations every figure may show
// (SOURCES_BASE); src/content/sources.ts registers the rest on import (the article's merged map and
// the claim models' map). An embedded figure gets its own domain's map as context
// instead (src/embed/load.ts, Embed.svelte; tests/unit/embed-sources.test.ts checks each figure's keys).
import { SOURCES_BASE, type Source } from './sources-base';

const table = new Map<string, Source>(Object.entries(SOURCES_BASE));

export function registerSources(sources: Record<string, Source>): void {
  for (const [key, source] of Object.entries(sources)) table.set(key, source);
}

/** The citation for `key`, if it is registered (a Map: `__proto__` and friends are just unknown). */
export const sourceOf = (key: string): Source | undefined => table.get(key);
