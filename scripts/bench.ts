// `npm run bench`: figures, never a pass/fail. The wasm core's Yuma throughput in Node, and in
// Chromium the time from a slider's input event to the updated chart being painted.
import type { CoreExports } from '../src/engine/core';
import { loadReleaseCore } from '../src/engine/core-node';
import { MARKET_PRESETS } from '../src/engine/market-io';
import { CLAIM_MODELS } from '../src/models/claims';
import { emissionBenchRun } from '../src/models/market-emission';
import { computeMarketHalving, schema as halvingSchema, SPAN_CAP, SPAN_NEAR } from '../src/models/market-halving';
import { launch } from './chromium';
import { serveDist } from './serve';
import { benchC } from '../tests/bench/native';
import { parseMetagraph } from '../src/models/metagraph';
import { computeYumaExplorer } from '../src/models/yuma-explorer-compute';
import { defaults } from '../src/state/schema';
import { schema as explorerSchema } from '../src/models/yuma-explorer';

/** Best of `runs` timings of one call that runs `epochs` Yuma 3 epochs inside the core. */
function epochsPerSecond(core: CoreExports, nv: number, nm: number, epochs: number, runs = 5, fixed = false): number {
  const bench = (e: number, seed: number) => (fixed ? core.yumaBenchFixed(nv, nm, e, seed) : core.yumaBench(nv, nm, e, seed));
  bench(Math.min(epochs, 50), 1); // warm-up
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    bench(epochs, 1 + r);
    best = Math.min(best, performance.now() - t0);
  }
  return (epochs / best) * 1000;
}

function bestOf(runs: number, f: () => unknown): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Calls per second of f over `n` calls (after a warm-up). */
function timedRate(f: () => unknown, n: number): number {
  for (let k = 0; k < 10; k++) f();
  const t0 = performance.now();
  for (let k = 0; k < n; k++) f();
  return (n / (performance.now() - t0)) * 1000;
}

// In the page: after a key press on a claim's first slider, the time until the map holds a coarse
// tile of the new sweep, until it is complete, until the new tornado is shown, and the longest
// main-thread task meanwhile.
const MAP_TIMES_IN_PAGE = `async function (id) {
  const fig = document.querySelector('[data-widget="claim-' + id + '"]');
  const slider = fig.querySelector('input[type="range"]');
  const state = () => fig.getAttribute('data-map-state');
  const tiles = () => Number(fig.getAttribute('data-map-tiles'));
  let longest = 0;
  const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); });
  po.observe({ type: 'longtask' });
  const before = tiles();
  const sens = fig.querySelector('.sensitivity');
  const tornados = () => Number(sens.getAttribute('data-tornado'));
  const tornadoBefore = tornados();
  let tornado = 0;
  const t0 = performance.now();
  slider.value = String(Number(slider.value) + Number(slider.step || 1) * 5);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  let coarse = 0;
  let full = 0;
  while (!full || !tornado) {
    await new Promise((ok) => setTimeout(ok, 2));
    if (!coarse && tiles() > before) coarse = performance.now() - t0;
    if (!full && state() === 'done' && tiles() > before) full = performance.now() - t0;
    if (!tornado && tornados() > tornadoBefore && sens.getAttribute('data-tornado-current') === 'true') tornado = performance.now() - t0;
  }
  po.disconnect();
  return { id, coarse, full, tornado, longest };
}`;

// In the page: the plausible-worlds sample of a claim asked of the page's worker pool, as the figure
// asks it: the time to the first slice (512 worlds) and to all 4,096.
const WORLDS_IN_PAGE = `async function (id, params) {
  const session = globalThis.__taoSweepPool.session();
  const t0 = performance.now();
  let first = 0;
  let worlds = 0;
  const slices = [];
  for (let start = 0; start < 4096; start += 512) {
    slices.push(session.call('claim-worlds', { id, params, seed: 1, total: 4096, start, count: 512 }, start === 0).then((m) => {
      worlds += m.length;
      if (!first) first = performance.now() - t0;
    }));
  }
  await Promise.all(slices);
  return { first, full: performance.now() - t0, worlds };
}`;

