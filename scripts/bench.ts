// `npm run bench`: figures, never a pass/fail. The wasm core's Yuma throughput in Node, and in
// Chromium the time from a slider's input event to the updated chart being painted.
import { readFile } from 'node:fs/promises';
import { loadCore, type CoreExports } from '../src/engine/core';
import { launch, serveDist } from '../tests/support/browser';

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

async function inputToPaint(moves = 200): Promise<number[]> {
  const [browser, site] = await Promise.all([launch(), serveDist()]);
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(site.url);
    await page.waitForSelector('[data-testid="chart-incentive"] text.value');
    return await page.evaluate(async (n) => {
      const slider = document.querySelector<HTMLInputElement>('[data-param="stake2"]')!;
      const widget = document.querySelector('[data-widget="who-gets-paid"]')!;
      const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      const drawn = (after: number) =>
        new Promise<void>((ok) => {
          const check = () => Number(widget.getAttribute('data-computed')) > after;
          if (check()) return ok();
          const mo = new MutationObserver(() => check() && (mo.disconnect(), ok()));
          mo.observe(widget, { attributes: true });
        });
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const before = Number(widget.getAttribute('data-computed'));
        slider.value = String(((i * 37) % 200) * 5000);
        const t0 = performance.now();
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await drawn(before);
        await frame();
        times.push(performance.now() - t0);
      }
      return times;
    }, moves);
  } finally {
    await browser.close();
    await site.close();
  }
}

async function main() {
  const core = await releaseCore();
  const big = epochsPerSecond(core, 64, 256, 3000);
  const small = epochsPerSecond(core, 16, 64, 20000);
  console.log(`Yuma 3 float64, wasm core in Node, 64 × 256: ${Math.round(big).toLocaleString('en-US')} epochs/s (100 epochs: ${(100_000 / big).toFixed(1)} ms)`);
  console.log(`Yuma 3 float64, wasm core in Node, 16 × 64: ${Math.round(small).toLocaleString('en-US')} epochs/s`);
  console.log(`  ratio to the figures in notes/performance.md (other runs, same machine class): ${(big / 7129).toFixed(2)}× gcc -O3 C, ${(big / 3539).toFixed(2)}× C→wasm, ${(big / 1273).toFixed(2)}× Python yuma-simulation`);
  const times = await inputToPaint(200);
  console.log(`Slider input → painted chart in Chromium ("Who gets paid?", 200 moves): median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
