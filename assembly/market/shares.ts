// How the block emission is shared between subnets (spec §b.3, §9 gate, §11.2 step 3). Each stage
// is a kernel on dense vectors over the emit-eligible subnets, so the network, the gate widget and
// the tests run the same code. A stage whose inputs sum to 0 yields zeros (the chain's safe_div):
// the block's TAO is then not emitted.

/** dst = src / Σ src over m entries (zeros if Σ ≤ 0); returns Σ. */
export function normalize(src: StaticArray<f64>, dst: StaticArray<f64>, m: i32): f64 {
  let sum = 0.0;
  for (let k = 0; k < m; k++) sum += unchecked(src[k]);
  for (let k = 0; k < m; k++) unchecked((dst[k] = sum > 0 ? src[k] / sum : 0.0));
  return sum;
}

/** Miner-burn weighting (§b.3): w = s·(1 − min(1, burned)), renormalised; all zero → s itself. */
export function burnWeighted(share: StaticArray<f64>, burned: StaticArray<f64>, dst: StaticArray<f64>, m: i32): void {
  for (let k = 0; k < m; k++) unchecked((dst[k] = share[k] * (1.0 - min(1.0, max(0.0, burned[k])))));
  if (normalize(dst, dst, m) <= 0) for (let k = 0; k < m; k++) unchecked((dst[k] = share[k]));
}

/** The most subnets the core takes (the chain's subnet limit); more are refused. */
export const MAX_SUBNETS = 128;

export const GATE_NONE = 0;
export const GATE_QUANTILE = 1;
export const GATE_RANK = 2;

/** The gate bar θ of shares w (§9; market-2026h2 §A): quantile = sort descending and take the share
 *  at which the running sum first reaches q; rank = the N-th largest positive share, zero shares not
 *  counted, a tie taken from the descending sort (the smallest positive one if fewer than N are
 *  positive). Rank mode with N = 0 is the q-mass bar (market-2026h2 §A "N = 0 (q-mass)"). 0 if no
 *  share is positive. `buf` is scratch of length ≥ m. */
export function gateBar(w: StaticArray<f64>, m: i32, mode: i32, q: f64, N: i32, buf: StaticArray<f64>): f64 {
  // Insertion sort, descending: m ≤ 128 and the bar is recomputed once per 360 blocks.
  let c = 0;
  for (let k = 0; k < m; k++) {
    const v = unchecked(w[k]);
    if (!(v > 0)) continue;
    let j = c++;
    while (j > 0 && unchecked(buf[j - 1]) < v) {
      unchecked((buf[j] = buf[j - 1]));
      j--;
    }
    unchecked((buf[j] = v));
  }
  if (c == 0) return 0;
  if (mode == GATE_RANK && N > 0) return unchecked(buf[min(N, c) - 1]);
  let acc = 0.0;
  for (let k = 0; k < c; k++) {
    acc += unchecked(buf[k]);
    if (acc >= q) return unchecked(buf[k]);
  }
  return unchecked(buf[c - 1]);
}

/** t^h with a multiplication fast path for the small integer exponents the chain uses. */
// @ts-ignore: decorator
@inline
function powH(t: f64, h: f64): f64 {
  if (h == 3.0) return t * t * t;
  if (h == 2.0) return t * t;
  if (h == 1.0) return t;
  return Math.pow(t, h);
}

/** Hill gate (§9): g = w / (1 + (θ/w)^h) for w > 0, else 0, renormalised. A subnet at the bar keeps
 *  half its weight; the gate moves emission, it does not withhold it. */
export function hillGate(w: StaticArray<f64>, theta: f64, h: f64, dst: StaticArray<f64>, m: i32): void {
  for (let k = 0; k < m; k++) {
    const v = unchecked(w[k]);
    unchecked((dst[k] = v > 0 ? v / (1.0 + powH(theta / v, h)) : 0.0));
  }
  normalize(dst, dst, m);
}