interface ClaimTimes { id: string; coarse: number; full: number; tornado: number; longest: number; worlds: { first: number; full: number; worlds: number } }

async function claimMapTimes(): Promise<ClaimTimes[]> {
  const [browser, site] = await Promise.all([launch(), serveDist()]);
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(site.url);
    const out = [];
    for (const m of CLAIM_MODELS) {
      await page.locator(`#claim-${m.id}-title`).scrollIntoViewIfNeeded();
      await page.waitForSelector(`[data-widget="claim-${m.id}"][data-map-state="done"]`, { timeout: 30_000 });
      await page.waitForSelector(`[data-widget="claim-${m.id}"] [data-worlds-state="done"][data-tornado-current="true"]`, { timeout: 30_000 });
      const times = (await page.evaluate(`(${MAP_TIMES_IN_PAGE})(${JSON.stringify(m.id)})`)) as Omit<ClaimTimes, 'worlds'>;
      const worlds = (await page.evaluate(`(${WORLDS_IN_PAGE})(${JSON.stringify(m.id)}, ${JSON.stringify(defaults(m.schema))})`)) as ClaimTimes['worlds'];
      out.push({ ...times, worlds });
    }
    return out;
  } finally {
    await browser.close();
    await site.close();
  }
}

/** Best of 5: load a seeded random network of `subnets` subnets in today's era and step `blocks` blocks. */
function marketBlocksPerSecond(core: CoreExports, subnets: number, blocks: number): number {
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    if (core.marketLoadRandom(subnets, MARKET_PRESETS.length - 1, 7 + r) < 0) throw new Error('marketLoadRandom refused');
    const t0 = performance.now();
    core.marketStep(blocks);
    best = Math.min(best, performance.now() - t0);
  }
  return (blocks / best) * 1000;
}

/** A seeded 256-uid metagraph (64 validators, 192 miners) as a reader would paste it. */
function metagraphText(uids = 256, validators = 64): string {
  let x = 12345;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const stake = Array.from({ length: uids }, (_, j) => (j < validators ? Math.round(1000 + 100000 * rand() ** 3) : 0));
  const weights = Array.from({ length: validators }, () => Array.from({ length: uids }, (_, j) => (j < validators ? 0 : Math.round(rand() * 1000) / 1000)));
  return JSON.stringify({ stake, weights, hyperparameters: { yuma_version: 3, liquid_alpha: false } });
}

/** Best of 5: parse and validate the metagraph, then run the explorer (Yuma 2 and Yuma 3) for 100 epochs. */
async function importAndRun(core: CoreExports): Promise<{ parse: number; run: number }> {
  const text = metagraphText();
  let best = { parse: Infinity, run: Infinity };
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    const { subnet } = await parseMetagraph(text);
    const t1 = performance.now();
    computeYumaExplorer(core, { subnet, params: { ...defaults(explorerSchema), epochs: 100 }, chainExact: false, shown: 99 });
    const t2 = performance.now();
    if (t2 - t0 < best.parse + best.run) best = { parse: t1 - t0, run: t2 - t1 };
  }
  return best;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

