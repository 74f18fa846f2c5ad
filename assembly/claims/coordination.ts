// Model 5 (Claim 5, "Linux gave the code away; the coordinators captured the value"): how much of
// the spend on a stack with free weights and code does the coordination layer capture, and does a
// permissionless token network pass it to its token holders? A static Cournot (Lerner) estimate.
// Equations: /work/shared/facts.md "Model 5"; layout: ./layout.ts (CO_*).
import {
  SUM_N, SUM_MARGIN,
  CO_P_V, CO_P_N_CENT, CO_P_N_DEC, CO_P_EPS, CO_P_THETA, CO_P_NET_SHARE, CO_P_B, CO_P_SIGMA, CO_P_E, CO_P_P,
  CO_P_X, CO_PARAMS,
  CO_S_L_DEC, CO_S_L_CENT, CO_S_PI_DEC, CO_S_PI_CENT, CO_S_CODE, CO_S_REV, CO_S_BUYBACK, CO_S_DILUTION,
  CO_S_FLOW, CO_S_N_STAR, CO_S_E_USD, CO_S_X, CO_SUMMARY,
  CO_T_N, CO_T_L, CO_SERIES, CO_POINTS,
} from './layout';
import { logRatio, readParams, sweep } from './common';

/** The Lerner index cannot exceed 1 (price can at most be all margin): L_max of the facts. */
const L_MAX: f64 = 1.0;

/** Symmetric-Cournot Lerner index L = 1/(N_eff·ε), capped at L_max. */
// @ts-ignore: decorator
@inline
function lerner(nEff: f64, eps: f64): f64 {
  const l = 1.0 / (max(nEff, 1e-9) * max(eps, 1e-9));
  return l > L_MAX ? L_MAX : l;
}

export function coordinationKernel(p: StaticArray<f64>, out: Float64Array, series: bool): f64 {
  const V = unchecked(p[CO_P_V]);
  const eps = unchecked(p[CO_P_EPS]);
  const theta = unchecked(p[CO_P_THETA]);
  const X = unchecked(p[CO_P_X]);
  const lDec = lerner(unchecked(p[CO_P_N_DEC]), eps);
  const lCent = lerner(unchecked(p[CO_P_N_CENT]), eps);
  const piDec = lDec * V;
  const code = theta * V;
  const rev = unchecked(p[CO_P_NET_SHARE]) * V;
  const buyback = unchecked(p[CO_P_B]) * rev;
  const eUsd = unchecked(p[CO_P_E]) * 365.0 * unchecked(p[CO_P_P]);
  const dilution = unchecked(p[CO_P_SIGMA]) * eUsd;
  // Holds when the network's coordination profit is ≫ (X times) what the code layer captures AND
  // token holders' net flow F = b·Rev − σ·E_usd is positive; both as ln ratios.
  const margin = min(logRatio(piDec, X * code), logRatio(buyback, dilution));
  // N_eff at which L·V falls to X·θ·V: 1/(ε·X·θ); ∞ when θ = 0, −1 when L_max cannot reach X·θ.
  const need = X * theta;
  const nStar = need > L_MAX ? -1.0 : need > 0 ? 1.0 / (max(eps, 1e-9) * need) : Infinity;

  out[SUM_N] = <f64>CO_POINTS;
  out[SUM_MARGIN] = margin;
  out[CO_S_L_DEC] = lDec;
  out[CO_S_L_CENT] = lCent;
  out[CO_S_PI_DEC] = piDec;
  out[CO_S_PI_CENT] = lCent * V;
  out[CO_S_CODE] = code;
  out[CO_S_REV] = rev;
  out[CO_S_BUYBACK] = buyback;
  out[CO_S_DILUTION] = dilution;
  out[CO_S_FLOW] = buyback - dilution;
  out[CO_S_N_STAR] = nStar;
  out[CO_S_E_USD] = eUsd;
  out[CO_S_X] = X;
  if (series) {
    for (let i = 0; i < CO_POINTS; i++) {
      const n = <f64>(i + 1);
      unchecked((out[CO_SUMMARY + CO_T_N * CO_POINTS + i] = n));
      unchecked((out[CO_SUMMARY + CO_T_L * CO_POINTS + i] = lerner(n, eps)));
    }
  }
  return margin;
}

/** Model 5 run: params in CO_P order → [summary | N_eff = 1 … 200 and L(N_eff)]; src/models/claims/coordination.ts computeCoordination. */
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
