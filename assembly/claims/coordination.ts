// Model 5 (Claim 5) formalises the essay's sentence "Linux gave away the code; Amazon and Google
// captured the value by coordinating compute at scale." and the role it gives TAO ("TAO is
// positioning itself in exactly that role for AI."): does coordinating open-model spend earn far more
// than the code layer gets, and do the network's token holders keep that profit?
//
// One static year for the network's inference subnets (Chutes-sized at the defaults), in dollars:
//   Rev      = s·V                 spend routed through the network (its share s of the market V)
//   take     = τ·Rev               coordination profit: the take a platform keeps on what it routes
//                                  (a router such as OpenRouter keeps 5–5.5%), not a supplier's margin
//   code     = θ·Rev               the code layer's cut of the same spend (both layers on one basis)
//   buyback  = b·Rev               revenue that buys back the subnet's own token (alpha), not TAO
//   dilution = σ·e·365·P           the subnet's emissions its participants sell (σ: share of emissions)
//   F        = buyback − dilution  token holders' net flow; kept = min(take, F) is the coordination
//                                  profit that reaches them (no more than the take, less when F is less)
// Holds when kept ≥ X·code, i.e. both take ≥ X·code (coordination dwarfs code) and
// buyback ≥ dilution + X·code (the token keeps it); the margin is the smaller of the two ln ratios.
// The emissions are an absolute sum, so the market's size V does not cancel: a bigger V at the same
// share s brings more revenue against the same emissions.
// Layout: ./layout.ts (CO_*); TS mirror: src/models/claims/coordination.ts.
import {
  SUM_N, SUM_MARGIN,
  CO_P_V, CO_P_SHARE, CO_P_TAU, CO_P_THETA, CO_P_B, CO_P_SIGMA, CO_P_E, CO_P_P, CO_P_X, CO_PARAMS,
  CO_S_REV, CO_S_TAKE, CO_S_CODE, CO_S_BUYBACK, CO_S_DILUTION, CO_S_FLOW, CO_S_KEPT, CO_S_E_USD,
  CO_S_COVERAGE, CO_S_S_STAR, CO_S_X, CO_SUMMARY,
  CO_T_SHARE, CO_T_BUYBACK, CO_T_NEEDED, CO_SERIES, CO_POINTS,
} from './layout';
import { logRatio, readParams, sweep } from './common';

/** Days in the model's year (emissions are quoted per day). */
const DAYS: f64 = 365.0;
/** The series' share axis: 10^SHARE_LOG_LO … 10^SHARE_LOG_HI. */
const SHARE_LOG_LO: f64 = -5.0;
const SHARE_LOG_HI: f64 = -1.0;

export function coordinationKernel(p: StaticArray<f64>, out: Float64Array, series: bool): f64 {
  const V = unchecked(p[CO_P_V]);
  const tau = unchecked(p[CO_P_TAU]);
  const theta = unchecked(p[CO_P_THETA]);
  const b = unchecked(p[CO_P_B]);
  const X = unchecked(p[CO_P_X]);
  const rev = unchecked(p[CO_P_SHARE]) * V;
  const take = tau * rev;
  const code = theta * rev;
  const buyback = b * rev;
  const eUsd = unchecked(p[CO_P_E]) * DAYS * unchecked(p[CO_P_P]);
  const dilution = unchecked(p[CO_P_SIGMA]) * eUsd;
  const flow = buyback - dilution;
  const needed = X * code;
  // Both conditions as ln ratios; src/models/claims/coordination.ts verdictCoordination mirrors them.
  const margin = min(logRatio(take, needed), logRatio(buyback, dilution + needed));
  // The share at which b·s·V = σ·E_usd + X·θ·s·V: none when each dollar's buyback cannot beat X·θ.
  const perDollar = b - X * theta;
  const sStar = perDollar > 0 && V > 0 ? dilution / (V * perDollar) : -1.0;

  out[SUM_N] = <f64>CO_POINTS;
  out[SUM_MARGIN] = margin;
  out[CO_S_REV] = rev;
  out[CO_S_TAKE] = take;
  out[CO_S_CODE] = code;
  out[CO_S_BUYBACK] = buyback;
  out[CO_S_DILUTION] = dilution;
  out[CO_S_FLOW] = flow;
  out[CO_S_KEPT] = min(take, flow);
  out[CO_S_E_USD] = eUsd;
  out[CO_S_COVERAGE] = eUsd > 0 ? rev / eUsd : -1.0;
  out[CO_S_S_STAR] = sStar;
  out[CO_S_X] = X;
  if (series) {
    for (let i = 0; i < CO_POINTS; i++) {
      const s = Math.pow(10.0, SHARE_LOG_LO + (SHARE_LOG_HI - SHARE_LOG_LO) * (<f64>i / <f64>(CO_POINTS - 1)));
      unchecked((out[CO_SUMMARY + CO_T_SHARE * CO_POINTS + i] = s));
      unchecked((out[CO_SUMMARY + CO_T_BUYBACK * CO_POINTS + i] = b * s * V));
      unchecked((out[CO_SUMMARY + CO_T_NEEDED * CO_POINTS + i] = dilution + X * theta * s * V));
    }
  }
  return margin;
}

/** Model 5 run: params in CO_P order → [summary | share s = 10⁻⁵ … 10⁻¹, buybacks, what they must cover]; src/models/claims/coordination.ts computeCoordination. */
export function claimRunCoordination(params: Float64Array): Float64Array {
  const p = readParams(params, CO_PARAMS);
  if (p === null) return new Float64Array(0);
  const out = new Float64Array(CO_SUMMARY + CO_SERIES * CO_POINTS);
  coordinationKernel(p, out, true);
  return out;
}

/** Model 5 verdict margins over a grid (row-major, rows = bValues); the map worker, one call per tile. */
export function claimSweepCoordination(
  params: Float64Array, axisA: i32, axisB: i32, aValues: Float64Array, bValues: Float64Array,
): Float64Array {
  return sweep(coordinationKernel, CO_PARAMS, CO_SUMMARY, params, axisA, axisB, aValues, bValues);
}
