// What decides a claim's verdict and how likely it holds: one parameter moved across its plausible
// range with the others held (the tornado), and the margins of many drawn worlds (the plausible-worlds
// estimate, whose Latin-hypercube design the worker draws). Both run the models' kernels unchanged.
import {
  MODEL_WEIGHT_RENT, MODEL_LEAKAGE, MODEL_THREE_NETWORKS, MODEL_ROUTING, MODEL_COORDINATION,
  WR_PARAMS, WR_SUMMARY, LK_PARAMS, LK_SUMMARY, TN_PARAMS, TN_SUMMARY, RT_PARAMS, RT_SUMMARY, CO_PARAMS, CO_SUMMARY,
} from './layout';
import { Kernel, readParams } from './common';
import { weightRentKernel } from './weight-rent';
import { leakageKernel } from './leakage';
import { threeNetworksKernel } from './three-networks';
import { routingKernel } from './routing';
import { coordinationKernel } from './coordination';

class ModelKernel {
  constructor(public kernel: Kernel, public params: i32, public summary: i32) {}
}

function kernelOf(model: i32): ModelKernel | null {
  if (model == MODEL_WEIGHT_RENT) return new ModelKernel(weightRentKernel, WR_PARAMS, WR_SUMMARY);
  if (model == MODEL_LEAKAGE) return new ModelKernel(leakageKernel, LK_PARAMS, LK_SUMMARY);
  if (model == MODEL_THREE_NETWORKS) return new ModelKernel(threeNetworksKernel, TN_PARAMS, TN_SUMMARY);
  if (model == MODEL_ROUTING) return new ModelKernel(routingKernel, RT_PARAMS, RT_SUMMARY);
  if (model == MODEL_COORDINATION) return new ModelKernel(coordinationKernel, CO_PARAMS, CO_SUMMARY);
  return null;
}

/** The i-th of `steps` points from lo to hi, evenly spaced on a log scale when `log` (lo, hi > 0). */
function along(lo: f64, hi: f64, i: i32, steps: i32, log: bool): f64 {
  const f = steps > 1 ? <f64>i / <f64>(steps - 1) : 0.0;
  if (log && lo > 0 && hi > 0) return lo * Math.pow(hi / lo, f);
  return lo + (hi - lo) * f;
}

/** Per parameter k, TORNADO_WIDTH values from k·TORNADO_WIDTH: margin at its low, margin at its high,
 *  and the value nearest the current one where the margin changes sign (NaN when it never does in
 *  [low, high]); slot 0 holds the margin at the current values. */
export const TORNADO_WIDTH = 3;

/** The tornado of model `model` at `params`: each parameter whose low < high is scanned at `steps`
 *  points across [low, high] (log-spaced where logMask[k] ≥ 0.5) with the others held; a sign change
 *  between two points is placed by linear interpolation of the margins. */
export function claimTornado(
  model: i32, params: Float64Array, lows: Float64Array, highs: Float64Array, logMask: Float64Array, steps: i32,
): Float64Array {
  const mk = kernelOf(model);
  if (mk === null || lows.length < mk.params || highs.length < mk.params || logMask.length < mk.params || steps < 2) return new Float64Array(0);
  const p = readParams(params, mk.params);
  if (p === null) return new Float64Array(0);
  const count = mk.params;
  const scratch = new Float64Array(mk.summary);
  const out = new Float64Array(1 + count * TORNADO_WIDTH);
  out[0] = mk.kernel(p, scratch, false);
  for (let k = 0; k < count; k++) {
    const base = 1 + k * TORNADO_WIDTH;
    const current = unchecked(p[k]);
    const lo = lows[k];
    const hi = highs[k];
    if (!(lo < hi)) {
      out[base] = out[0];
      out[base + 1] = out[0];
      out[base + 2] = NaN;
      continue;
    }
    const log = logMask[k] >= 0.5;
    let prevX = 0.0;
    let prevM = 0.0;
    let flip = NaN;
    for (let i = 0; i < steps; i++) {
      const x = along(lo, hi, i, steps, log);
      unchecked((p[k] = x));
      const m = mk.kernel(p, scratch, false);
      if (i == 0) out[base] = m;
      if (i == steps - 1) out[base + 1] = m;
      if (i > 0 && (prevM > 0) != (m > 0)) {
        const t = prevM != m ? prevM / (prevM - m) : 0.5;
        const crossing = prevX + (x - prevX) * (t < 0 ? 0 : t > 1 ? 1 : t);
        if (isNaN(flip) || Math.abs(crossing - current) < Math.abs(flip - current)) flip = crossing;
      }
      prevX = x;
      prevM = m;
    }
    unchecked((p[k] = current));
    out[base + 2] = flip;
  }
  return out;
}

/** The margin of each world in `draws` (row-major, one row of the model's params per world); an
 *  empty array when draws is not a whole number of rows. */
export function claimEvaluate(model: i32, draws: Float64Array): Float64Array {
  const mk = kernelOf(model);
  if (mk === null || draws.length % mk.params != 0) return new Float64Array(0);
  const count = mk.params;
  const worlds = draws.length / count;
  const p = new StaticArray<f64>(count);
  const scratch = new Float64Array(mk.summary);
  const out = new Float64Array(worlds);
  for (let w = 0; w < worlds; w++) {
    for (let k = 0; k < count; k++) unchecked((p[k] = draws[w * count + k]));
    unchecked((out[w] = mk.kernel(p, scratch, false)));
  }
  return out;
}
