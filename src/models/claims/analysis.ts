// What decides a claim's verdict (the tornado) and how likely it holds across plausible worlds (a
// seeded Latin-hypercube sample over every parameter's plausible range). The core runs the models;
// this file builds its inputs and reads its outputs. Core: assembly/claims/analysis.ts.
import type { CoreExports } from '../../engine/core';
import type { NumberParam, Param, ParamValues } from '../../state/schema';
import { packParams } from './layout';
import type { ClaimModel } from './types';

/** Points per parameter the tornado scans across its plausible range (flip points interpolate between). */
export const TORNADO_STEPS = 33;
const TORNADO_WIDTH = 3;

/** A parameter the plausible-worlds sample and the tornado move: a number with a plausible range. */
export function isUncertain(p: Param): p is NumberParam & { plausible: NonNullable<NumberParam['plausible']> } {
  return p.kind === 'number' && p.plausible !== undefined && p.plausible.low < p.plausible.high;
}

/** An assumption is a parameter whose value or range is ours, not a source's. */
export function isAssumption(p: Param): boolean {
  return p.source === 'assumption' || (p.kind === 'number' && p.plausible?.source === 'assumption');
}

/** [lows, highs, logMask] in layout order; a parameter without a plausible range is held at its value. */
export function plausibleBox(model: ClaimModel, p: ParamValues): [Float64Array, Float64Array, Float64Array] {
  const current = packParams(model.layout, p);
  const lows = Float64Array.from(current);
  const highs = Float64Array.from(current);
  const logMask = new Float64Array(current.length);
  model.layout.params.forEach((id, k) => {
    const param = model.schema.find((q) => q.id === id);
    if (!param || !isUncertain(param)) return;
    lows[k] = param.plausible.low;
    highs[k] = param.plausible.high;
    logMask[k] = param.scale === 'log' && param.plausible.low > 0 ? 1 : 0;
  });
  return [lows, highs, logMask];
}

export interface TornadoBar {
  id: string;
  low: number;
  high: number;
  /** Margin with this parameter at its plausible low / high and the others held. */
  marginLow: number;
  marginHigh: number;
  /** The value nearest the current one where the verdict flips; null when it holds or fails across the range. */
  flip: number | null;
  /** |marginHigh − marginLow|: how far this parameter alone moves the margin. */
  swing: number;
  assumption: boolean;
}

export interface Tornado {
  margin: number;
  /** Uncertain parameters, the largest swing first. */
  bars: TornadoBar[];
  /** Labelled assumptions whose plausible range holds a flip: the verdict is theirs to decide. */
  decidingAssumptions: string[];
}

export function computeTornado(core: CoreExports, model: ClaimModel, params: ParamValues): Tornado {
  const [lows, highs, logMask] = plausibleBox(model, params);
  const flat = core.claimTornado(model.layout.model, packParams(model.layout, params), lows, highs, logMask, TORNADO_STEPS);
  if (flat.length !== 1 + model.layout.params.length * TORNADO_WIDTH) throw new Error(`the core gave no tornado for claim model ${model.layout.model}`);
  const bars: TornadoBar[] = [];
  model.layout.params.forEach((id, k) => {
    const param = model.schema.find((q) => q.id === id);
    if (!param || !isUncertain(param)) return;
    const marginLow = flat[1 + k * TORNADO_WIDTH];
    const marginHigh = flat[2 + k * TORNADO_WIDTH];
    const flip = flat[3 + k * TORNADO_WIDTH];
    bars.push({
      id, low: lows[k], high: highs[k], marginLow, marginHigh,
      flip: Number.isNaN(flip) ? null : flip,
      swing: Math.abs(marginHigh - marginLow),
      assumption: isAssumption(param),
    });
  });
  bars.sort((a, b) => b.swing - a.swing || a.id.localeCompare(b.id));
  const decidingAssumptions = bars.filter((b) => b.assumption && b.flip !== null).map((b) => b.id);
  return { margin: flat[0], bars, decidingAssumptions };
}

/** The map's default axes: the two parameters that swing the margin most at the defaults. */
export function decisiveAxes(tornado: Tornado, fallback: readonly [string, string]): [string, string] {
  const [a, b] = tornado.bars.filter((bar) => bar.swing > 0).map((bar) => bar.id);
  if (a && b) return [a, b];
  return [fallback[0], fallback[1]];
}