// Runs in the page, as source text (tsx would otherwise wrap the closures in helpers the page lacks).
// Each move, at the start of a frame: set the slider, dispatch input, wait until the widget's DOM holds the
// new result (`updated`: worker round trip + render), then until that frame is painted (`shown`: a
// setTimeout queued from requestAnimationFrame runs after the paint, so this includes waiting for vsync).
// Long tasks (over 50 ms, the browser's threshold) on the main thread are recorded meanwhile.
// A progressive figure (one with data-drawn, "Who gets the emission?") draws a partial result first:
// \`first\` is the time to its first drawing; \`updated\` always waits for the complete result.
const MEASURE_IN_PAGE = `async function (widgetSel, sliderSel, n) {
  const widget = document.querySelector(widgetSel);
  const slider = widget.querySelector(sliderSel);
  const count = () => Number(widget.getAttribute('data-computed'));
  const progressive = widget.hasAttribute('data-drawn');
  const drawnCount = () => Number(widget.getAttribute('data-drawn'));
  // Resolves after the frame that paints the DOM as it is now, with that frame's vsync time.
  const painted = () => new Promise((ok) => requestAnimationFrame((ts) => setTimeout(() => ok(ts), 0)));
  const drawn = (after) => new Promise((ok) => {
    if (count() > after) return ok();
    const mo = new MutationObserver(() => { if (count() > after) { mo.disconnect(); ok(); } });
    mo.observe(widget, { attributes: true });
  });
  const frameStart = () => new Promise((ok) => requestAnimationFrame((ts) => ok(ts)));
  // The frame interval, from twenty frames: the update of a move is on screen after round(Δvsync / interval) frames.
  const t20 = await frameStart();
  for (let k = 0; k < 20; k++) await frameStart();
  const interval = (performance.now() - t20) / 20;
  let longest = 0;
  const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); });
  po.observe({ type: 'longtask' });
  const min = Number(slider.min), max = Number(slider.max);
  const updated = [];
  const shown = [];
  const first = [];
  const frames = [];
  for (let i = 0; i < n; i++) {
    const inputFrame = await frameStart(); // browsers deliver input at the start of a frame
    const before = count();
    const old = slider.value;
    slider.value = String(min + (((i * 37) % 199) + 1) / 200 * (max - min));
    if (slider.value === old) slider.value = String(i % 2 ? min : max);
    const drawnBefore = progressive ? drawnCount() : 0;
    const t0 = performance.now();
    const firstSeen = !progressive ? null : new Promise((ok) => {
      const mo = new MutationObserver(() => { if (drawnCount() > drawnBefore) { mo.disconnect(); ok(performance.now() - t0); } });
      mo.observe(widget, { attributes: true });
    });
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await drawn(before);
    if (firstSeen) first.push(await firstSeen);
    updated.push(performance.now() - t0);
    const paintFrame = await painted();
    shown.push(performance.now() - t0);
    frames.push(Math.round((paintFrame - inputFrame) / interval));
  }
  po.disconnect();
  return { updated, shown, longest, first, frames };
}`;

/** Every figure with a slider: its root, a heading to scroll to (figures load as they near), the slider. */
const DRAGGED: [string, string, string, string][] = [
  ['Who gets paid?', '[data-widget="who-gets-paid"]', '#who-gets-paid-caption', 'input[data-param="stake2"]'],
  ['Yuma explorer (κ)', '[data-widget="yuma-explorer"]', '#yuma-explorer-caption', 'input[data-param="kappa"]'],
  ['Stake into a subnet', '[data-widget="market-stake"]', '#stake-title', 'input[data-param="tao"]'],
  ['Who gets the emission?', '[data-widget="market-emission"]', '#emission-title', 'input[data-param="whaleTao"]'],
  ['The halving', '[data-widget="market-halving"]', '#halving-title', 'input[data-param="recycled"]'],
  ['Where an epoch’s alpha goes', '[data-widget="market-split"]', '#split-title', 'input[data-param="ownerCut"]'],
  ...(['weight-rent', 'leakage', 'three-networks', 'routing', 'coordination'] as const).map(
    (id) => [`Claim: ${id}`, `[data-widget="claim-${id}"]`, `#claim-${id}-title`, 'input[type="range"]'] as [string, string, string, string],
  ),
];

/** `frames`: for each move, the frames from the one the input arrived in to the one that painted its
 *  complete result (1: on screen in the very next frame, the soonest a result computed off the main
 *  thread can be). */
