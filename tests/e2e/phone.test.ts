// At 360 px wide (and on a 320 px phone) the article fits the screen: no figure makes the page scroll
// sideways, and nothing inside a figure is wider than the box that holds it (a chart wider than its
// column is cut off at the figure's edge without making the page scroll).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, serveDist } from '../support/browser';
import type { Served } from '../../scripts/serve';

let browser: Browser;
let site: Served;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const SECTIONS = ['#who-gets-paid', '#yuma-explorer', '#stake-title', '#emission-title', '#halving-title', '#split-title', '#leakage', '#routing', '#allies', '#claim-coordination-title'];

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

async function scrollAll(page: Page) {
  for (const sel of SECTIONS) {
    await page.locator(sel).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
  }
  await page.waitForSelector('[data-testid="ex-incentive"] rect.bar', { timeout: 15_000 });
  await page.waitForSelector('[data-widget="claim-coordination"] [data-testid="verdict"]', { timeout: 15_000 });
  await page.waitForTimeout(500);
}

describe('a phone', () => {
  for (const width of [360, 320]) {
    it(`${width} px: scrolls the whole article with every figure loaded, never wider than the screen, nothing cut off`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });
      await page.goto(site.url);
      await scrollAll(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.evaluate(OVERFLOWING)).toEqual([]);
      await page.close();
    }, 90_000);
  }
});
