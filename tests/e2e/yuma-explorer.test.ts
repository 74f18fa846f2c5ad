// The Yuma explorer in a real browser: weight cells by drag and keys, presets, chain-exact, imports.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, settled, nextFrame, type Seen } from '../support/browser';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { encodeEdits } from '../../src/models/yuma-url';
import { subnetFromPreset, withWeight, type YumaPreset } from '../../src/models/yuma-explorer';

const env = useBrowser();
let page: Page;
let seen: Seen;

const computed = () => page.getAttribute('[data-widget="yuma-explorer"]', 'data-computed').then(Number);
/** Value of the k-th bar of a column chart (bars alternate Yuma 2, Yuma 3 per category). */
const bar = (chart: string, k: number) =>
  page.$$eval(`[data-testid="${chart}"] rect.bar`, (els, i) => Number(els[i].getAttribute('data-value')), k);
const cell = (r: number, c: number) => `[data-widget="yuma-explorer"] td[data-row="${r}"][data-col="${c}"]`;

/** Waits until the explorer shows the newest input's result, after more than `after` results. */
const settledAfter = (after: number) => settled(page, 'yuma-explorer', after);

beforeAll(async () => {
  ({ page, seen } = await env.open('', { viewport: { width: 1280, height: 1000 } }));
  await page.locator('#yuma-explorer').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-testid="ex-incentive"] rect.bar', { timeout: 20_000 });
});

describe('the Yuma explorer', () => {
  it('opens on the colluding-minority preset with both versions drawn', async () => {
    expect(await page.inputValue('[data-testid="preset"]')).toBe('colluding_minority_y3_penalty1');
    expect(await page.$$('[data-testid="ex-incentive"] rect.bar')).toHaveLength(8);
    expect(await page.textContent('[data-testid="ex-describe-incentive"]')).toMatch(/M0 earns the most incentive/);
  });

  it('arrow keys on a weight cell change the weight and the incentive it earns', async () => {
    const before = await bar('ex-incentive', 7); // M3 under Yuma 3
    const start = Number(await page.getAttribute(cell(0, 3), 'data-value'));
    const n = await computed();
    await page.focus(cell(0, 3));
    for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowUp');
    await settledAfter(n);
    expect(Number(await page.getAttribute(cell(0, 3), 'data-value'))).toBeCloseTo(Math.round((start + 0.5) * 100) / 100, 6);
    await expect.poll(() => bar('ex-incentive', 7)).toBeGreaterThan(before + 0.05);
    await page.keyboard.press('ArrowRight'); // focus moves along the row
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-col'))).toBe('0');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('1');
  });

  it('dragging a cell upward raises its weight', async () => {
    const box = (await page.locator(cell(1, 3)).boundingBox())!;
    const n = await computed();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 30, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 60, { steps: 5 });
    await page.mouse.up();
    await settledAfter(n);
    expect(Number(await page.getAttribute(cell(1, 3), 'data-value'))).toBeGreaterThan(0.45);
  });

  it('switches presets, each with its sentence, and handles a 16 × 64 subnet', async () => {
    await page.selectOption('[data-testid="preset"]', 'switch_kappa_first_y3_liquid');
    expect(await page.textContent('[data-testid="preset-explanation"]')).toContain('moves to a new miner first');
    await expect.poll(() => page.$$('[data-testid="ex-incentive"] rect.bar').then((b) => b.length)).toBe(4);
    await page.selectOption('[data-testid="preset"]', 'random_16x64_y3_liquid');
    await expect.poll(() => page.$$('[data-testid="ex-incentive"] rect.bar').then((b) => b.length), { timeout: 20_000 }).toBe(128);
    expect(await page.$$('[data-widget="yuma-explorer"] td[role="gridcell"]')).toHaveLength(16 * 64);
    expect(await page.textContent('[data-testid="preset-explanation"]')).toContain('Sixteen validators');
  });

  it('the epoch scrubber steps through time', async () => {
    await page.selectOption('[data-testid="preset"]', 'switch_kappa_second_y3_liquid');
    await expect.poll(() => page.$$('[data-testid="ex-incentive"] rect.bar').then((b) => b.length)).toBe(4);
    await page.focus('[data-testid="scrubber"]');
    await page.keyboard.press('Home');
    await expect.poll(() => page.textContent('[data-testid="ex-describe-incentive"]')).toMatch(/^At epoch 1,/);
    const first = await bar('ex-incentive', 3);
    await page.keyboard.press('End');
    await expect.poll(() => page.textContent('[data-testid="ex-describe-incentive"]')).toMatch(/^At epoch 24,/);
    expect(await bar('ex-incentive', 3)).not.toBeCloseTo(first, 3);
  });

  it('chain-exact mode shows the stored u16 values and the largest difference from float64', async () => {
    await page.check('[data-testid="chain-exact"]');
    await page.waitForSelector('[data-testid="exact-panel"]');
    expect(await page.textContent('[data-testid="exact-summary"]')).toMatch(/largest difference from float64 .* is \d\.\d\de[-+]\d+/);
    const cells = await page.$$eval('[data-testid="exact-panel"] td', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(Number.isInteger(Number(c))).toBe(true);
    await page.uncheck('[data-testid="chain-exact"]');
  });
});