interface Dragged { name: string; updated: number[]; shown: number[]; longest: number; first: number[]; frames: number[] }

async function inputToPaint(moves = 100): Promise<Dragged[]> {
  const [browser, site] = await Promise.all([launch(), serveDist()]);
  const out: Dragged[] = [];
  try {
    for (const [name, widget, anchor, slider] of DRAGGED) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(site.url);
      await page.locator(anchor).scrollIntoViewIfNeeded();
      await page.waitForSelector(`${widget}:not([data-computed="0"]) ${slider}`, { timeout: 30_000 });
      await page.waitForTimeout(300);
      const r = (await page.evaluate(`(${MEASURE_IN_PAGE})(${JSON.stringify(widget)}, ${JSON.stringify(slider)}, ${moves})`)) as Omit<Dragged, 'name'>;
      out.push({ name, ...r });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
    await site.close();
  }
}

async function main() {
  if (process.argv.includes('--sliders')) return sliders(); // only the Chromium slider rows
  if (process.argv.includes('--maps')) return mapRows(); // only the Chromium claim map rows
  const core = await loadReleaseCore();
  const sizes: [number, number, number][] = [[64, 256, 3000], [16, 64, 20000]];
  const ours = sizes.map(([nv, nm, epochs]) => epochsPerSecond(core, nv, nm, epochs));
  const others = await benchC(sizes);
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log('Yuma 3 float64 epochs/s, measured in this run (best of 5):');
  sizes.forEach(([nv, nm], k) => {
    console.log(`  wasm core (AssemblyScript, Node), ${nv} × ${nm}: ${fmt(ours[k])} epochs/s; 100 epochs in ${(100_000 / ours[k]).toFixed(1)} ms`);
    for (const c of others.filter((r) => r.nv === nv && r.nm === nm)) {
      const figure = c.epochsPerSec === null ? `skipped (${c.note})` : `${fmt(c.epochsPerSec)} epochs/s; core/this = ${(ours[k] / c.epochsPerSec).toFixed(2)}`;
      console.log(`    ${c.label}, ${nv}×${nm}: ${figure}`);
    }
  });
  const fixed = epochsPerSecond(core, 64, 256, 300, 5, true);
  console.log(`Yuma 3 chain-exact (fixed point), wasm core, 64 × 256: ${fmt(fixed)} epochs/s; fixed/float = ${(fixed / ours[0]).toFixed(3)} (float is ${(ours[0] / fixed).toFixed(1)}× faster)`);
  const imp = await importAndRun(core);
  console.log(`Import a 256-uid metagraph (64 validators) and run it 100 epochs, Yuma 2 and Yuma 3, float64: parse ${imp.parse.toFixed(1)} ms + run ${imp.run.toFixed(1)} ms = ${(imp.parse + imp.run).toFixed(1)} ms`);
  console.log(`Target: 100 epochs at 64 × 256 within one 16 ms frame (float64): ${(100_000 / ours[0]).toFixed(1)} ms in the core's epoch loop`);
  const market = await loadReleaseCore(['market']);
  const bps = marketBlocksPerSecond(market, 128, 7200);
  console.log(`Market, 128 subnets × 7,200 blocks (one day) in today's era (gated_2026_08): ${fmt(bps)} blocks/s (${((7200 / bps) * 1000).toFixed(0)} ms per simulated day)`);
  const emission30 = bestOf(5, () => emissionBenchRun(market, 30));
  const emission5 = bestOf(5, () => emissionBenchRun(market, 5));
  console.log(`"Who gets the emission?" recompute after a drag (6 subnets, today's era): 30-day run ${emission30.toFixed(0)} ms; the 5-day default ${emission5.toFixed(0)} ms`);
  // "The halving": its recompute over the recycling slider (ends, one step, near the 3,500 threshold) in both
  // views, the slowest setting (the unit test's edge cases; their time is measured here, not asserted there).
  const halvingMs = (span: number) => Math.max(...[0, 50, 1800, 3450, 3500].map((recycled) =>
    bestOf(5, () => computeMarketHalving(market, { ...defaults(halvingSchema), recycled, span }))));
  console.log(`"The halving" recompute, slowest of recycling 0, 50, 1,800, 3,450 and 3,500 TAO/day (best of 5 each): 2025–2040 view ${halvingMs(SPAN_NEAR).toFixed(1)} ms; to-21M view ${halvingMs(SPAN_CAP).toFixed(1)} ms`);
  const claimsCore = await loadReleaseCore(['claims', 'market']);
  console.log('Claim models, wasm core in Node (one thread):');
  for (const m of CLAIM_MODELS) {
    const p = defaults(m.schema);
    const runs = timedRate(() => m.compute(claimsCore, p), 200);
    const axes = m.mapAxes.map((id) => m.schema.find((q) => q.id === id)!) as { min: number; max: number }[];
    const grid = (q: { min: number; max: number }) => Float64Array.from({ length: 64 }, (_, k) => q.min + ((q.max - q.min) * k) / 63);
    const sweepMs = bestOf(3, () => m.sweep(claimsCore, p, m.mapAxes[0], m.mapAxes[1], grid(axes[0]), grid(axes[1])));
    console.log(`  ${m.title}: ${fmt(runs)} runs/s; a 64 × 64 map in ${sweepMs.toFixed(1)} ms on one core`);
  }
  await mapRows();
  await sliders();
}

