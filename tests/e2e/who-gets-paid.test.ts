// The first page in a real browser: loading, dragging with the keyboard, the URL, engine recovery.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, showWho, settled } from '../support/browser';

const env = useBrowser();

async function open(query = '', init?: string) {
  const { page, seen } = await env.open(undefined, { viewport: { width: 1200, height: 900 } });
  if (init) await page.addInitScript(init);
  await page.goto(env.url + query);
  await showWho(page);
  return { page, seen };
}

const barValue = (page: Page, chart: string, index: number) =>
  page.$$eval(`[data-testid="${chart}"] text.value`, (els, i) => Number(els[i].getAttribute('data-value')), index);

const colluderSlider = '[data-param="stake2"]';

describe('the article page', () => {
  it('loads with the masthead, a computed figure, no console error and no request to another origin', async () => {
    const { page, seen } = await open();
    expect(await page.textContent('h1')).toContain('Vampirism Paradox');
    const fav = await barValue(page, 'chart-incentive', 3);
    expect(fav).toBeGreaterThan(0.01);
    expect(fav).toBeLessThan(0.15);
    expect(await page.$$('[data-testid="chart-bonds"] path.series')).toHaveLength(3);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await page.close();
  });

  it("raising the colluder's stake past half with the keyboard makes its miner's incentive jump, live", async () => {
    const { page, seen } = await open();
    const before = await barValue(page, 'chart-incentive', 3);
    await page.focus(colluderSlider);
    const seenValues = new Set<number>();
    for (let k = 0; k < 70; k++) {
      await page.keyboard.press('ArrowRight');
      if (k % 10 === 9) {
        await settled(page, 'who-gets-paid');
        seenValues.add(await barValue(page, 'chart-incentive', 3));
      }
    }
    await page.waitForFunction(() => document.querySelector('[data-testid="colluder-share"]')?.textContent?.includes('more than half'));
    await expect.poll(() => barValue(page, 'chart-incentive', 3), { timeout: 20_000 }).toBeGreaterThan(0.5);
    expect(seenValues.size).toBeGreaterThan(1); // the figure followed the drag, not only its end
    expect(await page.textContent('[data-testid="value-stake2"]')).toBe('600k α');
    expect(await page.getAttribute(colluderSlider, 'aria-valuetext')).toBe('600k α');
    expect(before).toBeLessThan(0.15);
    expect(await page.textContent('[data-testid="describe-incentive"]')).toContain('more than half');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('reloading the copied URL restores the state', async () => {
    const { page } = await open();
    await page.focus('[data-param="kappa"]');
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
    await page.focus(colluderSlider);
    for (let k = 0; k < 40; k++) await page.keyboard.press('ArrowRight');
    await page.click('text=Yuma 2');
    await page.waitForFunction(() => location.search.includes('who.stake2=450000') && location.search.includes('who.yuma=2'));
    await settled(page, 'who-gets-paid');
    const url = page.url();
    const incentive = await barValue(page, 'chart-incentive', 0);
    const again = await open(url.slice(env.url.length));
    expect(await again.page.inputValue(colluderSlider)).toBe('450000');
    expect(await again.page.inputValue('[data-param="kappa"]')).toBe('0.55');
    expect(await again.page.isChecked('input[data-param="yuma"][value="2"]')).toBe(true);
    await expect.poll(() => barValue(again.page, 'chart-incentive', 0)).toBeCloseTo(incentive, 12);
    await page.close();
    await again.page.close();
  });

  it('recovers when the worker is terminated: a notice, and the figure still answers', async () => {
    const { page, seen } = await open();
    await page.evaluate(() => (globalThis as any).__taoEngine.kill());
    await page.focus(colluderSlider);
    await page.keyboard.press('End');
    await page.waitForSelector('[data-testid="notices"] [data-kind="engine"]', { timeout: 20_000 });
    await expect.poll(() => barValue(page, 'chart-incentive', 3), { timeout: 20_000 }).toBeGreaterThan(0.5);
    expect(await page.evaluate(() => (globalThis as any).__taoEngine.restarts)).toBe(1);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('recovers when the wasm traps', async () => {
    const { page } = await open();
    const trapped = await page.evaluate(async () => {
      const engine = (globalThis as any).__taoEngine;
      try {
        await engine.call((api: any) => api.trap());
        return 'no error';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(trapped).toBe('RuntimeError');
    await page.waitForSelector('[data-testid="notices"] [data-kind="engine"]');
    await page.focus(colluderSlider);
    await page.keyboard.press('End');
    await expect.poll(() => barValue(page, 'chart-incentive', 3), { timeout: 20_000 }).toBeGreaterThan(0.5);
    await page.close();
  });

  it('runs the same wasm on the main thread when no Worker can be created, and says so once', async () => {
    const { page, seen } = await open('', 'window.Worker = function () { throw new Error("no workers here"); };');
    await page.focus(colluderSlider);
    await page.keyboard.press('End');
    await expect.poll(() => barValue(page, 'chart-incentive', 3)).toBeGreaterThan(0.5);
    expect(await page.evaluate(() => (globalThis as any).__taoEngine.mode)).toBe('main-thread');
    expect(seen.infos.filter((m) => m.includes('main thread'))).toHaveLength(1);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe('hostile URLs', () => {
  const cases: [string, string][] = [
    ['?who.kappa=NaN', 'not a valid value'],
    ['?who.kappa=1e308', 'out of range'],
    ['?who.stake0=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'not a valid value'],
    [`?${'junk=%00%FF&'.repeat(900)}`, 'too long'],
    ['?who.yuma=7&who.yuma=2&%E2%80%AE=1', 'not a valid value'],
    ['?kappa=0.7&%3Cimg%20src=x%3E=1', 'this page does not have'],
  ];
  for (const [query, note] of cases) {
    it(`opens ${query.slice(0, 40)} with defaults or clamped values and a visible note`, async () => {
      const { page, seen } = await open(query);
      const notes = await page.textContent('[data-testid="notices"]');
      expect(notes).toContain(note);
      expect(await page.$$('[data-testid="chart-incentive"] rect.bar')).toHaveLength(4);
      expect(await page.evaluate(() => document.querySelectorAll('script:not([type="module"])').length)).toBe(0);
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }
});
