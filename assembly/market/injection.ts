// Per-subnet injection (spec §c, §11.2 "Coinbase terms"): how a subnet's TAO emission E_i becomes
// pool liquidity (tao_in, alpha_in at the spot price, so the price holds) and, past the era's cap, a
// fee-free chain buy that raises the price. Called by coinbase.ts once per eligible subnet per block.
import { Network } from './state';
import { buyOutAsReference, reweightQuote, AMM_BALANCER } from './pool';
import {
  R_AMM, R_INJECTION, R_CHAIN_BUY, R_INJECT_ORDER, R_MIN_WEIGHT, S_TAO, S_ALPHA_IN, S_W_QUOTE, S_ALPHA_OUT,
  S_PROTOCOL_ALPHA, S_PROTO_FLOW_ACC, T_TAO_IN, T_ALPHA_IN, T_EXCESS, T_BOUGHT, T_SKIPPED_TAO,
  L_CHAIN_BUY_RECYCLED, R_WEIGHT_OVERFLOW, S_RES_TAO, S_RES_ALPHA,
} from './layout';

export const INJ_V1_UNCAPPED = 0;
export const INJ_CAP_MIN_AEMIT_E = 1;
export const INJ_CAP_ROOT_PROP = 2;

export const BUY_NONE = 0;
export const BUY_RECYCLE = 1;
export const BUY_PROTOCOL = 2;

export const ORDER_INJECT_ONLY = 0;
export const ORDER_INJECT_THEN_BUY = 1;
export const ORDER_WEIGHTS_THEN_BUY = 2;
export const ORDER_BUY_THEN_INJECT = 3;

/** Re-weights subnet i's Balancer pool for an injection (§d.3); false (weights untouched) if the new
 *  quote weight would leave [w_min, 1 − w_min], which skips the injection. */
function reweight(net: Network, i: i32, taoIn: f64, alphaIn: f64): bool {
  if (<i32>net.rule(R_AMM) != AMM_BALANCER) return true;
  const w = reweightQuote(net.get(i, S_TAO), net.get(i, S_ALPHA_IN), net.get(i, S_W_QUOTE), taoIn, alphaIn);
  const lo = net.rule(R_MIN_WEIGHT);
  if (!(w >= lo && w <= 1.0 - lo)) return false;
  net.set(i, S_W_QUOTE, w);
  return true;
}

/** True if a price-preserving re-weighting of pool (y, x, w_q) for (dTao, dAlpha) keeps w_q in
 *  [lo, 1 − lo] (always for constant product). */
function fits(kind: i32, y: f64, x: f64, wq: f64, dTao: f64, dAlpha: f64, lo: f64): bool {
  if (kind != AMM_BALANCER) return true;
  const w = reweightQuote(y, x, wq, dTao, dAlpha);
  return w >= lo && w <= 1.0 - lo;
}

export const ACTIVE_BOTH = 0;
export const ACTIVE_ALPHA = 1;
export const ACTIVE_TAO = 2;
export const ACTIVE_NONE = 3;

/** Which part of T TAO and A alpha becomes price-active (market-2026h2 §C, `adjust_protocol_liquidity`):
 *  the re-weighting is tried for (T, A), then (0, A), then (T, 0); the first that keeps w_q in range
 *  wins, else both are parked (ACTIVE_NONE). */
export function activePart(kind: i32, y: f64, x: f64, wq: f64, T: f64, A: f64, lo: f64): i32 {
  if (fits(kind, y, x, wq, T, A, lo)) return ACTIVE_BOTH;
  if (fits(kind, y, x, wq, 0, A, lo)) return ACTIVE_ALPHA;
  if (fits(kind, y, x, wq, T, 0, lo)) return ACTIVE_TAO;
  return ACTIVE_NONE;
}

/** Reservoir-aware injection into subnet i (market-2026h2 §C): T = reservoir TAO + taoIn and
 *  A = reservoir alpha + alphaIn; the active part (activePart) goes into the pool with its
 *  re-weighting, the rest stays in the reservoirs. Nothing is recycled. */
function injectReservoir(net: Network, i: i32, taoIn: f64, alphaIn: f64): void {
  const T = net.get(i, S_RES_TAO) + taoIn;
  const A = net.get(i, S_RES_ALPHA) + alphaIn;
  const k = activePart(<i32>net.rule(R_AMM), net.get(i, S_TAO), net.get(i, S_ALPHA_IN), net.get(i, S_W_QUOTE), T, A, net.rule(R_MIN_WEIGHT));
  const t = k == ACTIVE_BOTH || k == ACTIVE_TAO ? T : 0.0;
  const a = k == ACTIVE_BOTH || k == ACTIVE_ALPHA ? A : 0.0;
  if (t > 0 || a > 0) reweight(net, i, t, a);
  net.add(i, S_TAO, t);
  net.add(i, S_ALPHA_IN, a);
  net.set(i, S_RES_TAO, T - t);
  net.set(i, S_RES_ALPHA, A - a);
}

/** Fee-free, limit-free buy of alpha with `tao` TAO (§c chain buy); the alpha leaves the pool. */
function chainBuy(net: Network, i: i32, tao: f64): f64 {
  if (!(tao > 0)) return 0;
  const x = net.get(i, S_ALPHA_IN);
  const bought = buyOutAsReference(<i32>net.rule(R_AMM), net.get(i, S_TAO), x, net.get(i, S_W_QUOTE), tao);
  net.add(i, S_TAO, tao);
  net.set(i, S_ALPHA_IN, x - bought);
  const rule = <i32>net.rule(R_CHAIN_BUY);
  if (rule == BUY_PROTOCOL) {
    net.add(i, S_PROTOCOL_ALPHA, bought);
    net.add(i, S_ALPHA_OUT, bought);
  } else if (rule == BUY_RECYCLE) net.credit(net.fixedSlot(i, L_CHAIN_BUY_RECYCLED), bought);
  return bought;
}

