// Issue 8's size gate for embeds, on the built site (DIST_DIR or dist): each embed's JS at most 50 KB
// gzip. scripts/embed-size.ts counts the embed page, the figure's chunks, its citations and what it
// loads before it is usable (a claim's own model and citations, the Yuma explorer's deferred outputs).
import { describe, expect, it } from 'vitest';
import { EMBED_BUDGET, embedJs } from '../../scripts/embed-size';
import { WIDGETS } from '../../src/embed/widgets';

const dist = process.env.DIST_DIR ?? 'dist';

describe(`each embed's JS within ${EMBED_BUDGET / 1024} KB gzip`, () => {
  for (const w of WIDGETS) {
    it(w.name, () => {
      const { gzip } = embedJs(dist, w.name);
      expect(gzip, `${w.name}: ${(gzip / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(EMBED_BUDGET);
    });
  }
});