/** Net TAO flow (§b.3, 2026-05-27 era): F − n·P where P > 0, F − P otherwise, with
 *  n = min(1, Σ max(F,0) / Σ max(P,0)). */
export function netFlow(user: StaticArray<f64>, proto: StaticArray<f64>, dst: StaticArray<f64>, m: i32): void {
  let fPos = 0.0;
  let pPos = 0.0;
  for (let k = 0; k < m; k++) {
    fPos += max(unchecked(user[k]), 0.0);
    pPos += max(unchecked(proto[k]), 0.0);
  }
  const n = pPos > 0 ? min(1.0, fPos / pPos) : 1.0;
  for (let k = 0; k < m; k++) {
    const p = unchecked(proto[k]);
    unchecked((dst[k] = p > 0 ? user[k] - n * p : user[k] - p));
  }
}

/** Flow shares (§b.3 Taoflow): floor L = max(cutoff, min(0, min value)); z = max(value − L, 0)^p,
 *  normalised; a negative flow gets nothing. */
export function flowShares(value: StaticArray<f64>, dst: StaticArray<f64>, m: i32, p: f64, cutoff: f64): void {
  let lo = 0.0;
  for (let k = 0; k < m; k++) lo = min(lo, unchecked(value[k]));
  const L = max(cutoff, lo);
  for (let k = 0; k < m; k++) {
    const z = max(unchecked(value[k]) - L, 0.0);
    unchecked((dst[k] = p == 1.0 ? z : Math.pow(z, p)));
  }
  normalize(dst, dst, m);
}

/** Emission-enabled renormalisation (§b.1): share/Σ over enabled subnets, 0 for disabled ones.
 *  Returns the sum of the result (1, or 0 when no enabled subnet has a share). */
export function enabledShares(src: StaticArray<f64>, enabled: StaticArray<f64>, dst: StaticArray<f64>, m: i32): f64 {
  let sum = 0.0;
  for (let k = 0; k < m; k++) if (unchecked(enabled[k]) != 0) sum += unchecked(src[k]);
  let out = 0.0;
  for (let k = 0; k < m; k++) {
    const v = sum > 0 && unchecked(enabled[k]) != 0 ? unchecked(src[k]) / sum : 0.0;
    unchecked((dst[k] = v));
    out += v;
  }
  return out;
}

function toStatic(a: Float64Array, m: i32): StaticArray<f64> {
  const s = new StaticArray<f64>(m);
  for (let k = 0; k < m; k++) s[k] = a[k];
  return s;
}

/** The price-era share pipeline for widgets and the gate vectors (§b.3, §9): from EMA prices and
 *  miner-burned fractions, returns [θ, price_share × m, burn_weighted × m, gated × m]. mode 0 skips the
 *  gate (θ = 0, gated = burn_weighted). Empty if the lengths differ or m > MAX_SUBNETS. */
export function marketGate(ema: Float64Array, minerBurned: Float64Array, mode: i32, q: f64, N: i32, h: f64): Float64Array {
  const m = ema.length;
  if (minerBurned.length != m || m > MAX_SUBNETS) return new Float64Array(0);
  const e = toStatic(ema, m);
  const b = toStatic(minerBurned, m);
  const s = new StaticArray<f64>(m);
  const w = new StaticArray<f64>(m);
  const g = new StaticArray<f64>(m);
  normalize(e, s, m);
  burnWeighted(s, b, w, m);
  let theta = 0.0;
  if (mode != GATE_NONE) {
    theta = gateBar(w, m, mode, q, N, new StaticArray<f64>(m));
    hillGate(w, theta, h, g, m);
  } else for (let k = 0; k < m; k++) g[k] = w[k];
  const out = new Float64Array(1 + 3 * m);
  out[0] = theta;
  for (let k = 0; k < m; k++) {
    out[1 + k] = s[k];
    out[1 + m + k] = w[k];
    out[1 + 2 * m + k] = g[k];
  }
  return out;
}
