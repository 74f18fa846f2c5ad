// The subnet pool's curve (spec §d.2–d.3): TAO reserve y, alpha reserve x, quote weight w_q. With
// w_q = ½ the Balancer pool is constant product; the constant-product kind uses the simpler
// formulas so the swap-v3 era stays exact. All amounts are TAO/alpha as f64; fees live in trade.ts.

export const AMM_CPMM = 0;
export const AMM_BALANCER = 1;

/** Spot price in TAO per alpha, (w_b/w_q)·y/x (§d.2); 0 for an empty pool. Called everywhere. */
// @ts-ignore: decorator
@inline
export function spotPrice(kind: i32, tao: f64, alpha: f64, wq: f64): f64 {
  if (!(alpha > 0) || !(tao > 0)) return 0;
  // One division: this runs a few times per subnet per block.
  return kind == AMM_BALANCER && wq != 0.5 ? ((1.0 - wq) * tao) / (wq * alpha) : tao / alpha;
}

/** 1 − (1 + d)^(−e) for d ≥ 0, without the cancellation of 1 − pow(…) when d is small: the naive form
 *  loses up to ε/d relative (a 1e-9 trade: 1e-7), which let a buy-then-sell round trip return more
 *  than it put in (found by tests/unit/properties-market.test.ts). */
// @ts-ignore: decorator
@inline
function oneMinusPowRatio(d: f64, e: f64): f64 {
  return e == 1.0 ? d / (1.0 + d) : -Math.expm1(-e * Math.log1p(d));
}

/** Alpha out for `dTao` TAO into the curve, no fee (§d.2 buy); x·(1 − (y/(y+Δy))^(w_q/w_b)). */
export function buyOut(kind: i32, tao: f64, alpha: f64, wq: f64, dTao: f64): f64 {
  if (!(dTao > 0) || !(tao > 0)) return 0;
  if (kind != AMM_BALANCER) return (alpha * dTao) / (tao + dTao);
  return alpha * oneMinusPowRatio(dTao / tao, wq / (1.0 - wq));
}

/** buyOut as market_ref.py computes it, x·(1 − pow(y/(y+Δy), w_q/w_b)) with the cancellation of the
 *  naive form, for the protocol's chain buys only: the golden vectors (random_128_subnets,
 *  chain_bought_alpha, abs 1e-12) carry the reference's rounding for tiny buys into deep pools, up
 *  to ~2e-9 alpha (2 rao) away from the exact curve. User trades use the accurate buyOut. */
export function buyOutAsReference(kind: i32, tao: f64, alpha: f64, wq: f64, dTao: f64): f64 {
  if (!(dTao > 0) || !(tao > 0)) return 0;
  if (kind != AMM_BALANCER) return (alpha * dTao) / (tao + dTao);
  const e = wq / (1.0 - wq);
  const r = tao / (tao + dTao);
  return alpha * (1.0 - (e == 1.0 ? r : Math.pow(r, e)));
}

/** TAO out for `dAlpha` alpha into the curve, no fee (§d.2 sell); y·(1 − (x/(x+Δx))^(w_b/w_q)). */
export function sellOut(kind: i32, tao: f64, alpha: f64, wq: f64, dAlpha: f64): f64 {
  if (!(dAlpha > 0) || !(alpha > 0)) return 0;
  if (kind != AMM_BALANCER) return (tao * dAlpha) / (alpha + dAlpha);
  return tao * oneMinusPowRatio(dAlpha / alpha, (1.0 - wq) / wq);
}

/** TAO into the curve that moves the price up to `limit` (§d.2); 0 if it is already there. */
export function taoToPrice(kind: i32, tao: f64, alpha: f64, wq: f64, limit: f64): f64 {
  const p = spotPrice(kind, tao, alpha, wq);
  if (!(p > 0) || !(limit > p)) return 0;
  const wb = kind == AMM_BALANCER ? 1.0 - wq : 0.5;
  return tao * (Math.pow(limit / p, wb) - 1.0);
}

/** Alpha into the curve that moves the price down to `limit` (§d.2); 0 if it is already there. */
export function alphaToPrice(kind: i32, tao: f64, alpha: f64, wq: f64, limit: f64): f64 {
  const p = spotPrice(kind, tao, alpha, wq);
  if (!(p > 0) || !(limit > 0) || !(limit < p)) return 0;
  const w = kind == AMM_BALANCER ? wq : 0.5;
  return alpha * (Math.pow(p / limit, w) - 1.0);
}

/** Quote weight after a protocol injection (Δy TAO, Δx alpha) that keeps the spot price (§d.3):
 *  w_q′ = w_q·x·(y+Δy) / [w_b·y·(x+Δx) + w_q·x·(y+Δy)]. Called by injection.ts for Balancer pools. */
export function reweightQuote(tao: f64, alpha: f64, wq: f64, dTao: f64, dAlpha: f64): f64 {
  const num = wq * alpha * (tao + dTao);
  const den = (1.0 - wq) * tao * (alpha + dAlpha) + num;
  return den > 0 ? num / den : wq;
}

/** A protocol injection of `dTao` TAO and `dAlpha` alpha into a standalone pool [kind, tao, alpha,
 *  w_quote, …] (layout P_* in layout.ts): returns [tao, alpha, w_quote, price after, price before,
 *  1 if skipped because w_quote would leave [minWeight, 1 − minWeight]]. A Balancer pool keeps its
 *  price for any ratio (§d.3); constant product only for dTao = p·dAlpha. Widgets and tests call it. */
export function marketInject(pool: Float64Array, dTao: f64, dAlpha: f64, minWeight: f64): Float64Array {
  const out = new Float64Array(6);
  if (pool.length < 4) return out;
  const kind = <i32>pool[0];
  let tao = pool[1];
  let alpha = pool[2];
  let wq = pool[3];
  const before = spotPrice(kind, tao, alpha, wq);
  let skipped = false;
  if (kind == AMM_BALANCER) {
    const w = reweightQuote(tao, alpha, wq, max(dTao, 0.0), max(dAlpha, 0.0));
    if (w >= minWeight && w <= 1.0 - minWeight) wq = w;
    else skipped = true;
  }
  if (!skipped) {
    tao += max(dTao, 0.0);
    alpha += max(dAlpha, 0.0);
  }
  out[0] = tao;
  out[1] = alpha;
  out[2] = wq;
  out[3] = spotPrice(kind, tao, alpha, wq);
  out[4] = before;
  out[5] = skipped ? 1 : 0;
  return out;
}
