// axe-core (WCAG 2.1 A and AA) on the whole article with every figure loaded, in both themes, and
// again after a slider moved and a footnote opened; and on every embed page, as it opens (light) and
// after its first slider moved to the end and a preset chosen where it has presets (dark).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadEverything, settled, useBrowser } from '../support/browser';
import { WIDGETS } from '../../src/embed/widgets';

const env = useBrowser();
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const res = (await page.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })`)) as {
    violations: { id: string; nodes: { target: string[] }[] }[];
  };
  return res.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violation on the article in the ${scheme} theme`, async () => {
      const page = await env.browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: scheme });
      await page.goto(env.url);
      await loadEverything(page);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }

  it('finds none after a slider moved and a footnote opened', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(env.url);
    await loadEverything(page);
    await page.focus('[data-param="stake2"]');
    await page.keyboard.press('End');
    await settled(page, 'who-gets-paid');
    const footnote = page.locator('button[aria-expanded]').first();
    await footnote.scrollIntoViewIfNeeded();
    await footnote.click();
    expect(await footnote.getAttribute('aria-expanded')).toBe('true');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  for (const w of WIDGETS) {
    it(`finds none on the ${w.name} embed, as it opens (light) and after interaction (dark)`, async () => {
      // bypassCSP: the embed's own policy forbids injected scripts, axe's included.
      const page = await env.browser.newPage({ viewport: { width: 900, height: 900 }, colorScheme: 'light', bypassCSP: true });
      await page.goto(`${env.url}embed/${w.name}.html`);
      const computed = '[data-widget]:not([data-computed="0"])[data-computed]';
      await page.waitForSelector(computed, { timeout: 30_000 });
      expect(await violations(page), `${w.name} as it opens`).toEqual([]);
      // The reader's system switches to dark while the figure is open; then a slider and a preset.
      await page.emulateMedia({ colorScheme: 'dark' });
      const before = Number(await page.getAttribute(computed, 'data-computed'));
      await page.focus('input[type="range"]');
      await page.keyboard.press('End');
      const preset = page.locator('.presets button, select[data-testid="preset"]').first();
      if ((await preset.count()) && (await preset.evaluate((el) => el.tagName)) === 'BUTTON') await preset.click();
      await expect.poll(async () => Number(await page.getAttribute(computed, 'data-computed')), { timeout: 20_000 }).toBeGreaterThan(before);
      expect(await page.evaluate('matchMedia("(prefers-color-scheme: dark)").matches')).toBe(true);
      expect(await violations(page), `${w.name} after interaction, dark`).toEqual([]);
      await page.close();
    }, 90_000);
  }
});
