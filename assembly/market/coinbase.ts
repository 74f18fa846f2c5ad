// One block's coinbase (spec §11.2 steps 2–3, §b, §c, §e.1): which subnets take part, their shares
// of the block emission E, then per subnet in list order its injection and the split of its alpha
// emission into pending owner / server / validator / root amounts that the epoch drains.
import { Network } from './state';
import { blockEmission } from './issuance';
import { sellOut } from './pool';
import { inject } from './injection';
import {
  normalize, burnWeighted, gateBar, hillGate, netFlow, flowShares, enabledShares, GATE_NONE,
} from './shares';
import {
  R_AMM, R_SHARES, R_MINER_BURN, R_GATE_MODE, R_GATE_Q, R_GATE_N, R_GATE_H, R_GATE_INTERVAL, R_ROOT_DIVS,
  R_ROOT_SELL_FLAG, R_FLOW_EMA_ALPHA, R_FLOW_NORM_EXPONENT, R_FLOW_CUTOFF, S_TAO, S_ALPHA_IN, S_W_QUOTE,
  S_ALPHA_OUT, S_EMA, S_MINER_BURNED, S_EMISSION_ENABLED, S_REGISTRATION_ALLOWED, S_OWNER_CUT_ENABLED,
  S_FIRST_EMISSION, S_PEND_SERVER, S_PEND_VALIDATOR, S_PEND_ROOT, S_PEND_OWNER, S_PEND_ROOT_TAO,
  S_USER_FLOW_EMA, S_USER_FLOW_ACC, S_PROTO_FLOW_EMA, S_PROTO_FLOW_ACC, T_ELIGIBLE, T_TAO_EMISSION,
  T_ALPHA_EMISSION, T_PRICE, T_ROOT_PROP, T_OWNER, T_SERVER, T_VALIDATOR, T_ROOT_ALPHA, T_PRICE_AFTER,
  T_PRICE_SHARE, T_BURN_WEIGHTED, T_GATED, T_FLOW_VALUE, T_FLOW_SHARE, T_FINAL_SHARE, T_ROOT_SOLD_TAO,
  TERMS, BLOCK_TERMS, B_ROOT_SELL_FLAG, B_THETA, B_ELIGIBLE, L_ROOT_RECYCLED, TOTALS, C_ALPHA_EMITTED,
  C_OWNER, C_SERVER, C_VALIDATOR, C_ROOT, C_TAO_EMISSION, C_TAO_IN, C_EXCESS, C_BOUGHT, T_TAO_IN, T_EXCESS,
  T_BOUGHT,
} from './layout';

export const SHARES_PRICE = 0;
export const SHARES_FLOW = 1;
export const SHARES_NET_FLOW = 2;

/** Lists the emit-eligible subnets in `net.eligible` (§11.2 step 2: emission started by block + 1
 *  and registration allowed; root is not in the list) and clears every subnet's terms; returns m. */
export function collectEligible(net: Network, atBlock: f64): i32 {
  let m = 0;
  for (let i = 0; i < net.n; i++) {
    if (net.get(i, S_FIRST_EMISSION) <= atBlock + 1 && net.get(i, S_REGISTRATION_ALLOWED) != 0) {
      unchecked((net.eligible[m++] = i));
      // The coinbase writes every other term of an eligible subnet; only the optional ones need clearing.
      net.setTerm(i, T_ELIGIBLE, 1);
      net.setTerm(i, T_PRICE_SHARE, 0);
      net.setTerm(i, T_BURN_WEIGHTED, 0);
      net.setTerm(i, T_GATED, 0);
      net.setTerm(i, T_FLOW_VALUE, 0);
      net.setTerm(i, T_FLOW_SHARE, 0);
      net.setTerm(i, T_ROOT_SOLD_TAO, 0);
    } else if (net.term(i, T_ELIGIBLE) != 0 || net.term(i, T_FINAL_SHARE) != 0) {
      const base = BLOCK_TERMS + i * TERMS;
      for (let k = 0; k < TERMS; k++) unchecked((net.terms[base + k] = 0));
    }
  }
  unchecked((net.terms[B_ELIGIBLE] = <f64>m));
  return m;
}

function gather(net: Network, m: i32, field: i32, dst: StaticArray<f64>): void {
  for (let k = 0; k < m; k++) unchecked((dst[k] = net.get(net.eligible[k], field)));
}