/** Injects subnet i's share `Ei` TAO of the block emission `E` (§c): alpha_in = Ei/p capped by the
 *  era's rule, the excess TAO chain-bought in the era's order. `aEmit` is the subnet's alpha emission,
 *  `p` its spot price, `rootProp` its root proportion. Writes the T_* terms; returns the TAO of a
 *  skipped injection (to be recycled). */
export function inject(net: Network, i: i32, Ei: f64, E: f64, aEmit: f64, p: f64, rootProp: f64): f64 {
  let taoIn = Ei;
  let alphaIn = p > 0 ? Ei / p : 0.0;
  let excess = 0.0;
  const rule = <i32>net.rule(R_INJECTION);
  if (rule == INJ_V1_UNCAPPED) {
    // Launch era: alpha capped at a_emit but all of E_i still goes in, so the price rises.
    alphaIn = p > 0 ? min(alphaIn, aEmit) : aEmit;
  } else {
    const cap = rule == INJ_CAP_ROOT_PROP ? rootProp * aEmit : min(aEmit, E);
    if (alphaIn > cap) {
      alphaIn = cap;
      taoIn = cap * p;
    }
    excess = max(0.0, Ei - taoIn);
  }
  if (<i32>net.rule(R_CHAIN_BUY) == BUY_NONE) excess = 0;
  let bought = 0.0;
  let skipped = 0.0;
  const order = <i32>net.rule(R_INJECT_ORDER);
  if (order == ORDER_BUY_THEN_INJECT) bought = chainBuy(net, i, excess);
  if (net.rule(R_WEIGHT_OVERFLOW) != 0) {
    // market-2026h2 §C: chain buy first (above), then the reservoir-aware injection. The terms keep
    // this block's tao_in / alpha_in; what is parked stays in the reservoirs.
    injectReservoir(net, i, taoIn, alphaIn);
    if (order == ORDER_WEIGHTS_THEN_BUY || order == ORDER_INJECT_THEN_BUY) bought = chainBuy(net, i, excess);
    const unspent = order == ORDER_INJECT_ONLY ? excess : 0.0;
    net.add(i, S_PROTO_FLOW_ACC, taoIn + excess);
    writeTerms(net, i, taoIn, alphaIn, excess, bought, unspent);
    return unspent;
  }
  if (!reweight(net, i, taoIn, alphaIn)) {
    skipped = taoIn;
    taoIn = 0;
    alphaIn = 0;
  }
  if (order == ORDER_WEIGHTS_THEN_BUY) bought = chainBuy(net, i, excess);
  net.add(i, S_TAO, taoIn);
  net.add(i, S_ALPHA_IN, alphaIn);
  if (order == ORDER_INJECT_THEN_BUY) bought = chainBuy(net, i, excess);
  // An era without chain buys cannot spend the excess: it is not minted (recycled with the skipped TAO).
  if (order == ORDER_INJECT_ONLY) skipped += excess;
  net.add(i, S_PROTO_FLOW_ACC, taoIn + excess);
  writeTerms(net, i, taoIn, alphaIn, excess, bought, skipped);
  return skipped;
}

function writeTerms(net: Network, i: i32, taoIn: f64, alphaIn: f64, excess: f64, bought: f64, skipped: f64): void {
  net.setTerm(i, T_TAO_IN, taoIn);
  net.setTerm(i, T_ALPHA_IN, alphaIn);
  net.setTerm(i, T_EXCESS, excess);
  net.setTerm(i, T_BOUGHT, bought);
  net.setTerm(i, T_SKIPPED_TAO, skipped);
}

/** A reservoir-aware protocol injection into a standalone Balancer pool [kind, tao, alpha, w_quote, …]
 *  with reservoirs (resTao, resAlpha) (market-2026h2 §C): returns [tao, alpha, w_quote, reservoir TAO,
 *  reservoir alpha, active TAO, active alpha]. Widgets and tests call it; the network runs the same
 *  choice (injection.ts activePart). */
export function marketInjectReservoir(pool: Float64Array, resTao: f64, resAlpha: f64, dTao: f64, dAlpha: f64, minWeight: f64): Float64Array {
  const out = new Float64Array(7);
  if (pool.length < 4) return out;
  const kind = <i32>pool[0];
  const T = max(resTao, 0.0) + max(dTao, 0.0);
  const A = max(resAlpha, 0.0) + max(dAlpha, 0.0);
  const k = activePart(kind, pool[1], pool[2], pool[3], T, A, minWeight);
  const t = k == ACTIVE_BOTH || k == ACTIVE_TAO ? T : 0.0;
  const a = k == ACTIVE_BOTH || k == ACTIVE_ALPHA ? A : 0.0;
  out[0] = pool[1] + t;
  out[1] = pool[2] + a;
  out[2] = kind == AMM_BALANCER && (t > 0 || a > 0) ? reweightQuote(pool[1], pool[2], pool[3], t, a) : pool[3];
  out[3] = T - t;
  out[4] = A - a;
  out[5] = t;
  out[6] = a;
  return out;
}
