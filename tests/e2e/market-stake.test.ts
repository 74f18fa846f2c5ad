// "Stake into a subnet" in a real browser: drag the stake up, switch pools, refused trades, the URL.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settled, useBrowser } from '../support/browser';

const env = useBrowser();

const W = '[data-widget="market-stake"]';
const chart = '[data-testid="chart-slippage"]';
const tradeSlider = `${W} input[type="range"][data-param="trade"]`;

async function open(query = '', width = 1200) {
  const { page, seen } = await env.open(undefined, { viewport: { width, height: 900 } });
  await page.goto(env.url + query);
  await page.locator('#stake-title').scrollIntoViewIfNeeded();
  await page.waitForSelector(`${chart} path.curve`);
  return { page, seen };
}

const computed = async (page: Page) => Number(await page.getAttribute(W, 'data-computed'));
const num = async (page: Page, testid: string) => Number(await page.getAttribute(`${W} [data-testid="${testid}"]`, 'data-value'));
const marker = async (page: Page) => {
  const m = page.locator(`${W} [data-testid="stake-marker"]`);
  return { x: Number(await m.getAttribute('data-x')), px: Number(await m.getAttribute('data-px')), value: await m.getAttribute('data-value') };
};
const text = async (page: Page, testid: string) => (await page.textContent(`${W} [data-testid="${testid}"]`)) ?? '';