async function mapRows() {
  const maps = await claimMapTimes();
  console.log('Claim maps in Chromium (worker pool), after a slider move:');
  for (const m of maps) console.log(`  ${m.id}: first coarse map ${m.coarse.toFixed(0)} ms, full 64 × 64 map ${m.full.toFixed(0)} ms, tornado ${m.tornado.toFixed(0)} ms; longest main-thread task during the sweep ${m.longest.toFixed(0)} ms`);
  console.log('Plausible worlds in Chromium (worker pool), the sample a figure draws:');
  for (const m of maps) console.log(`  ${m.id}: first estimate (512 worlds) ${m.worlds.first.toFixed(0)} ms, full estimate (${m.worlds.worlds.toLocaleString('en-US')} worlds) ${m.worlds.full.toFixed(0)} ms`);
}

async function sliders() {
  const MOVES = 100;
  const stats = (xs: number[]) => `median ${quantile(xs, 0.5).toFixed(1)}, p95 ${quantile(xs, 0.95).toFixed(1)} ms`;
  console.log(`Slider input in Chromium, every figure (${MOVES} moves each, input at frame start; one frame at 60 Hz = 16.7 ms):`);
  for (const d of await inputToPaint(MOVES)) {
    const within = d.updated.filter((t) => t <= 16).length;
    const nextFrame = `painted in the next frame ${d.frames.filter((f) => f <= 1).length}/${MOVES}, p95 ${quantile(d.frames, 0.95)} frame(s)`;
    if (d.first.length) {
      // Progressive ("Who gets the emission?"): the exact partial run first, then the complete one.
      const firstWithin = d.first.filter((t) => t <= 16).length;
      console.log(`  ${d.name}: input → first drawn (partial, exact to half a day past the trade) ${stats(d.first)} (${firstWithin}/${MOVES} within 16 ms); → complete ${stats(d.updated)} (${within}/${MOVES} within 16 ms); complete painted ${stats(d.shown)} after the input, ${nextFrame}; longest main-thread task ${d.longest ? `${d.longest.toFixed(0)} ms` : 'none over 50 ms'}`);
      continue;
    }
    console.log(`  ${d.name}: input → updated ${stats(d.updated)} (${within}/${MOVES} within 16 ms); → painted ${stats(d.shown)}, ${nextFrame}; longest main-thread task ${d.longest ? `${d.longest.toFixed(0)} ms` : 'none over 50 ms'}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
