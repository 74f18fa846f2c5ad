// "The halving" in a real browser: today's marker and the sourced first halving, dragging the recycling
// slider pushes the next halving later, the cap view, the URL, hostile values, a phone's width.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settled, useBrowser } from '../support/browser';

const env = useBrowser();

const ROOT = '[data-widget="market-halving"]';
const SLIDER = '[data-param="recycled"]';

/** Opens the page with today pinned to 2026-11-25 (the `data-today` the figure honours) unless `pin` is
 *  false, scrolls the figure into view and waits for its first result. */
async function open(query = '', { pin = true, width = 1200, dark = false } = {}) {
  const { page, seen } = await env.open(undefined, { viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  if (pin) {
    await page.addInitScript(() => {
      const set = () => document.documentElement && (document.documentElement.dataset.today = '2026-11-25');
      if (!set()) document.addEventListener('readystatechange', set, { once: true });
    });
  }
  await page.goto(env.url + query);
  await page.locator('#halving-title').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-testid="chart-issuance"] g.today');
  await page.waitForFunction((root) => Number(document.querySelector(root)?.getAttribute('data-computed')) >= 1, ROOT);
  return { page, seen };
}

const attr = (page: Page, sel: string, name: string) => page.getAttribute(sel, name);
const nextHalving = (page: Page) => attr(page, ROOT, 'data-next-halving');
const computed = async (page: Page) => Number(await attr(page, ROOT, 'data-computed'));

describe('the halving figure', () => {
  it('marks today and labels the first halving with its sourced date; later ones are projections', async () => {
    const { page, seen } = await open();
    expect(await attr(page, ROOT, 'data-today')).toBe('2026-11-25');
    const today = page.locator('[data-testid="today-marker"]');
    expect(await today.getAttribute('data-date')).toBe('2026-11-25');
    expect(await today.textContent()).toContain('today, 25 Nov 2026');

    const first = page.locator('g.halving[data-k="1"]');
    expect(await first.getAttribute('data-date')).toBe('2025-12-15');
    expect(await first.getAttribute('data-projected')).toBe('false');
    expect(await first.textContent()).toContain('1st halving · 15 Dec 2025');
    const second = page.locator('g.halving[data-k="2"]');
    expect(await second.getAttribute('data-projected')).toBe('true');
    expect(await second.textContent()).toContain('(projected)');
    expect(await second.getAttribute('data-date')).toBe('2029-12-12');

    expect(await nextHalving(page)).toBe('2029-12-12');
    expect(Number(await attr(page, ROOT, 'data-issuance-today'))).toBeCloseTo(11_742_000, 3);
    // TAO per day before and after each halving, on the chart and in the table.
    const steps = await page.$$eval('[data-testid="chart-issuance"] text.step', (els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(steps).toEqual([7200, 3600, 1800, 900, 450]);
    const table = await page.textContent(`${ROOT} details table`);
    expect(table).toContain('15 Dec 2025');
    expect(table).toContain('7,200');
    expect(table).toContain('next (projected)');
    expect(await page.textContent('[data-testid="describe-halving"]')).toContain('projected for about Dec 2029 (in 3.0 years)');
    expect(await page.getAttribute('[data-testid="describe-halving"]', 'aria-live')).toBe('polite');
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await page.close();
  });

  it('dragging the recycling slider up with the keyboard moves the next halving later, step by step', async () => {
    const { page, seen } = await open();
    const dates = [await nextHalving(page)];
    await page.focus(SLIDER);
    for (let k = 0; k < 6; k++) {
      const before = await computed(page);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(([root, n]) => Number(document.querySelector(root as string)?.getAttribute('data-computed')) > (n as number), [ROOT, before]);
      dates.push(await nextHalving(page));
    }
    for (let k = 1; k < dates.length; k++) expect(dates[k]! > dates[k - 1]!, `${dates[k - 1]} → ${dates[k]}`).toBe(true);
    expect(await page.textContent('[data-testid="value-recycled"]')).toBe('300 TAO/day');
    expect(await page.getAttribute(SLIDER, 'aria-valuetext')).toBe('300 TAO/day');
    expect(await page.textContent('[data-testid="describe-halving"]')).toContain('300 recycled');
    expect(await page.$$('[data-testid="net-per-day"]')).toHaveLength(1); // net of recycling drawn

    await page.keyboard.press('End');
    await page.waitForFunction((root) => document.querySelector(root)?.getAttribute('data-next-halving')?.startsWith('21'), ROOT);
    expect(await page.textContent('[data-testid="describe-halving"]')).toContain('3,500 recycled');
    expect(Number(await attr(page, ROOT, 'data-issuance-today'))).toBeCloseTo(10_500_000 + 345 * 100, 3);
    // The marker of the 2nd halving has left the 2025–2040 window; the table still lists it.
    expect(await page.$$('g.halving[data-k="2"]')).toHaveLength(0);
    expect(await page.textContent(`${ROOT} details table`)).toContain('~Sep 2169');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('recycling above what the next era mints holds issuance at a threshold and a halving never comes', async () => {
    const { page } = await open('?halving.recycled=2000');
    expect(await page.inputValue(SLIDER)).toBe('2000');
    expect(await nextHalving(page)).toBe('2034-12-09');
    expect(await page.textContent('[data-testid="chart-issuance"]')).toContain('held at 15.75M');
    expect(await page.textContent(`${ROOT} details table`)).toContain('never at this recycling');
    await page.close();
  });

  it('the cap view runs to 2150 with thirty halvings on a log scale of TAO per day', async () => {
    const { page, seen } = await open();
    const before = await computed(page);
    await page.click('text=to the 21M cap (2150)');
    await page.waitForFunction(([root, n]) => Number(document.querySelector(root as string)?.getAttribute('data-computed')) > (n as number), [ROOT, before]);
    expect(await page.$$('g.halving')).toHaveLength(30);
    const ticks = await page.$$eval('[data-testid="chart-issuance"] text.xtick', (els) => els.map((e) => e.textContent));
    expect(ticks).toContain('2150');
    expect(await page.textContent('[data-testid="chart-issuance"]')).toContain('10⁻⁵');
    const last = Number(await attr(page, '[data-testid="issuance-projected"]', 'data-value'));
    expect(last).toBeGreaterThan(20_999_999);
    expect(last).toBeLessThanOrEqual(21_000_000);
    await page.waitForFunction(() => location.search.includes('halving.span=1'));
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('reloading the copied URL restores the state', async () => {
    const { page } = await open();
    await page.focus(SLIDER);
    for (let k = 0; k < 8; k++) await page.keyboard.press('ArrowRight');
    await page.click('text=to the 21M cap (2150)');
    await page.waitForFunction(() => location.search.includes('halving.recycled=400') && location.search.includes('halving.span=1'));
    await page.waitForFunction(([root, v]) => document.querySelector(root as string)?.getAttribute('data-next-halving') !== v, [ROOT, '2029-12-12']);
    // The figure shows the last input's result, not one from the middle of the presses.
    await settled(page, 'market-halving');
    const url = page.url();
    const next = await nextHalving(page);
    const again = await open(url.slice(env.url.length));
    expect(await again.page.inputValue(SLIDER)).toBe('400');
    expect(await again.page.isChecked('input[data-param="span"][value="1"]')).toBe(true);
    await expect.poll(() => nextHalving(again.page)).toBe(next);
    expect(await again.page.textContent('[data-testid="describe-halving"]')).toContain('400 recycled');
    await page.close();
    await again.page.close();
  });

  it("takes today from the reader's clock when nothing pins it", async () => {
    const { page } = await open('', { pin: false });
    const local = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const shown = await attr(page, ROOT, 'data-today');
    // The compute keeps today between the first halving and the window's end.
    if (local >= '2025-12-15' && local <= '2039-12-31') expect(shown).toBe(local);
    expect(await page.getAttribute('[data-testid="today-marker"]', 'data-date')).toBe(shown);
    await page.close();
  });

  it('fits a 360 px phone in dark mode: no sideways scrolling, labels inside the chart', async () => {
    const { page, seen } = await open('?halving.recycled=2000', { width: 360, dark: true });
    await page.click(`${ROOT} details summary`); // the data table open too
    const fits = await page.evaluate((root) => {
      const el = document.querySelector(root)!;
      const box = el.getBoundingClientRect();
      const svg = el.querySelector('[data-testid="chart-issuance"] svg')!.getBoundingClientRect();
      const texts = [...el.querySelectorAll('[data-testid="chart-issuance"] text')].map((t) => t.getBoundingClientRect());
      return {
        page: document.documentElement.scrollWidth <= window.innerWidth,
        svg: svg.right <= box.right + 0.5,
        texts: texts.every((t) => t.left >= box.left - 0.5 && t.right <= box.right + 0.5),
      };
    }, ROOT);
    expect(fits).toEqual({ page: true, svg: true, texts: true });
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe('hostile URLs for the halving figure', () => {
  const cases: [string, string][] = [
    ['?halving.recycled=1e308', 'out of range'],
    ['?halving.recycled=-50', 'out of range'],
    ['?halving.recycled=NaN', 'not a valid value'],
    ['?halving.span=7', 'not a valid value'],
    ['?halving.recycled=%3Cscript%3E&halving.recycled=100', 'not a valid value'],
  ];
  for (const [query, note] of cases) {
    it(`opens ${query} with a visible note and finite output`, async () => {
      const { page, seen } = await open(query);
      expect(await page.textContent('[data-testid="notices"]')).toContain(note);
      const issued = Number(await attr(page, ROOT, 'data-issuance-today'));
      expect(Number.isFinite(issued)).toBe(true);
      expect(await nextHalving(page)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const d = await page.getAttribute('[data-testid="issuance-projected"]', 'd');
      expect(d).not.toMatch(/NaN|Infinity/);
      expect(await page.textContent('[data-testid="describe-halving"]')).not.toMatch(/NaN|Infinity|undefined/);
      expect(seen.errors).toEqual([]);
      expect(seen.foreign).toEqual([]);
      await page.close();
    });
  }
});
