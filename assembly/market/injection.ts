// Per-subnet injection (spec §c, §11.2 "Coinbase terms"): how a subnet's TAO emission E_i becomes
// pool liquidity (tao_in, alpha_in at the spot price, so the price holds) and, past the era's cap, a
// fee-free chain buy that raises the price. Called by coinbase.ts once per eligible subnet per block.
import { Network } from './state';
import { buyOutAsReference, reweightQuote, AMM_BALANCER } from './pool';
import {
  R_AMM, R_INJECTION, R_CHAIN_BUY, R_INJECT_ORDER, R_MIN_WEIGHT, S_TAO, S_ALPHA_IN, S_W_QUOTE, S_ALPHA_OUT,
  S_PROTOCOL_ALPHA, S_PROTO_FLOW_ACC, T_TAO_IN, T_ALPHA_IN, T_EXCESS, T_BOUGHT, T_SKIPPED_TAO,
  L_CHAIN_BUY_RECYCLED,
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
  net.setTerm(i, T_TAO_IN, taoIn);
  net.setTerm(i, T_ALPHA_IN, alphaIn);
  net.setTerm(i, T_EXCESS, excess);
  net.setTerm(i, T_BOUGHT, bought);
  net.setTerm(i, T_SKIPPED_TAO, skipped);
  return skipped;
}