function scatter(net: Network, m: i32, src: StaticArray<f64>, term: i32): void {
  for (let k = 0; k < m; k++) net.setTerm(unchecked(net.eligible[k]), term, unchecked(src[k]));
}

/** The share stages of the m eligible subnets into their terms (§b.3, §9, §b.1), ending in
 *  T_FINAL_SHARE; `updateFlow` advances the flow EMAs first (flow eras, once per block). Returns Σ
 *  final shares (1, or 0 when nothing can be shared). Called by coinbase and marketComputeShares. */
export function shareStages(net: Network, m: i32, updateFlow: bool): f64 {
  const rule = <i32>net.rule(R_SHARES);
  let stage = net.w1;
  if (rule == SHARES_PRICE) {
    gather(net, m, S_EMA, net.w0);
    normalize(net.w0, net.w1, m);
    scatter(net, m, net.w1, T_PRICE_SHARE);
    if (net.rule(R_MINER_BURN) != 0) {
      gather(net, m, S_MINER_BURNED, net.w0);
      burnWeighted(net.w1, net.w0, net.w2, m);
      scatter(net, m, net.w2, T_BURN_WEIGHTED);
      stage = net.w2;
    }
    const mode = <i32>net.rule(R_GATE_MODE);
    if (mode != GATE_NONE) {
      const interval = <i64>net.rule(R_GATE_INTERVAL);
      if (net.gateTheta <= 0 || (interval > 0 && <i64>net.block % interval == 0)) {
        const theta = gateBar(stage, m, mode, net.rule(R_GATE_Q), <i32>net.rule(R_GATE_N), net.sortBuf);
        if (theta > 0) net.gateTheta = theta;
      }
      hillGate(stage, net.gateTheta, net.rule(R_GATE_H), net.w3, m);
      scatter(net, m, net.w3, T_GATED);
      stage = net.w3;
    }
    unchecked((net.terms[B_THETA] = net.gateTheta));
  } else {
    if (updateFlow) {
      const phi = net.rule(R_FLOW_EMA_ALPHA);
      for (let k = 0; k < m; k++) {
        const i = unchecked(net.eligible[k]);
        net.set(i, S_USER_FLOW_EMA, (1.0 - phi) * net.get(i, S_USER_FLOW_EMA) + phi * net.get(i, S_USER_FLOW_ACC));
        net.set(i, S_USER_FLOW_ACC, 0);
        if (rule == SHARES_NET_FLOW) {
          net.set(i, S_PROTO_FLOW_EMA, (1.0 - phi) * net.get(i, S_PROTO_FLOW_EMA) + phi * net.get(i, S_PROTO_FLOW_ACC));
          net.set(i, S_PROTO_FLOW_ACC, 0);
        }
      }
    }
    gather(net, m, S_USER_FLOW_EMA, net.w0);
    if (rule == SHARES_NET_FLOW) {
      gather(net, m, S_PROTO_FLOW_EMA, net.w2);
      netFlow(net.w0, net.w2, net.w3, m);
    } else for (let k = 0; k < m; k++) unchecked((net.w3[k] = net.w0[k]));
    scatter(net, m, net.w3, T_FLOW_VALUE);
    flowShares(net.w3, net.w1, m, net.rule(R_FLOW_NORM_EXPONENT), net.rule(R_FLOW_CUTOFF));
    scatter(net, m, net.w1, T_FLOW_SHARE);
    stage = net.w1;
  }
  gather(net, m, S_EMISSION_ENABLED, net.w0);
  const sum = enabledShares(stage, net.w0, net.w4, m);
  scatter(net, m, net.w4, T_FINAL_SHARE);
  return sum;
}

/** Root stakers' weight in a subnet, R·τ / (R·τ + alpha issuance) (§c, §e.2). */
// @ts-ignore: decorator
@inline
export function rootProportion(rootTao: f64, taoWeight: f64, alphaIssuance: f64): f64 {
  const rt = rootTao * taoWeight;
  return rt + alphaIssuance > 0 ? rt / (rt + alphaIssuance) : 0.0;
}

/** Runs the coinbase of one block for the m eligible subnets with block emission E TAO (§11.2 step 3);
 *  returns the TAO to recycle (skipped injections, and E itself if no subnet could take a share). */
