// At 360 px wide the article fits the screen: no figure makes the page scroll sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe('a 360 px wide phone', () => {
  it('scrolls the whole article with every figure loaded and never wider than the screen', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(site.url);
    for (const sel of ['#who-gets-paid', '#yuma-explorer', '#stake-title', '#emission-title', '#halving-title', '#split-title', '#leakage', '#routing', '#allies', '#claim-coordination-title']) {
      await page.locator(sel).scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
    }
    await page.waitForSelector('[data-testid="ex-incentive"] rect.bar', { timeout: 15_000 });
    await page.waitForSelector('[data-widget="claim-coordination"] [data-testid="verdict"]', { timeout: 15_000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.close();
  });
});
