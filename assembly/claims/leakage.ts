// Model 2 (Claim 2, "weights leak, liquidity does not"): after a lab open-sources a model, what
// share of the demand for that model does the originator keep, against a subnet marketplace (B)
// and centralized hosts (C)? A daily logit over price and a decaying originator advantage.
// Equations: /work/shared/facts.md "Model 2"; layout: ./layout.ts (LK_*).
import {
  SUM_N, SUM_MARGIN,
  LK_P_PO, LK_P_PB, LK_P_PC, LK_P_LB, LK_P_LC, LK_P_BETA, LK_P_ALPHA0, LK_P_TAU_ALPHA, LK_P_ALPHA_F,
  LK_P_DELTA_SUB, LK_P_EMISSIONS_FALL, LK_P_LICENCE, LK_P_THRESHOLD, LK_P_DEMAND_GROWTH, LK_P_K, LK_P_RHO,
  LK_PARAMS,
  LK_S_PHI_O, LK_S_PHI_B, LK_S_PHI_C, LK_S_OVERTAKE_DAY, LK_S_THRESHOLD, LK_S_SO_END, LK_S_SB_END,
  LK_S_D_END, LK_S_D_MID, LK_SUMMARY,
  LK_T_SO, LK_T_SB, LK_T_SC, LK_T_ALPHA_O, LK_T_DEMAND, LK_T_DERIVATIVES, LK_SERIES, LK_DAYS,
} from './layout';
import { clampMargin, flag, readParams, sweep } from './common';
import { DAYS_PER_MONTH } from './tao-clock';

/** Day on which the derivative curve passes 1 (Stanford Alpaca, 17 days after the LLaMA announcement). */
const FIRST_DERIVATIVE_DAY: f64 = 17.0;
/** Prices below $0.0001 per 1M tokens count as $0.0001, so p^−β stays finite (sliders stop at $0.01). */
const MIN_PRICE: f64 = 1e-4;

/** p^−β, the price part of exp(U) = exp(−β ln p + α). */
// @ts-ignore: decorator
@inline
function priceWeight(price: f64, beta: f64): f64 {
  return Math.exp(-beta * Math.log(max(price, MIN_PRICE)));
}

export function leakageKernel(p: StaticArray<f64>, out: Float64Array, series: bool): f64 {
  const beta = unchecked(p[LK_P_BETA]);
  const lb = unchecked(p[LK_P_LB]);
  const lc = unchecked(p[LK_P_LC]);
  const alpha0 = unchecked(p[LK_P_ALPHA0]);
  const tauAlpha = max(unchecked(p[LK_P_TAU_ALPHA]), 1e-9);
  const alphaF = unchecked(p[LK_P_ALPHA_F]);
  const licence = flag(unchecked(p[LK_P_LICENCE]));
  const threshold = unchecked(p[LK_P_THRESHOLD]);
  // "Emissions fall": the subnet loses the subsidy it was passing through, so its price rises by Δ_sub.
  const pB = unchecked(p[LK_P_PB]) + (flag(unchecked(p[LK_P_EMISSIONS_FALL])) ? unchecked(p[LK_P_DELTA_SUB]) : 0.0);
  const wO = priceWeight(unchecked(p[LK_P_PO]), beta);
  const wB = priceWeight(pB, beta);
  const wC = priceWeight(unchecked(p[LK_P_PC]), beta);
  const decay = Math.exp(-1.0 / tauAlpha);
  const dailyGrowth = Math.pow(max(1.0 + unchecked(p[LK_P_DEMAND_GROWTH]), 0.0), 1.0 / DAYS_PER_MONTH);

  // Display-only derivative curve: D = K / (1 + e^(−ρ(t − t½))) with t½ set so that D(17) = 1.
  const K = max(unchecked(p[LK_P_K]), 1.0 + 1e-9);
  const rho = max(unchecked(p[LK_P_RHO]), 1e-9);
  const tHalf = FIRST_DERIVATIVE_DAY + Math.log(K - 1.0) / rho;

  let advantage = alpha0; // α₀·e^(−t/τ_α)
  let Q = 1.0;
  let sumQ = 0.0;
  let phiO = 0.0;
  let phiB = 0.0;
  let phiC = 0.0;
  let overtake = -1;
  let sO = 1.0;
  let sB = 0.0;
  for (let t = 0; t < LK_DAYS; t++) {
    const day = <f64>t;
    const alphaO = advantage + alphaF;
    const uO = wO * Math.exp(alphaO);
    // A licence that keeps third-party hosts out sets A_B = A_C = 0; otherwise each opens after its lag.
    const uB = !licence && day >= lb ? wB : 0.0;
    const uC = !licence && day >= lc ? wC : 0.0;
    const total = uO + uB + uC;
    sO = uO / total;
    sB = uB / total;
    const sC = uC / total;
    phiO += sO * Q;
    phiB += sB * Q;
    phiC += sC * Q;
    sumQ += Q;
    if (overtake < 0 && sB > sO) overtake = t;
    if (series) {
      unchecked((out[LK_SUMMARY + LK_T_SO * LK_DAYS + t] = sO));
      unchecked((out[LK_SUMMARY + LK_T_SB * LK_DAYS + t] = sB));
      unchecked((out[LK_SUMMARY + LK_T_SC * LK_DAYS + t] = sC));
      unchecked((out[LK_SUMMARY + LK_T_ALPHA_O * LK_DAYS + t] = alphaO));
      unchecked((out[LK_SUMMARY + LK_T_DEMAND * LK_DAYS + t] = Q));
      unchecked((out[LK_SUMMARY + LK_T_DERIVATIVES * LK_DAYS + t] = K / (1.0 + Math.exp(-rho * (day - tHalf)))));
    }
    advantage *= decay;
    Q *= dailyGrowth;
  }
  phiO /= sumQ;
  phiB /= sumQ;
  phiC /= sumQ;

  // Holds when the originator keeps less than the threshold of the demand for its own model.
  const margin = clampMargin(threshold - phiO);
  out[SUM_N] = <f64>LK_DAYS;
  out[SUM_MARGIN] = margin;
  out[LK_S_PHI_O] = phiO;
  out[LK_S_PHI_B] = phiB;
  out[LK_S_PHI_C] = phiC;
  out[LK_S_OVERTAKE_DAY] = <f64>overtake;
  out[LK_S_THRESHOLD] = threshold;
  out[LK_S_SO_END] = sO;
  out[LK_S_SB_END] = sB;
  out[LK_S_D_END] = K / (1.0 + Math.exp(-rho * (<f64>(LK_DAYS - 1) - tHalf)));
  out[LK_S_D_MID] = tHalf;
  return margin;
}

/** Model 2 run: params in LK_P order → [summary | 6 daily series of 366]; src/models/claims/leakage.ts computeLeakage. */
export function claimRunLeakage(params: Float64Array): Float64Array {
  const p = readParams(params, LK_PARAMS);
  if (p === null) return new Float64Array(0);
  const out = new Float64Array(LK_SUMMARY + LK_SERIES * LK_DAYS);
  leakageKernel(p, out, true);
  return out;
}

/** Model 2 verdict margins over a grid (row-major, rows = bValues); the map worker, one call per tile. */
export function claimSweepLeakage(
  params: Float64Array, axisA: i32, axisB: i32, aValues: Float64Array, bValues: Float64Array,
): Float64Array {
  return sweep(leakageKernel, LK_PARAMS, LK_SUMMARY, params, axisA, axisB, aValues, bValues);
}
