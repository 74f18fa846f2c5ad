// At 360 px wide (and on a 320 px phone) the article fits the screen: no figure makes the page scroll
// sideways, and nothing inside a figure is wider than the box that holds it (a chart wider than its
// column is cut off at the figure's edge without making the page scroll).
import { describe, expect, it } from 'vitest';
import { loadEverything, useBrowser } from '../support/browser';

const env = useBrowser();

/** Every chart, canvas, table, select or figure whose right edge passes its parent's content box (by more than a range input's 2 px margin). */
const OVERFLOWING = `(() => {
  const bad = [];
  for (const el of document.querySelectorAll('figure, svg, canvas, table, select, .out, .controls')) {
    const p = el.parentElement;
    if (!p || p.closest('.table-scroll')) continue;
    const r = el.getBoundingClientRect();
    const pr = p.getBoundingClientRect();
    const cs = getComputedStyle(p);
    const right = pr.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth);
    if (r.width > 0 && r.right > right + 3) {
      const where = el.closest('[data-widget]')?.getAttribute('data-widget') ?? el.closest('section')?.id;
      bad.push(where + ': ' + el.tagName.toLowerCase() + ' ends at ' + Math.round(r.right) + ' px, its box at ' + Math.round(right));
    }
  }
  return bad;
})()`;

describe('a phone', () => {
  for (const width of [360, 320]) {
    it(`${width} px: scrolls the whole article with every figure loaded, never wider than the screen, nothing cut off`, async () => {
      const page = await env.browser.newPage({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });
      await page.goto(env.url);
      await loadEverything(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.evaluate(OVERFLOWING)).toEqual([]);
      await page.close();
    }, 90_000);
  }
});