export function coinbase(net: Network, E: f64, m: i32): f64 {
  const shared = shareStages(net, m, true);
  let sellFlag = true;
  if (net.rule(R_ROOT_SELL_FLAG) != 0) {
    let sumEma = 0.0;
    for (let k = 0; k < m; k++) sumEma += net.get(unchecked(net.eligible[k]), S_EMA);
    sellFlag = sumEma > 1.0;
  }
  unchecked((net.terms[B_ROOT_SELL_FLAG] = sellFlag ? 1 : 0));
  const sellEachBlock = <i32>net.rule(R_ROOT_DIVS) == 0;
  const kind = <i32>net.rule(R_AMM);
  let recycled = shared > 0 ? 0.0 : E;
  for (let k = 0; k < m; k++) {
    const i = unchecked(net.eligible[k]);
    const Ei = E * net.term(i, T_FINAL_SHARE);
    const issued = net.get(i, S_ALPHA_IN) + net.get(i, S_ALPHA_OUT);
    const aEmit = blockEmission(issued);
    const p = net.spot(i);
    const rootProp = rootProportion(net.rootTao, net.taoWeight, issued);
    net.setTerm(i, T_TAO_EMISSION, Ei);
    net.setTerm(i, T_ALPHA_EMISSION, aEmit);
    net.setTerm(i, T_PRICE, p);
    net.setTerm(i, T_ROOT_PROP, rootProp);
    recycled += inject(net, i, Ei, E, aEmit, p, rootProp);
    net.add(i, S_ALPHA_OUT, aEmit);
    // §e.1: the owner's cut first, then miners and validators halve the rest; root's part comes
    // out of the validators' half in proportion to root_prop.
    const owner = net.get(i, S_OWNER_CUT_ENABLED) != 0 ? aEmit * net.ownerCut : 0.0;
    const r = aEmit - owner;
    const rootAlpha = rootProp * r * 0.5;
    const server = r * 0.5;
    const validator = r - server - rootAlpha;
    net.add(i, S_PEND_OWNER, owner);
    net.add(i, S_PEND_SERVER, server);
    net.add(i, S_PEND_VALIDATOR, validator);
    if (sellEachBlock) {
      // Before root claims (2025-02 → 11): root's alpha is sold into the pool every block.
      const y = net.get(i, S_TAO);
      const x = net.get(i, S_ALPHA_IN);
      const tao = sellOut(kind, y, x, net.get(i, S_W_QUOTE), rootAlpha);
      net.set(i, S_ALPHA_IN, x + rootAlpha);
      net.set(i, S_TAO, y - tao);
      net.add(i, S_ALPHA_OUT, -rootAlpha);
      net.add(i, S_PEND_ROOT_TAO, tao);
      net.setTerm(i, T_ROOT_SOLD_TAO, tao);
    } else if (sellFlag) net.add(i, S_PEND_ROOT, rootAlpha);
    else {
      net.add(i, S_ALPHA_OUT, -rootAlpha);
      net.credit(net.fixedSlot(i, L_ROOT_RECYCLED), rootAlpha);
    }
    net.setTerm(i, T_OWNER, owner);
    net.setTerm(i, T_SERVER, server);
    net.setTerm(i, T_VALIDATOR, validator);
    net.setTerm(i, T_ROOT_ALPHA, rootAlpha);
    net.setTerm(i, T_PRICE_AFTER, net.spot(i));
    const c = i * TOTALS;
    unchecked((net.totals[c + C_ALPHA_EMITTED] += aEmit));
    unchecked((net.totals[c + C_OWNER] += owner));
    unchecked((net.totals[c + C_SERVER] += server));
    unchecked((net.totals[c + C_VALIDATOR] += validator));
    unchecked((net.totals[c + C_ROOT] += rootAlpha));
    unchecked((net.totals[c + C_TAO_EMISSION] += Ei));
    unchecked((net.totals[c + C_TAO_IN] += net.term(i, T_TAO_IN)));
    unchecked((net.totals[c + C_EXCESS] += net.term(i, T_EXCESS)));
    unchecked((net.totals[c + C_BOUGHT] += net.term(i, T_BOUGHT)));
  }
  return recycled;
}