describe('stake into a subnet', () => {
  it('opens at the defaults: 50 TAO into today’s pool, 2,474 α, 1.04% slippage; no error, no foreign request', async () => {
    const { page, seen } = await open();
    await expect.poll(() => num(page, 'slippage')).toBeCloseTo(0.010394618, 6);
    expect(await num(page, 'alpha-out')).toBeCloseTo(2474.013454, 3);
    expect(await num(page, 'price-before')).toBeCloseTo(0.02, 10);
    expect(await num(page, 'round-trip')).toBeCloseTo(0.001, 4);
    expect(await text(page, 'fee')).toContain('to the block author');
    expect(await text(page, 'describe-trade')).toContain('Staking 50 TAO into today’s pool');
    expect(await page.getAttribute(`${W} [data-testid="describe-trade"]`, 'aria-live')).toBe('polite');
    expect(await page.$$(`${chart} path.curve`)).toHaveLength(2);
    expect(Number(await page.getAttribute(`${chart} path.curve.c0`, 'data-points'))).toBeGreaterThan(100);
    expect(Number((await marker(page)).value)).toBeCloseTo(0.010394618, 6);
    expect(await page.getAttribute(tradeSlider, 'aria-valuetext')).toBe('50 TAO');
    expect(await page.$(`${W} [data-testid="refusal"]`)).toBeNull();
    // The data table holds the reader's stake and the curve.
    await page.click(`${W} details.data summary`);
    expect(await page.textContent(`${W} details.data tbody tr:first-child`)).toContain('50 (your stake)');
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await page.close();
  });

  it('dragging the stake up with the keyboard raises the price after and the slippage, and moves the marker', async () => {
    const { page, seen } = await open();
    await expect.poll(() => num(page, 'slippage')).toBeGreaterThan(0);
    const before = { price: await num(page, 'price-after'), slip: await num(page, 'slippage'), mark: await marker(page) };
    await page.focus(tradeSlider);
    const slips: number[] = [];
    for (let k = 0; k < 40; k++) {
      await page.keyboard.press('ArrowRight');
      if (k % 10 === 9) {
        await settled(page, 'market-stake');
        slips.push(await num(page, 'slippage'));
      }
    }
    let c = await computed(page);
    await page.keyboard.press('PageUp');
    await settled(page, 'market-stake', c);
    const after = { price: await num(page, 'price-after'), slip: await num(page, 'slippage'), mark: await marker(page) };
    expect(after.mark.x).toBeGreaterThan(before.mark.x * 10);
    expect(after.price).toBeGreaterThan(before.price);
    expect(after.slip).toBeGreaterThan(before.slip);
    expect(after.mark.px).toBeGreaterThan(before.mark.px + 50);
    expect(Number(after.mark.value)).toBeCloseTo(after.slip, 12);
    expect(new Set(slips).size).toBeGreaterThan(1); // the figure followed the drag, not only its end
    expect(await text(page, 'describe-trade')).not.toContain('Staking 50 TAO');

    // Pushed to the end of the slider the pool refuses: a message, no numbers, the marker in the refused zone.
    c = await computed(page);
    await page.keyboard.press('End');
    await settled(page, 'market-stake', c);
    expect(await page.getAttribute(tradeSlider, 'aria-valuetext')).toBe('10M TAO');
    expect(await text(page, 'refusal')).toContain('more than 1,000 times the pool reserve');
    expect(await page.getAttribute(`${W} [data-testid="refusal"]`, 'role')).toBe('alert');
    expect((await marker(page)).value).toBe('refused');
    expect(await text(page, 'describe-trade')).toMatch(/^Refused:/);
    expect(await text(page, 'slippage')).toBe('—');
    expect(await page.$(`${chart} [data-testid="refused-zone"]`)).not.toBeNull();
    expect(await page.textContent(W)).not.toMatch(/NaN|Infinity/);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('switching to the launch pool changes the numbers, the fee and where it goes', async () => {
    const { page, seen } = await open();
    await expect.poll(() => num(page, 'fee')).toBeCloseTo(50 * (33 / 65535), 8);
    const today = { alpha: await num(page, 'alpha-out'), slip: await num(page, 'slippage'), loss: await num(page, 'round-trip') };
    expect(await page.$(`${W} [data-param="wq"]`)).not.toBeNull();
    const c = await computed(page);
    await page.click(`${W} input[data-param="pool"][value="0"]`);
    await settled(page, 'market-stake', c);
    await expect.poll(() => num(page, 'fee')).toBeCloseTo(0.00005, 10);
    expect(await text(page, 'fee')).toContain('kept in the pool');
    expect(await num(page, 'alpha-out')).toBeGreaterThan(today.alpha);
    expect(await num(page, 'slippage')).not.toBeCloseTo(today.slip, 5);
    expect(await num(page, 'round-trip')).toBeLessThan(today.loss);
    expect(await text(page, 'describe-trade')).toContain('into the launch pool');
    expect(await page.textContent(`${chart} text.label.c0`)).toBe('launch pool');
    expect(await page.$(`${W} [data-param="wq"]`)).toBeNull(); // the weight belongs to today's pool only
    expect(await page.$(`${W} [data-testid="max-limit"]`)).toBeNull();
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('today’s quote weight moves the price', async () => {
    const { page } = await open();
    await expect.poll(() => num(page, 'price-before')).toBeCloseTo(0.02, 10);
    const c = await computed(page);
    await page.focus(`${W} [data-param="wq"]`);
    for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowRight');
    await settled(page, 'market-stake', c);
    await expect.poll(() => num(page, 'price-before')).toBeCloseTo((0.4 / 0.6) * 0.02, 10);
    await page.close();
  });

  it('works at 360 px wide: one column, the chart drawn within the page', async () => {
    const { page, seen } = await open('', 360);
    const box = await page.locator(chart).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(box!.width).toBeGreaterThan(200);
    await page.click(`${W} details.data summary`);
    const fit = await page.$eval(W, (el) => ({ right: el.getBoundingClientRect().right, scroll: el.scrollWidth, client: el.clientWidth }));
    expect(fit.right).toBeLessThanOrEqual(360);
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    // The data table scrolls inside its own region instead of widening the page.
    const wrap = await page.$eval(`${W} .table-wrap`, (el) => el.getBoundingClientRect().right);
    expect(wrap).toBeLessThanOrEqual(360);
    const controls = await page.locator(`${W} .controls`).boundingBox();
    expect(box!.y).toBeGreaterThan(controls!.y + controls!.height - 1); // the chart comes below the controls
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe('stake state in the URL', () => {
  it('reloading the copied URL restores the stake, the pool and the reserves', async () => {
    const { page } = await open();
    await page.click(`${W} input[data-param="pool"][value="0"]`);
    await page.focus(tradeSlider);
    for (let k = 0; k < 30; k++) await page.keyboard.press('ArrowRight');
    await page.focus(`${W} input[type="range"][data-param="tao"]`);
    for (let k = 0; k < 20; k++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => /stake\.pool=0/.test(location.search) && /stake\.trade=/.test(location.search) && /stake\.tao=/.test(location.search));
    await settled(page, 'market-stake');
    const url = page.url();
    const want = { trade: await page.inputValue(tradeSlider), slip: await num(page, 'slippage'), alpha: await num(page, 'alpha-out') };
    const again = await open(url.slice(env.url.length));
    expect(await again.page.inputValue(tradeSlider)).toBe(want.trade);
    expect(await again.page.isChecked(`${W} input[data-param="pool"][value="0"]`)).toBe(true);
    await expect.poll(() => num(again.page, 'slippage')).toBeCloseTo(want.slip, 12);
    expect(await num(again.page, 'alpha-out')).toBeCloseTo(want.alpha, 9);
    await page.close();
    await again.page.close();
  });

  it('?stake.trade=1e12 is clamped to the largest stake with a note, and the pool refuses it with the message', async () => {
    const { page, seen } = await open('?stake.trade=1e12');
    expect(await page.textContent('[data-testid="notices"]')).toContain('out of range');
    await page.waitForSelector(`${W} [data-testid="refusal"]`);
    expect(await text(page, 'refusal')).toContain('more than 1,000 times the pool reserve');
    expect(await page.getAttribute(tradeSlider, 'aria-valuetext')).toBe('10M TAO');
    expect((await marker(page)).value).toBe('refused');
    expect(await page.textContent(W)).not.toMatch(/NaN|Infinity/);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  const hostile: [string, string][] = [
    ['?stake.tao=NaN', 'not a valid value'],
    ['?stake.alpha=-5', 'out of range'],
    ['?stake.wq=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'not a valid value'],
    ['?stake.pool=9', 'not a valid value'],
  ];
  for (const [query, note] of hostile) {
    it(`opens ${query} with a note and finite numbers`, async () => {
      const { page, seen } = await open(query);
      expect(await page.textContent('[data-testid="notices"]')).toContain(note);
      await expect.poll(() => num(page, 'price-before')).toBeGreaterThan(0);
      for (const id of ['price-before', 'price-after', 'alpha-out', 'slippage', 'round-trip']) expect(Number.isFinite(await num(page, id)), id).toBe(true);
      expect(await page.textContent(W)).not.toMatch(/NaN|Infinity/);
      expect(await page.evaluate(() => document.querySelectorAll('script:not([type="module"])').length)).toBe(0);
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }
});