// ---------------------------------------------------------------------------------------------
// Plausible worlds

/** Worlds drawn for the full estimate and for the first, quick one. */
export const WORLDS = 4096;
export const FIRST_WORLDS = 512;
export const WORLDS_SEED = 20261208;

/** mulberry32: a small seeded generator of uniforms in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Latin hypercube of n points in [0, 1)^dims, row-major: in each dimension every one of the n
 *  strata holds exactly one point, strata shuffled independently per dimension. */
export function latinHypercube(n: number, dims: number, seed: number): Float64Array {
  const rand = generator(seed);
  const out = new Float64Array(n * dims);
  const order = new Int32Array(n);
  for (let d = 0; d < dims; d++) {
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (let i = 0; i < n; i++) out[i * dims + d] = (order[i] + rand()) / n;
  }
  return out;
}

/** The last design drawn: each slice of a sample asks for the same one, so a worker draws it once. */
let lastDesign: { n: number; dims: number; seed: number; unit: Float64Array } | null = null;
function design(n: number, dims: number, seed: number): Float64Array {
  if (!lastDesign || lastDesign.n !== n || lastDesign.dims !== dims || lastDesign.seed !== seed) lastDesign = { n, dims, seed, unit: latinHypercube(n, dims, seed) };
  return lastDesign.unit;
}

/** Worlds [start, start + count) of the seeded design, as the model's params row by row: uniform in
 *  [low, high], log-uniform for log parameters; the rest held at `params`. */
export function drawWorlds(model: ClaimModel, params: ParamValues, seed: number, total: number, start: number, count: number): Float64Array {
  const [lows, highs, logMask] = plausibleBox(model, params);
  const dims = lows.length;
  const unit = design(total, dims, seed);
  const end = Math.min(total, start + count);
  const out = new Float64Array(Math.max(0, end - start) * dims);
  for (let w = start; w < end; w++) {
    for (let k = 0; k < dims; k++) {
      const u = unit[w * dims + k];
      const lo = lows[k];
      const hi = highs[k];
      out[(w - start) * dims + k] = logMask[k] ? lo * Math.pow(hi / lo, u) : lo + (hi - lo) * u;
    }
  }
  return out;
}

export function evaluateWorlds(core: CoreExports, model: ClaimModel, draws: Float64Array): Float64Array {
  const margins = core.claimEvaluate(model.layout.model, draws);
  if (margins.length * model.layout.params.length !== draws.length) throw new Error(`the core could not evaluate claim model ${model.layout.model}`);
  return margins;
}

export interface WorldsEstimate {
  /** Worlds evaluated so far. */
  n: number;
  /** Share of them where the claim holds (margin > 0). */
  share: number;
  /** Half-width of a 95% interval on the share (binomial; a Latin hypercube is no less precise). */
  halfWidth: number;
  /** Margin histogram: bin edges (bins + 1, clamped to ±cap) and counts. */
  edges: number[];
  counts: number[];
}

export const HISTOGRAM_BINS = 24;
const HISTOGRAM_CAP = 3;

/** The estimate from margins: the share above 0 and a histogram on [−cap, cap] (beyond it, in the end bins). */
export function summariseWorlds(margins: ArrayLike<number>): WorldsEstimate {
  const n = margins.length;
  let holds = 0;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    const m = margins[i];
    if (m > 0) holds++;
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  const cap = Math.max(1e-6, Math.min(HISTOGRAM_CAP, Math.max(-lo, hi)));
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => -cap + (2 * cap * i) / HISTOGRAM_BINS);
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (let i = 0; i < n; i++) {
    const b = Math.floor(((margins[i] + cap) / (2 * cap)) * HISTOGRAM_BINS);
    counts[Math.max(0, Math.min(HISTOGRAM_BINS - 1, b))]++;
  }
  const share = n > 0 ? holds / n : 0;
  const halfWidth = n > 0 ? 1.96 * Math.sqrt((share * (1 - share)) / n) : 1;
  return { n, share, halfWidth, edges, counts };
}
