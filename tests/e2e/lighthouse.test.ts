// Lighthouse (npm run audit's own function) on the built article, a market embed and a claim embed: accessibility,
// best practices and SEO must score 100; performance depends on the machine and is printed, not asserted.
import { describe, expect, it } from 'vitest';
import { audit, report, GATED } from '../../scripts/audit.mjs';

describe('Lighthouse on the article and two embeds', () => {
  it('scores 100 for accessibility, best practices and SEO (performance reported)', async () => {
    const results = await audit({ dist: process.env.DIST_DIR ?? 'dist', pages: ['index.html', 'embed/stake.html', 'embed/claim-routing.html'] });
    console.log(report(results));
    expect(results).toHaveLength(3);
    for (const page of results) {
      // Every failing audit of a gated category is named in the message, with the elements it found.
      for (const category of GATED) {
        expect(page.failing[category].map((f: { id: string }) => f.id), `${category}:\n${report(results)}`).toEqual([]);
        expect(page.scores[category], category).toBe(100);
      }
      expect(page.scores.performance).toBeGreaterThanOrEqual(0);
    }
  }, 150_000);
});
