// "Where an epoch's alpha goes" in a real browser: drag the sliders with the keyboard and watch the
// flows widen and narrow, reload from the URL, survive hostile URL values.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settled, useBrowser } from '../support/browser';

const env = useBrowser();

const CHART = '[data-testid="chart-split"]';

async function open(query = '', width = 1200) {
  const { page, seen } = await env.open(undefined, { viewport: { width, height: 900 } });
  await page.goto(env.url + query);
  await page.locator('#split-title').scrollIntoViewIfNeeded();
  await page.waitForSelector(`${CHART} [data-flow="owner"]`, { timeout: 20_000 });
  return { page, seen };
}

const computed = (page: Page) => page.getAttribute('[data-widget="market-split"]', 'data-computed').then(Number);

interface Flow {
  key: string;
  value: number;
  share: number;
  width: number;
}
const flows = (page: Page): Promise<Record<string, Flow>> =>
  page.$$eval(`${CHART} [data-flow]`, (els) =>
    Object.fromEntries(
      els.map((el) => {
        const key = el.getAttribute('data-flow')!;
        const num = (a: string) => Number(el.getAttribute(a));
        return [key, { key, value: num('data-value'), share: num('data-share'), width: num('data-width') }];
      }),
    ),
  );

/** Presses `key` n times on a slider and waits until the figure has drawn the result. */
async function drag(page: Page, param: string, key: string, n = 1) {
  const before = await computed(page);
  await page.focus(`[data-widget="market-split"] [data-param="${param}"]`);
  for (let k = 0; k < n; k++) await page.keyboard.press(key);
  await expect.poll(() => computed(page), { timeout: 20_000 }).toBeGreaterThan(before);
  // Latest wins: wait for the result of the last keypress, not an earlier one.
  await expect.poll(() => page.getAttribute('[data-widget="market-split"]', 'data-current'), { timeout: 20_000 }).toBe('true');
}

function expectSumsToEmission(f: Record<string, Flow>) {
  const total = Object.values(f).reduce((s, x) => s + x.value, 0);
  const shares = Object.values(f).reduce((s, x) => s + x.share, 0);
  expect(shares).toBeCloseTo(1, 9);
  expect(total).toBeGreaterThan(0);
  for (const x of Object.values(f)) {
    expect(Number.isFinite(x.value) && Number.isFinite(x.width)).toBe(true);
    expect(x.value).toBeGreaterThanOrEqual(0);
  }
}

