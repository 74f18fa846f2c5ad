// "Who gets the emission?" in a real browser: drag the whale's trade, switch era, reload the URL,
// a refused trade, a hostile URL.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';

const env = useBrowser();

const WIDGET = '[data-widget="market-emission"]';
const CHART = '[data-testid="chart-emission"]';
const whale = '[data-param="whaleTao"]';

async function open(query = '', width = 1200) {
  const { page, seen } = await env.open(undefined, { viewport: { width, height: 900 } });
  await page.goto(env.url + query);
  await page.locator('#emission-title').scrollIntoViewIfNeeded();
  await page.waitForSelector(`${CHART} path.series`, { timeout: 20_000 });
  await complete(page);
  return { page, seen };
}

/** Waits until the figure shows a complete result (not a progressive run's partial first stage). */
/** Waits until the figure shows the complete result of its newest input. */
const complete = (page: Page) => page.waitForSelector(`${WIDGET}:not([data-computed="0"])[data-partial="false"][data-current="true"]`, { timeout: 20_000 });
const computed = (page: Page) => page.getAttribute(WIDGET, 'data-computed').then(Number);
/** Waits for a result newer than `after`. */
const fresh = (page: Page, after: number) =>
  page.waitForFunction(([sel, c]) => Number(document.querySelector(sel as string)?.getAttribute('data-computed')) > (c as number), [WIDGET, after]);
/** A series' last share, read from its path. */
const endShare = (page: Page, name: string) =>
  page.getAttribute(`${CHART} path[data-series="${name}"]`, 'data-value').then(Number);
const describeText = (page: Page) => page.textContent('[data-testid="describe-emission"]').then((t) => t ?? '');

async function chooseEra(page: Page, era: number) {
  const c = await computed(page);
  await page.check(`input[data-param="era"][value="${era}"]`);
  await fresh(page, c);
}