describe('importing a metagraph', () => {
  const importText = async (text: string) => {
    await page.fill('[data-testid="import-text"]', text);
    await page.click('[data-testid="import-button"]');
    await page.waitForSelector('[data-testid="import-message"]');
    return page.textContent('[data-testid="import-message"]');
  };

  it('imports a valid file and runs it', async () => {
    await page.click('[data-testid="import"] summary');
    const good = {
      stake: [1000, 500, 0, 0, 0, 0, 300],
      validators: [0, 1, 6],
      weights: [
        [0, 0, 0.5, 0.3, 0.2, 0.1, 0],
        [0, 0, 0.4, 0.4, 0.2, 0, 0],
        [0, 0, 0, 0, 0, 1, 0],
      ],
      hyperparameters: { kappa: 0.5, liquid_alpha: false, yuma_version: 3 },
    };
    const n = await computed();
    expect(await importText(JSON.stringify(good))).toContain('Imported 3 validators and 4 miners');
    await settledAfter(n);
    expect(await page.inputValue('[data-testid="preset"]')).toBe('imported');
    expect(await page.$$('[data-testid="ex-incentive"] rect.bar')).toHaveLength(8);
    expect(await page.textContent('[data-testid="ex-bonds-y3"]')).toContain('uid 6');
  });

  const bad: [string, string, RegExp][] = [
    ['a negative stake', JSON.stringify({ stake: [1, 2, -5, 0], weights: [[0, 0, 1, 1]] }), /stake\[2\] is -5; it must be at least 0/],
    ['a ragged matrix', JSON.stringify({ stake: [1, 2, 0, 0], weights: [[0, 0, 1, 1], [0, 0, 1]] }), /weights row 1 has 3 entries/],
    ['a string where a number belongs', JSON.stringify({ stake: [1, 2, 0, 0], weights: [[0, 0, 'abc', 1]] }), /weights\[0\]\[2\] is "abc", not a number/],
    ['more than 4096 uids', JSON.stringify({ stake: Array(5000).fill(1), weights: [Array(5000).fill(0)] }), /"stake" lists 5000 uids; at most 4096/],
    ['text that is not JSON', '{"stake": [1, 2', /not JSON/],
  ];
  for (const [what, text, message] of bad) {
    it(`rejects ${what} with a message naming the field and keeps the scenario`, async () => {
      const before = await page.inputValue('[data-testid="preset"]');
      const bars = await page.$$eval('[data-testid="ex-incentive"] rect.bar', (b) => b.length);
      expect(await importText(text)).toMatch(message);
      expect(await page.getAttribute('[data-testid="import-message"]', 'role')).toBe('alert');
      expect(await page.inputValue('[data-testid="preset"]')).toBe(before);
      expect(await page.$$eval('[data-testid="ex-incentive"] rect.bar', (b) => b.length)).toBe(bars);
    });
  }

  it('rejects a 50 MB file before reading it, without freezing the page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
    await page.setInputFiles('[data-testid="import-file"]', huge);
    await expect.poll(() => page.textContent('[data-testid="import-message"]')).toMatch(/50\.0 MB; at most 16 MB/);
    // The page still draws frames and answers (how fast is npm run bench's business, not a test's).
    await nextFrame(page);
    expect(await page.getAttribute('[data-testid="import-message"]', 'role')).toBe('alert');
  });

  it('an imported subnet is not put in the link: a note says so, and Share carries the settings without it', async () => {
    expect(await page.inputValue('[data-testid="preset"]')).toBe('imported');
    expect(await page.textContent('[data-testid="share-note"]')).toMatch(/imported subnet is too big for a link/);
    await page.click('[data-widget="yuma-explorer"] [data-tool="link"]');
    const link = await page.inputValue('[data-testid="permalink"]');
    await page.keyboard.press('Escape');
    expect(link).not.toContain('yuma.w=');
    expect(link).toMatch(/[?&]v=1&mv=\d+/);
  });

  it('raised no console error along the way', () => {
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
  });
});

