// The page under abuse: a worker killed in the middle of a claim map's sweep, the wasm made to trap
// mid-sweep, ten thousand slider moves (memory stays bounded, the figure still answers), and the
// whole site with every request to another origin blocked.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settled, showWho, useBrowser, watch } from '../support/browser';

const env = useBrowser();
const FIG = '[data-widget="claim-routing"]';

async function openRouting(page: Page, query = '') {
  await page.goto(env.url + query);
  await page.locator('#claim-routing-title').scrollIntoViewIfNeeded();
  await page.waitForSelector(`${FIG}[data-map-state="done"]`, { timeout: 30_000 });
}

/** Moves the routine share and returns once the new sweep has started but not finished. */
/** Moves the slider and waits until its map's sweep has started. A routing map can take 20 ms, less
 *  than a poll, so a mutation observer records the figure leaving "done" whenever it happens. */
async function startSweep(page: Page) {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const w = window as unknown as { __sweepStarted: boolean };
    w.__sweepStarted = false;
    new MutationObserver(() => {
      if (el.getAttribute('data-map-state') !== 'done') w.__sweepStarted = true;
    }).observe(el, { attributes: true, attributeFilter: ['data-map-state'] });
  }, FIG);
  await page.focus(`${FIG} input[data-param="f"]`);
  await page.keyboard.press('PageUp');
  await page.waitForFunction('window.__sweepStarted === true', undefined, { timeout: 20_000 });
}

const cellsDone = (page: Page) =>
  page.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-map-state'), FIG);

describe('recovery mid-sweep', () => {
  for (const how of ['the pool’s workers are killed', 'the wasm traps in a pool worker'] as const) {
    it(`finishes the map with a notice when ${how}, and keeps the reader's settings`, async () => {
      const { page, seen } = await env.open(undefined, { viewport: { width: 1280, height: 900 } });
      await openRouting(page);
      await startSweep(page);
      const value = await page.inputValue(`${FIG} input[data-param="f"]`);
      if (how === 'the pool’s workers are killed') {
        await page.evaluate('globalThis.__taoSweepPool.engines.forEach((e) => e && e.kill())');
      } else {
        await page.evaluate('globalThis.__taoSweepPool.engines[0].call((api) => api.trap()).catch(() => {})');
      }
      // A fast sweep may have finished before the blow landed; the next one certainly meets it.
      await page.keyboard.press('PageUp');
      await page.keyboard.press('PageDown');
      await page.waitForSelector('[data-testid="notices"] [data-kind="engine"]', { timeout: 20_000 });
      await expect.poll(() => cellsDone(page), { timeout: 30_000 }).toBe('done');
      // The whole map is drawn, the reader's value and its link survived, and the figure still answers.
      expect(Number(await page.getAttribute(`${FIG} figure.map`, 'data-cells'))).toBe(64 * 64);
      expect(await page.inputValue(`${FIG} input[data-param="f"]`)).toBe(value);
      await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('routing.f'))).toBe(value);
      await page.keyboard.press('End');
      await expect.poll(() => page.getAttribute(`${FIG} [data-testid="verdict"]`, 'data-holds'), { timeout: 20_000 }).toBe('true');
      expect(seen.errors).toEqual([]);
      await page.close();
    }, 90_000);
  }
});

describe('soak', () => {
  it('10,000 slider moves: wasm memory and the JS heap stay bounded, and the figure still answers', async () => {
    const { page, seen } = await env.open(undefined, { viewport: { width: 1280, height: 900 } });
    await page.goto(env.url);
    await showWho(page);
    const slider = '[data-widget="who-gets-paid"] input[data-param="stake2"]';
    await page.focus(slider);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const wasm = () => page.evaluate('globalThis.__taoEngine.call((api) => api.memory())') as Promise<Record<string, number>>;
    const settle = () => page.evaluate('globalThis.__taoEngine.call((api) => api.memory())');
    // Warm up, then measure from a settled state.
    for (let k = 0; k < 200; k++) await page.keyboard.press(k % 2 ? 'ArrowLeft' : 'ArrowRight');
    await settle();
    const heap0 = await heap();
    const wasm0 = await wasm();
    const MOVES = 10_000;
    // Real key events to the focused slider, sent 40 at a time (the browser handles them in order).
    const key = (k: number) => (k % 40 < 20 ? { key: 'ArrowRight', code: 'ArrowRight', windowsVirtualKeyCode: 39 } : { key: 'ArrowLeft', code: 'ArrowLeft', windowsVirtualKeyCode: 37 });
    for (let k = 0; k < MOVES; k += 40) {
      await Promise.all(Array.from({ length: 40 }, (_, j) => [
        cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key(k + j) }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key(k + j) }),
      ]).flat());
    }
    await settle();
    await settled(page, 'who-gets-paid');
    const heap1 = await heap();
    const wasm1 = await wasm();
    console.log(`soak: ${MOVES} moves; JS heap ${(heap0 / 1e6).toFixed(1)} → ${(heap1 / 1e6).toFixed(1)} MB; wasm ${JSON.stringify(wasm0)} → ${JSON.stringify(wasm1)} bytes`);
    expect(heap1).toBeLessThan(heap0 * 1.5 + 5e6);
    for (const [d, bytes] of Object.entries(wasm1)) expect(bytes, d).toBeLessThanOrEqual((wasm0[d] ?? 0) * 2 + (1 << 20));
    // Still answering: Home sets the colluder to the minimum and the chart follows.
    const before = Number(await page.getAttribute('[data-widget="who-gets-paid"]', 'data-computed'));
    await page.keyboard.press('End');
    await expect.poll(async () => Number(await page.getAttribute('[data-widget="who-gets-paid"]', 'data-computed')), { timeout: 20_000 }).toBeGreaterThan(before);
    expect(seen.errors).toEqual([]);
    await page.close();
  }, 300_000);
});

describe('offline', () => {
  it('runs with every request to another origin blocked: nothing changes and nothing is asked for', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const origin = env.origin;
    const blocked: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    const seen = watch(page, origin);
    await page.goto(env.url);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint'))); // every figure, at once
    await expect.poll(() => page.locator('text=Loading the figure…').count(), { timeout: 30_000 }).toBe(0);
    await page.waitForSelector('[data-widget="claim-coordination"] [data-testid="verdict"]', { timeout: 30_000 });
    await page.waitForSelector('[data-widget="market-stake"][data-computed]:not([data-computed="0"])', { timeout: 30_000 });
    expect(blocked).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    await page.close();
  }, 90_000);
});