describe('where an epoch’s alpha goes', () => {
  it('draws one tempo split five ways at the defaults, summing to 360 α, with no console error or foreign request', async () => {
    const { page, seen } = await open();
    const f = await flows(page);
    expect(Object.keys(f)).toEqual(['owner', 'miners', 'nominators', 'take', 'root']);
    expectSumsToEmission(f);
    expect(Object.values(f).reduce((s, x) => s + x.value, 0)).toBeCloseTo(360, 6);
    expect(f.owner.share).toBeCloseTo(11796 / 65535, 9);
    expect(f.miners.value).toBeCloseTo(147.6, 1);
    // every flow is labelled on the diagram with its alpha and share
    const labels = await page.$$eval(`${CHART} [data-flow] text`, (els) => els.map((e) => e.textContent ?? ''));
    expect(labels.join(' | ')).toMatch(/Subnet owner\s*64\.8 α · 18\.0%/);
    expect(labels.join(' | ')).toMatch(/Miners\s*147\.6 α · 41\.0%/);
    expect(await page.textContent('[data-testid="describe-split"]')).toContain('the owner 64.8 α (18.0%)');
    expect(await page.getAttribute('[data-testid="describe-split"]', 'aria-live')).toBe('polite');
    expect(await page.textContent('[data-testid="describe-root"]')).toContain('root takes 33.9%');
    // the data table holds the same numbers
    await page.click(`[data-widget="market-split"] details summary`);
    const rows = await page.$$eval('[data-widget="market-split"] details tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows.some((r) => r.includes('Subnet owner') && r.includes('64.798'))).toBe(true);
    expect(rows.some((r) => r.includes('All recipients') && r.includes('360.000') && r.includes('100.0%'))).toBe(true);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await page.close();
  });

  it('dragging the owner cut up widens the owner flow and narrows all the others, live', async () => {
    const { page, seen } = await open();
    const before = await flows(page);
    const owners = new Set<number>();
    await page.focus('[data-param="ownerCut"]');
    for (let k = 0; k < 24; k++) {
      await page.keyboard.press('ArrowRight');
      if (k % 6 === 5) {
        await settled(page, 'market-split');
        owners.add((await flows(page)).owner.value);
      }
    }
    await expect.poll(async () => (await flows(page)).owner.share, { timeout: 20_000 }).toBeCloseTo(Math.round(0.3 * 65535) / 65535, 9);
    expect(owners.size).toBeGreaterThan(1); // the diagram followed the drag, not only its end
    const after = await flows(page);
    expect(await page.textContent('[data-testid="value-ownerCut"]')).toBe('30.0%');
    expect(await page.getAttribute('[data-param="ownerCut"]', 'aria-valuetext')).toBe('30.0%');
    expect(after.owner.width).toBeGreaterThan(before.owner.width);
    expect(after.owner.value).toBeGreaterThan(before.owner.value);
    for (const k of ['miners', 'nominators', 'take', 'root']) {
      expect(after[k].width, k).toBeLessThan(before[k].width);
      expect(after[k].value, k).toBeLessThan(before[k].value);
    }
    expectSumsToEmission(after);
    expect(await page.textContent('[data-testid="describe-split"]')).toContain('the owner 108.0 α (30.0%)');
    // One reset returns the figure to the author's settings.
    await page.click('[data-widget="market-split"] [data-testid="reset"]');
    await expect.poll(async () => (await flows(page)).owner.share, { timeout: 20_000 }).toBeCloseTo(11796 / 65535, 9);
    expect(await page.textContent('[data-testid="value-ownerCut"]')).toBe('18.0%');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('raising the TAO weight or the root stake grows root dividends at the nominators’ expense', async () => {
    const { page, seen } = await open();
    const base = await flows(page);
    await drag(page, 'taoWeight', 'End');
    const tau = await flows(page);
    expect(await page.textContent('[data-testid="value-taoWeight"]')).toBe('100%');
    expect(tau.root.width).toBeGreaterThan(base.root.width);
    expect(tau.root.value).toBeGreaterThan(base.root.value);
    expect(tau.nominators.value).toBeLessThan(base.nominators.value);
    expect(tau.owner.value).toBeCloseTo(base.owner.value, 9);
    expect(tau.miners.value).toBeCloseTo(base.miners.value, 9);
    expect(await page.textContent('[data-testid="describe-root"]')).toContain('τ 100.0%');

    await drag(page, 'rootStake', 'PageUp', 2);
    const more = await flows(page);
    expect(Number(await page.inputValue('[data-param="rootStake"]'))).toBeGreaterThan(5.7);
    expect(more.root.value).toBeGreaterThan(tau.root.value);
    expect(more.nominators.value).toBeLessThan(tau.nominators.value);

    // a subnet with little alpha of its own hands almost all of the validators' half to root
    await drag(page, 'alphaIssuance', 'Home');
    const young = await flows(page);
    expect(young.root.value).toBeGreaterThan(more.root.value);
    expect(young.nominators.share).toBeLessThan(0.01);
    expectSumsToEmission(young);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('taking the take to 0 and switching root’s part to recycled re-routes the flows', async () => {
    const { page, seen } = await open();
    const base = await flows(page);
    await drag(page, 'take', 'Home');
    const noTake = await flows(page);
    expect(noTake.take.value).toBe(0);
    expect(noTake.nominators.value).toBeGreaterThan(base.nominators.value);
    expect(noTake.root.value).toBeGreaterThan(base.root.value);
    const before = await computed(page);
    await page.click('text=recycled (Σ EMA prices ≤ 1)');
    await expect.poll(() => computed(page)).toBeGreaterThan(before);
    await expect.poll(async () => Object.keys(await flows(page))).toEqual(['owner', 'miners', 'nominators', 'take', 'recycled']);
    const recycled = await flows(page);
    expect(recycled.recycled.value).toBeCloseTo(noTake.root.value, 9);
    expect(await page.textContent('[data-testid="describe-root"]')).toContain('is recycled');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('reloading the copied URL restores the state', async () => {
    const { page } = await open();
    await drag(page, 'ownerCut', 'ArrowLeft', 4);
    await drag(page, 'taoWeight', 'ArrowRight', 12);
    await drag(page, 'rootStake', 'ArrowLeft', 7);
    await page.click('text=recycled (Σ EMA prices ≤ 1)');
    await page.waitForFunction(
      () => ['split.ownerCut=16', 'split.taoWeight=30', 'split.rootStake=5', 'split.rootSell=0'].every((k) => location.search.includes(k)),
    );
    const url = page.url();
    const want = await flows(page);
    const again = await open(url.slice(env.url.length));
    expect(await again.page.inputValue('[data-param="ownerCut"]')).toBe('16');
    expect(await again.page.inputValue('[data-param="taoWeight"]')).toBe('30');
    expect(await again.page.inputValue('[data-param="rootStake"]')).toBe('5');
    expect(await again.page.isChecked('input[data-param="rootSell"][value="0"]')).toBe(true);
    await expect.poll(async () => (await flows(again.page)).recycled?.value).toBeCloseTo(want.recycled.value, 12);
    expect((await flows(again.page)).owner.value).toBeCloseTo(want.owner.value, 12);
    await page.close();
    await again.page.close();
  });

  it('fits a 360 px phone: one column, the diagram within the width, the middle nodes keyed', async () => {
    const { page, seen } = await open('', 360);
    const box = await page.locator(CHART).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    const svgRight = await page.$eval(`${CHART} svg`, (svg) => {
      const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().right);
      return Math.max(...texts);
    });
    expect(svgRight).toBeLessThanOrEqual(360);
    expect(await page.textContent('[data-testid="chart-split-key"]')).toContain('Validators’ half: 147.6 α');
    await page.click(`[data-widget="market-split"] details summary`);
    const table = await page.locator('[data-widget="market-split"] details table').boundingBox();
    expect(table!.x + table!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe('hostile URLs for the split', () => {
  const cases: [string, string][] = [
    ['?split.taoWeight=NaN', 'not a valid value'],
    ['?split.rootStake=1e308', 'out of range'],
    ['?split.ownerCut=-40', 'out of range'],
    ['?split.alphaIssuance=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'not a valid value'],
    ['?split.rootSell=7', 'not a valid value'],
  ];
  for (const [query, note] of cases) {
    it(`opens ${query} with a note and finite flows summing to the emission`, async () => {
      const { page, seen } = await open(query);
      await expect.poll(() => page.textContent('[data-testid="notices"]')).toContain(note);
      const f = await flows(page);
      expect(Object.keys(f).length).toBe(5);
      expectSumsToEmission(f);
      expect(await page.textContent('[data-testid="describe-split"]')).not.toMatch(/NaN|Infinity/);
      expect(await page.evaluate(() => document.querySelectorAll('script:not([type="module"])').length)).toBe(0);
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }
});
