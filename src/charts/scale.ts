// The few scale and path helpers the charts need, in place of d3-scale and d3-shape (which bring
// d3-interpolate, d3-color and d3-path into every figure's chunk). Each gives the same numbers as the
// d3 function it replaces: linear and log scales map like d3's continuous scales (normalise, then
// interpolate the range), `nice` and `ticks` are d3-scale's (d3-array's tickIncrement and ticks),
// band() is d3's scaleBand over the indices 0 … n−1 with padding, and linePath() writes what d3-shape's
// line() writes (3 decimals, `Z` after a lone point).
import { tickIncrement, ticks } from 'd3-array';

export interface Scale {
  (v: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** d3's linear ticks over the domain (about `count` of them). */
  ticks(count?: number): number[];
}

/** d3-scale's linear nice(): the domain widened to round tick steps. */
function nice(d0: number, d1: number, count = 10): [number, number] {
  let start = Math.min(d0, d1);
  let stop = Math.max(d0, d1);
  let prestep: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) break;
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return d1 < d0 ? [stop, start] : [start, stop];
}

function continuous(domain: readonly [number, number], range: readonly [number, number], clamp: boolean, t: (v: number) => number): Scale {
  let [d0, d1] = [t(domain[0]), t(domain[1])];
  let [r0, r1] = range;
  // d3's bimap: a descending domain maps through its reversed pair.
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  const lo = Math.min(domain[0], domain[1]);
  const hi = Math.max(domain[0], domain[1]);
  const scale = (v: number) => {
    const u = span ? (t(clamp ? Math.max(lo, Math.min(hi, v)) : v) - d0) / span : Number.isNaN(span) ? NaN : 0.5;
    return r0 * (1 - u) + r1 * u;
  };
  return Object.assign(scale, { domain, range, ticks: (count = 10) => ticks(domain[0], domain[1], count) });
}

/** d3's scaleLinear().domain(domain).range(range), optionally .nice() and .clamp(true). */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number], opts: { nice?: boolean; clamp?: boolean } = {}): Scale {
  return continuous(opts.nice ? nice(domain[0], domain[1]) : [domain[0], domain[1]], range, !!opts.clamp, (v) => v);
}

/** d3's scaleLog() (base 10, positive domain) with .domain(domain).range(range), optionally .clamp(true). */
export function scaleLog(domain: readonly [number, number], range: readonly [number, number], opts: { clamp?: boolean } = {}): Scale {
  return continuous(domain, range, !!opts.clamp, Math.log);
}

export interface Band {
  /** Where band i (0 … n−1) starts. */
  (i: number): number;
  readonly bandwidth: number;
  readonly range: readonly [number, number];
}

/** d3's scaleBand().domain([0 … n−1]).range(range).padding(padding). */
export function scaleBand(n: number, range: readonly [number, number], padding = 0): Band {
  const [r0, r1] = range;
  const reverse = r1 < r0;
  let start = reverse ? r1 : r0;
  const stop = reverse ? r0 : r1;
  const inner = Math.min(1, padding);
  const step = (stop - start) / Math.max(1, n - inner + padding * 2);
  start += (stop - start - step * (n - inner)) * 0.5;
  const at = (i: number) => start + step * (reverse ? n - 1 - i : i);
  return Object.assign(at, { bandwidth: step * (1 - inner), range });
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** d3-shape's line().x(x).y(y).defined(defined)(data): an SVG path, or null for no points. */
export function linePath<T>(data: ArrayLike<T>, x: (d: T, i: number) => number, y: (d: T, i: number) => number, defined?: (d: T, i: number) => boolean): string | null {
  let d = '';
  let run = 0;
  for (let i = 0; i <= data.length; i++) {
    const on = i < data.length && (!defined || defined(data[i], i));
    if (!on) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run ? 'L' : 'M'}${r3(+x(data[i], i))},${r3(+y(data[i], i))}`;
    run++;
  }
  return d || null;
}

/** End labels at `ys` pushed apart to `gap` px (in the order of their positions), and, with `bottom`,
 *  pulled back up so none passes it. Returns the new positions in the order given. */
export function spreadLabels(ys: readonly number[], gap = 13, bottom?: number): number[] {
  const ends = ys.map((y, i) => ({ i, y })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < ends.length; k++) ends[k].y = Math.max(ends[k].y, ends[k - 1].y + gap);
  if (bottom !== undefined)
    for (let k = ends.length - 1; k >= 0; k--) ends[k].y = Math.min(ends[k].y, k === ends.length - 1 ? bottom : ends[k + 1].y - gap);
  const out: number[] = [];
  for (const e of ends) out[e.i] = e.y;
  return out;
}

/** How many axis ticks fit `pixels` of axis with about `spacing` px between labels: 2 to `most`. */
export function tickCount(pixels: number, most: number, spacing = 56): number {
  return Math.max(2, Math.min(most, Math.floor(pixels / spacing)));
}

/** Ticks for a log axis over a positive domain: 1, 2, 5 × 10^k inside it, thinned to at most `most`
 *  (then 1 and 10 × 10^k only, then every other power). */
export function logTicks(domain: readonly [number, number], most: number): number[] {
  const lo = Math.min(domain[0], domain[1]);
  const hi = Math.max(domain[0], domain[1]);
  if (!(lo > 0) || !Number.isFinite(hi)) return [];
  const within = (mantissas: number[], every = 1) => {
    const out: number[] = [];
    for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++)
      if (k % every === 0) for (const m of mantissas) {
        const v = m * 10 ** k;
        if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) out.push(Number(v.toPrecision(12)));
      }
    return out;
  };
  for (const [mantissas, every] of [[[1, 2, 5], 1], [[1], 1], [[1], 2], [[1], 3]] as const) {
    const t = within([...mantissas], every);
    if (t.length <= most) return t;
  }
  return within([1], 3).slice(0, most);
}