describe('sharing the explorer’s state', () => {
  const presets = JSON.parse(readFileSync('src/content/yuma-presets.json', 'utf8')) as YumaPreset[];
  const ex = '[data-widget="yuma-explorer"]';
  const bars = (p: Page, chart: string) => p.$$eval(`[data-testid="${chart}"] rect.bar`, (els) => els.map((e) => Number(e.getAttribute('data-value'))));
  const cells = (p: Page) => p.$$eval('[data-widget="yuma-explorer"] td[role="gridcell"]', (els) => els.map((e) => Number(e.getAttribute('data-value'))));
  const count = (p: Page) => p.getAttribute(ex, 'data-computed').then(Number);

  async function open(path: string) {
    const { page: p, seen: w } = await env.open(undefined, { viewport: { width: 1280, height: 1000 } });
    await p.goto(new URL(path, env.url).href);
    if (!path.includes('embed/')) await p.locator('#yuma-explorer').scrollIntoViewIfNeeded();
    await p.waitForSelector('[data-testid="ex-incentive"] rect.bar', { timeout: 20_000 });
    return { p, w };
  }

  it('reloading the copied link restores preset, κ, an edited weight, the epoch and chain-exact, with the same outputs', async () => {
    const { p, w } = await open('index.html');
    await p.selectOption('[data-testid="preset"]', 'weight_copier_y3_liquid');
    await expect.poll(() => bars(p, 'ex-incentive').then((b) => b.length)).toBe(6);
    await p.focus(`${ex} [data-param="kappa"]`);
    for (let k = 0; k < 5; k++) await p.keyboard.press('ArrowRight');
    await p.focus('[data-testid="scrubber"]');
    await p.keyboard.press('Home');
    for (let k = 0; k < 4; k++) await p.keyboard.press('ArrowRight');
    await expect.poll(() => p.textContent('[data-testid="ex-describe-incentive"]')).toMatch(/^At epoch 5,/);
    const n = await count(p);
    await p.focus(`${ex} td[data-row="1"][data-col="1"]`);
    for (let k = 0; k < 3; k++) await p.keyboard.press('ArrowUp');
    await expect.poll(() => count(p)).toBeGreaterThan(n);
    await p.check('[data-testid="chain-exact"]');
    await p.waitForSelector('[data-testid="exact-panel"]');
    for (const key of ['yuma.preset=2', 'yuma.kappa=0.55', 'yuma.epoch=5', 'yuma.exact=1', 'yuma.w=']) {
      await expect.poll(() => p.evaluate('location.search')).toContain(key);
    }

    await p.click(`${ex} [data-tool="link"]`);
    const link = await p.inputValue('[data-testid="permalink"]');
    await p.keyboard.press('Escape');
    expect(link).toMatch(/yuma\.preset=2&yuma\.kappa=0\.55&yuma\.epoch=5&yuma\.exact=1&yuma\.w=[A-Za-z0-9_-]+/);
    expect(link).toMatch(/[?&]mv=\d+/);
    expect(new URL(link).search.length).toBeLessThan(200);
    // The embed code and the citation carry the same state.
    await p.click(`${ex} [data-tool="embed"]`);
    expect(await p.inputValue('[data-testid="embed-snippet"]')).toContain(new URL(link).search.slice(1).replace(/&/g, '&amp;'));
    await p.keyboard.press('Escape');

    const state = {
      cells: await cells(p),
      incentive: await bars(p, 'ex-incentive'),
      dividends: await bars(p, 'ex-dividends'),
      text: await p.textContent('[data-testid="ex-describe-over-time"]'),
      exact: await p.textContent('[data-testid="exact-summary"]'),
      kappa: await p.textContent(`${ex} [data-testid="value-kappa"]`),
    };
    expect(state.cells[1 * 3 + 1]).toBe(0.76); // 0.6094 + 3 × 0.05, on the grid's 0.01 steps

    const again = await open(link);
    const q = again.p;
    expect(await q.inputValue('[data-testid="preset"]')).toBe('weight_copier_y3_liquid');
    expect(await q.textContent(`${ex} [data-testid="value-kappa"]`)).toBe(state.kappa);
    expect(await q.inputValue('[data-testid="scrubber"]')).toBe('4');
    expect(await q.isChecked('[data-testid="chain-exact"]')).toBe(true);
    await q.waitForSelector('[data-testid="exact-panel"]');
    expect(await cells(q)).toEqual(state.cells);
    await expect.poll(() => bars(q, 'ex-incentive')).toEqual(state.incentive);
    expect(await bars(q, 'ex-dividends')).toEqual(state.dividends);
    expect(await q.textContent('[data-testid="ex-describe-over-time"]')).toBe(state.text);
    expect(await q.textContent('[data-testid="exact-summary"]')).toBe(state.exact);
    expect(await q.$$('[data-testid="notices"] [data-kind="url"]')).toHaveLength(0);
    // The restored link is the same link.
    await q.waitForFunction(() => location.search.includes('yuma.w='));
    expect(new URL(q.url()).search).toBe(new URL(link).search);
    await (await q.$(ex))!.screenshot({ path: 'test-results/yuma-explorer-restored.png' });
    expect(w.errors).toEqual([]);
    expect(again.w.errors).toEqual([]);
    await p.close();
    await q.close();
  });

  const preset = presets[1];
  const last = preset.epochs[preset.epochs.length - 1].weights.flat();
  const otherSize = (() => {
    const e = encodeEdits(presets[10], withWeight(subnetFromPreset(presets[10]), 0, 0, 0, 0.5));
    return e.kind === 'edits' ? e.value : '';
  })();
  const valid = (() => {
    const e = encodeEdits(preset, withWeight(subnetFromPreset(preset), 0, 0, 3, 0.9));
    return e.kind === 'edits' ? e.value : '';
  })();
  const hostile: [string, string][] = [
    ['truncated', valid.slice(0, -4)],
    ['for a subnet of another size', otherSize],
    ['markup', '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'],
  ];
  for (const [what, value] of hostile) {
    it(`a ${what} yuma.w gives a note and the preset's matrix`, async () => {
      const { p, w } = await open(`index.html?v=1&yuma.preset=1&yuma.kappa=0.6&yuma.w=${encodeURIComponent(value)}#yuma-explorer`);
      await p.waitForSelector('[data-testid="notices"] [data-kind="url"]');
      expect(await p.textContent('[data-testid="notices"]')).toMatch(/edits to the weights and stakes could not be used/);
      expect(await p.inputValue('[data-testid="preset"]')).toBe(preset.id);
      expect(await cells(p)).toEqual(last);
      expect(await p.textContent(`${ex} [data-testid="value-kappa"]`)).toBe('0.60'); // the rest of the link still holds
      expect(await p.evaluate('(window).__pwned ?? null')).toBeNull();
      expect(await p.$$('img[src="x"]')).toHaveLength(0);
      // The bad value leaves the address once the figure writes its state.
      await p.waitForFunction(() => !location.search.includes('yuma.w='));
      expect(w.errors).toEqual([]);
      await p.close();
    });
  }

  it('the embed page opens with the link’s state (presets fetched beside the module)', async () => {
    const { p, w } = await open(`embed/yuma-explorer.html?v=1&yuma.preset=1&yuma.epoch=3&yuma.w=${valid}`);
    expect(await p.inputValue('[data-testid="preset"]')).toBe(preset.id);
    expect(await p.inputValue('[data-testid="scrubber"]')).toBe('2');
    expect((await cells(p))[3]).toBe(0.9);
    expect(await p.$$('[data-testid="notices"] [data-kind="url"]')).toHaveLength(0);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await p.close();
  });

  it('says so clearly when the presets cannot be fetched', async () => {
    const p = await env.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await p.route(/yuma-presets[^/]*\.json/, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await p.goto(new URL('embed/yuma-explorer.html', env.url).href);
    await p.waitForSelector('[data-testid="presets-error"]', { timeout: 20_000 });
    expect(await p.textContent('[data-testid="presets-error"]')).toMatch(/could not load its presets \(the server answered 404\)/);
    expect(await p.getAttribute('[data-testid="presets-error"]', 'role')).toBe('alert');
    await p.close();
  });

  it('inside an iframe sandboxed with allow-scripts only, the presets load and the link’s state holds', async () => {
    const { page: p, seen: w } = await env.open('embed.html', { viewport: { width: 1280, height: 1000 } });
    const src = new URL(`embed/yuma-explorer.html?v=1&yuma.preset=1&yuma.w=${valid}`, env.url).href;
    await p.evaluate(`(() => { const f = document.createElement('iframe'); f.setAttribute('sandbox', 'allow-scripts'); f.name = 'boxed'; f.style.width = '1000px'; f.style.height = '1600px'; f.src = ${JSON.stringify(src)}; document.body.append(f); })()`);
    await expect.poll(() => p.frame({ name: 'boxed' }) !== null).toBe(true);
    const frame = p.frame({ name: 'boxed' })!;
    await frame.waitForSelector('[data-testid="ex-incentive"] rect.bar', { timeout: 20_000 });
    expect(await frame.evaluate('origin')).toBe('null');
    expect(await frame.inputValue('[data-testid="preset"]')).toBe(preset.id);
    expect(await frame.getAttribute('[data-widget="yuma-explorer"] td[data-row="0"][data-col="3"]', 'data-value')).toBe('0.9');
    expect(w.foreign).toEqual([]);
    await p.close();
  });
});
