// `npm run bench`: figures, never a pass/fail. The wasm core's Yuma throughput in Node, and in
// Chromium the time from a slider's input event to the updated chart being painted.
import { readFile } from 'node:fs/promises';
import { loadCore, type CoreExports } from '../src/engine/core';
import { launch, serveDist } from '../tests/support/browser';
import { benchC } from '../tests/bench/native';

async function releaseCore(): Promise<CoreExports> {
  return loadCore(await WebAssembly.compile(await readFile(new URL('../build/core.wasm', import.meta.url))));
}

/** Best of `runs` timings of one call that runs `epochs` Yuma 3 epochs inside the core. */
function epochsPerSecond(core: CoreExports, nv: number, nm: number, epochs: number, runs = 5): number {
  core.yumaBench(nv, nm, Math.min(epochs, 50), 1); // warm-up
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    core.yumaBench(nv, nm, epochs, 1 + r);
    best = Math.min(best, performance.now() - t0);
  }
  return (epochs / best) * 1000;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

// Runs in the page, as source text (tsx would otherwise wrap the closures in helpers the page lacks).
// Each move, at the start of a frame: set the slider, dispatch input, wait until the chart's DOM holds the
// new result (`updated`: worker round trip + render), then until that frame is painted (`shown`: a
// setTimeout queued from requestAnimationFrame runs after the paint, so this includes waiting for vsync).
const MEASURE_IN_PAGE = `async function (n) {
  const slider = document.querySelector('[data-param="stake2"]');
  const widget = document.querySelector('[data-widget="who-gets-paid"]');
  const count = () => Number(widget.getAttribute('data-computed'));
  const painted = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  const drawn = (after) => new Promise((ok) => {
    if (count() > after) return ok();
    const mo = new MutationObserver(() => { if (count() > after) { mo.disconnect(); ok(); } });
    mo.observe(widget, { attributes: true });
  });
  const frameStart = () => new Promise((ok) => requestAnimationFrame(() => ok()));
  const updated = [];
  const shown = [];
  for (let i = 0; i < n; i++) {
    await frameStart(); // browsers deliver input at the start of a frame
    const before = count();
    slider.value = String(((i * 37) % 200) * 5000 + 5000);
    const t0 = performance.now();
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await drawn(before);
    updated.push(performance.now() - t0);
    await painted();
    shown.push(performance.now() - t0);
  }
  return { updated, shown };
}`;

async function inputToPaint(moves = 200): Promise<{ updated: number[]; shown: number[] }> {
  const [browser, site] = await Promise.all([launch(), serveDist()]);
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(site.url);
    await page.waitForSelector('[data-testid="chart-incentive"] text.value');
    return (await page.evaluate(`(${MEASURE_IN_PAGE})(${moves})`)) as { updated: number[]; shown: number[] };
  } finally {
    await browser.close();
    await site.close();
  }
}

async function main() {
  const core = await releaseCore();
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
  const { updated, shown } = await inputToPaint(200);
  const stats = (xs: number[]) => `median ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms`;
  console.log('Slider input in Chromium ("Who gets paid?", 200 moves, input at frame start):');
  console.log(`  input → chart updated, ready to paint: ${stats(updated)} (within one 16 ms frame: ${updated.filter((t) => t <= 16).length}/200)`);
  console.log(`  input → updated frame painted: ${stats(shown)} (one frame at 60 Hz = 16.7 ms)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
