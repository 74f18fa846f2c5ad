// The scroll story of "Who gets paid?": scrolling (not any control) moves the pinned figure step by step.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, showWho } from '../support/browser';

const env = useBrowser();
const miner4 = (page: Page) =>
  page.$$eval('[data-testid="story-incentive"] text.value', (els) => Number(els[3]?.getAttribute('data-value') ?? NaN));

for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 740 }]] as const) {
  describe(`the collusion story on a ${label}`, () => {
    it('reaches every step as the reader scrolls, and the pinned figure follows each', async () => {
      const { page, seen } = await env.open(undefined, { viewport });
      await page.goto(env.url);
      const values: number[] = [];
      for (let k = 0; k < 4; k++) {
        await page.locator(`#who-gets-paid .scrolly [data-step="${k}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect.poll(() => page.getAttribute('#who-gets-paid .scrolly', 'data-active-step'), { timeout: 20_000 }).toBe(String(k));
        // The figure shows the complete result for this step's settings, not an earlier step's.
        await expect.poll(() => page.getAttribute('[data-widget="who-story"]', 'data-current'), { timeout: 20_000 }).toBe('true');
        values.push(await miner4(page));
      }
      // Clipped at 31% and 45%; C sets the line at 52%; with κ = 0.7 only what both sides give counts.
      expect(values[0]).toBeLessThan(0.15);
      expect(values[1]).toBeLessThan(0.15);
      expect(values[2]).toBeGreaterThan(0.8);
      expect(values[3]).toBeLessThan(values[2] - 0.2);
      expect(values[3]).toBeGreaterThan(values[0]);
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  });
}

describe('a live number in the prose', () => {
  it('is a focusable slider whose keys move the figure, and it follows the figure', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(env.url);
    await showWho(page);
    const live = '[data-live="stake2"]';
    expect(await page.textContent(live)).toBe('250k α');
    await page.focus(live);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    expect(await page.getAttribute(live, 'aria-valuenow')).toBe('650000');
    expect(await page.inputValue('[data-param="stake2"]')).toBe('650000');
    await expect.poll(() => page.$$eval('[data-testid="chart-incentive"] text.value', (els) => Number(els[3].getAttribute('data-value')))).toBeGreaterThan(0.5);
    await page.focus('[data-param="stake2"]');
    await page.keyboard.press('Home');
    expect(await page.textContent(live)).toBe('0k α');
    await page.close();
  });
});