describe('Who gets the emission?', () => {
  it('loads lazily with six subnets, the no-whale line, a sentence and the era, no console error and no foreign request', async () => {
    const { page, seen } = await open();
    expect(await page.$$(`${CHART} path.series`)).toHaveLength(6);
    expect(await page.$$(`${CHART} path.reference`)).toHaveLength(1);
    expect(await page.$$(`${CHART} text.end`)).toHaveLength(7);
    const sn5 = await endShare(page, 'SN5');
    expect(sn5).toBeGreaterThan(0.05);
    expect(sn5).toBeGreaterThan(await endShare(page, 'no whale'));
    expect(await describeText(page)).toMatch(/^Under today’s rank-gated rule, the whale’s 2,000 TAO into SN5 on day 1 lifts SN5’s share/);
    expect(await page.getAttribute('[data-testid="emission-era"]', 'data-era')).toBe('reborn_2026_10');
    expect(await page.textContent('[data-testid="emission-era-sentence"]')).toContain('the gate’s bar is the 32nd-largest share');
    expect(await page.getAttribute('[data-testid="chart-emission-marker"]', 'data-value')).toBe('1');
    const ms = Number(await page.getAttribute('[data-testid="emission-timing"]', 'data-ms'));
    expect(ms).toBeGreaterThan(0);
    await page.click(`${WIDGET} summary`);
    expect(await page.$$(`${WIDGET} tbody tr`)).toHaveLength(6);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await page.close();
  });

  for (const [era, name] of [[3, 'price × burn'], [1, 'Taoflow']] as const) {
    it(`dragging the whale's trade up raises SN5's share after the trade day (${name})`, async () => {
      const { page, seen } = await open();
      await chooseEra(page, era);
      const before = await endShare(page, 'SN5');
      await page.focus(whale);
      const seenValues = new Set<number>();
      for (let k = 0; k < 6; k++) {
        const c = await computed(page);
        await page.keyboard.press('PageUp');
        await fresh(page, c);
        seenValues.add(await endShare(page, 'SN5'));
      }
      await page.keyboard.press('End');
      await page.waitForFunction(() => document.querySelector('[data-testid="value-whaleTao"]')?.textContent === '20,000 TAO');
      await expect.poll(() => page.textContent('[data-testid="describe-emission"]'), { timeout: 20_000 }).toContain('20,000 TAO into SN5');
      await complete(page);
      const after = await endShare(page, 'SN5');
      expect(after).toBeGreaterThan(before);
      expect(seenValues.size).toBeGreaterThan(3); // the figure followed the drag, not only its end
      expect(await page.getAttribute(whale, 'aria-valuetext')).toBe('20,000 TAO');
      expect(await describeText(page)).toMatch(/lifts SN5’s share from [\d.]+% to [\d.]+%/);
      expect(after).toBeGreaterThan(await endShare(page, 'no whale'));
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }

  it('a drag resumes from the kept run before the trade, and a value dragged back to draws the same chart', async () => {
    const { page, seen } = await open();
    const paths = () => page.$$eval(`${CHART} path.series`, (ps) => ps.map((p) => p.getAttribute('d')).join('|'));
    const first = await paths();
    const firstText = await describeText(page);
    await page.focus(whale);
    for (const key of ['PageUp', 'PageUp', 'PageDown', 'PageDown']) {
      const c = await computed(page);
      await page.keyboard.press(key);
      await fresh(page, c);
      // Trade on day 1: the first 7,200 blocks come from the kept run; the timing says so.
      expect(await page.getAttribute('[data-testid="emission-timing"]', 'data-resumed')).toBe('7200');
      expect(await page.textContent('[data-testid="emission-timing"]')).toContain('28,800 after it were simulated in');
    }
    expect(await page.getAttribute(whale, 'aria-valuetext')).toBe('2,000 TAO');
    expect(await paths()).toBe(first);
    expect(await describeText(page)).toBe(firstText);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('a drag draws the exact run to half a day past the trade first, marked partial, then the whole run, which equals a fresh page’s', async () => {
    const { page, seen } = await open();
    // Record, in the page, every state the figure is drawn in (self-contained: no outer helpers).
    await page.evaluate(`(() => {
      const w = document.querySelector('[data-widget="market-emission"]');
      window.__states = [];
      const note = () => {
        const chart = w.querySelector('[data-testid="chart-emission"]');
        window.__states.push({
          drawn: Number(w.getAttribute('data-drawn')), computed: Number(w.getAttribute('data-computed')),
          partial: w.getAttribute('data-partial'), describe: w.querySelector('[data-testid="describe-emission"]').textContent,
          pending: w.querySelector('[data-testid="emission-pending"]')?.textContent ?? null,
          timing: w.querySelector('[data-testid="emission-timing"]').getAttribute('data-partial'),
          ticks: [...chart.querySelectorAll('text.xtick')].map((t) => t.textContent).join(','),
          series: chart.querySelectorAll('path.series').length,
        });
      };
      new MutationObserver(note).observe(w, { attributes: true, attributeFilter: ['data-drawn', 'data-computed'] });
    })()`);
    const drawn0 = Number(await page.getAttribute(WIDGET, 'data-drawn'));
    await page.focus(whale);
    for (const key of ['PageUp', 'PageUp', 'PageUp']) {
      const c = await computed(page);
      await page.keyboard.press(key);
      await fresh(page, c);
    }
    await complete(page);
    type State = { drawn: number; computed: number; partial: string; describe: string; pending: string | null; timing: string; ticks: string; series: number };
    const states = (await page.evaluate('window.__states')) as State[];
    const partials = states.filter((x) => x.partial === 'true');
    expect(partials.length).toBe(3); // one partial drawing per move, each then completed
    for (const x of partials) {
      expect(x.pending).toBe('computing days 1.5–5…');
      expect(x.describe).toContain('by day 1.5 (');
      expect(x.describe).toMatch(/so far; computing days 1\.5–5…$/);
      expect(x.timing).toBe('true');
      expect(x.series).toBe(6);
      expect(x.ticks).toBe(states[states.length - 1].ticks); // the same day axis as the whole run
    }
    expect(states.filter((x) => x.partial === 'false')).toHaveLength(3);
    expect(Number(await page.getAttribute(WIDGET, 'data-drawn'))).toBe(drawn0 + 6);
    expect(await page.$('[data-testid="emission-pending"]')).toBeNull();
    expect(await describeText(page)).not.toContain('so far');
    expect(await page.textContent('[data-testid="emission-timing"]')).toContain('28,800 after it were simulated in');
    const value = await page.inputValue(whale);
    expect(value).not.toBe('2000');
    await page.waitForFunction((v) => location.search.includes(`emission.whaleTao=${v}`), value);
    const paths = (p: Page) => p.$$eval(`${CHART} path`, (ps) => ps.map((x) => x.getAttribute('d')).join('|'));
    const dragged = await paths(page);
    const draggedText = await describeText(page);
    const again = await open(page.url().slice(env.url.length));
    expect(await again.page.inputValue(whale)).toBe(value);
    expect(await paths(again.page)).toBe(dragged);
    expect(await describeText(again.page)).toBe(draggedText);
    expect(seen.errors).toEqual([]);
    expect(again.seen.errors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('switching era changes the sentence and the shares', async () => {
    const { page } = await open();
    const sentence = await page.textContent('[data-testid="emission-era-sentence"]');
    const sn1 = await endShare(page, 'SN1');
    await chooseEra(page, 1);
    expect(await page.textContent('[data-testid="emission-era-sentence"]')).not.toBe(sentence);
    expect(await page.textContent('[data-testid="emission-era-sentence"]')).toContain('4 Nov 2025');
    expect(await page.getAttribute('[data-testid="emission-era"]', 'data-era')).toBe('flow_2025_12');
    expect(await endShare(page, 'SN1')).not.toBeCloseTo(sn1, 3);
    expect(await endShare(page, 'SN6')).toBe(0); // net outflow: nothing under Taoflow
    expect(await describeText(page)).toContain('Under Taoflow');
    await chooseEra(page, 0);
    expect(await page.textContent('[data-testid="emission-era-sentence"]')).toContain('13 Feb 2025');
    await page.close();
  });

  it('reloading the copied URL restores the state and the figure', async () => {
    const { page } = await open();
    await chooseEra(page, 3);
    await page.check('input[data-param="to"][value="4"]');
    await page.selectOption('select[data-param="from"]', '1');
    await page.focus('[data-param="tradeDay"]');
    await page.keyboard.press('ArrowRight');
    await page.focus(whale);
    for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() =>
      ['emission.era=3', 'emission.to=4', 'emission.from=1', 'emission.tradeDay=2', 'emission.whaleTao=3000'].every((k) => location.search.includes(k)),
    );
    await expect.poll(() => describeText(page)).toContain('3,000 TAO of SN1’s alpha into SN4 on day 2');
    await complete(page);
    const url = page.url();
    const sn4 = await endShare(page, 'SN4');
    const again = await open(url.slice(env.url.length));
    expect(await again.page.inputValue(whale)).toBe('3000');
    expect(await again.page.inputValue('[data-param="tradeDay"]')).toBe('2');
    expect(await again.page.isChecked('input[data-param="era"][value="3"]')).toBe(true);
    expect(await again.page.isChecked('input[data-param="to"][value="4"]')).toBe(true);
    expect(await again.page.inputValue('select[data-param="from"]')).toBe('1');
    await expect.poll(() => endShare(again.page, 'SN4')).toBeCloseTo(sn4, 12);
    expect(await again.page.textContent('[data-testid="emission-receipt"]')).toContain('sold');
    await page.close();
    await again.page.close();
  });

  it('a sale larger than the alpha outside the pool is refused with a visible message', async () => {
    const { page, seen } = await open('?emission.from=6');
    await page.focus(whale);
    const c = await computed(page);
    await page.keyboard.press('End');
    await fresh(page, c);
    await page.waitForSelector('[data-testid="emission-refusal"]');
    expect(await page.textContent('[data-testid="emission-refusal"]')).toContain('not that much alpha outside the pool');
    expect(await describeText(page)).toContain('was refused');
    expect(await endShare(page, 'SN5')).toBeCloseTo(await endShare(page, 'no whale'), 12);
    expect(await page.$('[data-testid="chart-emission-marker"]')).toBeNull();
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('works at 360 px wide without horizontal scrolling', async () => {
    const { page } = await open('', 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await endShare(page, 'SN5')).toBeGreaterThan(0);
    await page.close();
  });

  for (const [query, note] of [
    ['?emission.whaleTao=1e308', 'out of range'],
    ['?emission.days=NaN&emission.era=9', 'not a valid value'],
    ['?emission.tradeDay=-4', 'out of range'],
  ] as const) {
    it(`opens ${query} with a visible note and finite shares`, async () => {
      const { page, seen } = await open(query);
      expect(await page.textContent('[data-testid="notices"]')).toContain(note);
      const values = await page.$$eval(`${CHART} path.series`, (els) => els.map((e) => Number(e.getAttribute('data-value'))));
      expect(values).toHaveLength(6);
      for (const v of values) expect(Number.isFinite(v)).toBe(true);
      expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      expect(await describeText(page)).not.toMatch(/NaN|Infinity/);
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }
});
