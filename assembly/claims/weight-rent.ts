// Model 1 (Claim 1, "TAO competes on markets, not weights"): is it worth more to own a model's
// weights (a price premium that decays as open models catch up) or the market that serves every
// model (a take per token times market share), net of the emission subsidy that market pays out?
// Equations: /work/shared/facts.md "Model 1"; layout: ./layout.ts (WR_*).
import {
  SUM_N, SUM_MARGIN,
  WR_P_Q0, WR_P_G, WR_P_M0, WR_P_TAU_W, WR_P_K, WR_P_S0, WR_P_A, WR_P_CH, WR_P_E0, WR_P_HALVING_MONTH,
  WR_P_DRIFT, WR_P_R, WR_P_KAPPA, WR_P_H, WR_PARAMS,
  WR_S_VW, WR_S_VK, WR_S_VK_NET, WR_S_RATIO, WR_S_MAX_CR, WR_S_FIRST_COVERED, WR_S_HALVING_AT, WR_S_CR0,
  WR_S_SHARE_END, WR_S_H, WR_SUMMARY,
  WR_T_PREMIUM, WR_T_SHARE, WR_T_DEMAND, WR_T_SUBSIDY, WR_T_COVERAGE, WR_T_WEIGHT_RENT, WR_T_MARKET_RENT,
  WR_T_CUM_VW, WR_T_CUM_VK_NET, WR_SERIES,
} from './layout';
import { LOG_EPS, clamp, clampMargin, logRatio, readParams, sweep } from './common';
import { TaoClock, startIssuance, secondHalvingSpan } from './tao-clock';

/** Longest horizon the model accepts (months); the slider stops at 120. */
const MAX_H: i32 = 600;

/** Horizon in months from the H parameter (rounded; at least one month). */
function horizon(h: f64): i32 {
  return isFinite(h) ? <i32>clamp(Math.round(h), 1.0, <f64>MAX_H) : 1;
}

export function weightRentKernel(p: StaticArray<f64>, out: Float64Array, series: bool): f64 {
  const Q0 = unchecked(p[WR_P_Q0]);
  const g = unchecked(p[WR_P_G]);
  const m0 = unchecked(p[WR_P_M0]);
  const tauW = max(unchecked(p[WR_P_TAU_W]), 1e-9);
  const k = unchecked(p[WR_P_K]);
  const a = unchecked(p[WR_P_A]);
  const ch = unchecked(p[WR_P_CH]);
  const E0 = unchecked(p[WR_P_E0]);
  const halvingMonth = max(unchecked(p[WR_P_HALVING_MONTH]), 1e-9);
  const drift = unchecked(p[WR_P_DRIFT]);
  const r = unchecked(p[WR_P_R]);
  const kappa = unchecked(p[WR_P_KAPPA]);
  const H = horizon(unchecked(p[WR_P_H]));
  const n = H + 1;

  // The issuance clock runs at the pace that puts the second halving `halvingMonth` months after
  // the first (t = 0); recycling is what slows the real chain below its natural ≈ 48 months. The
  // subsidy follows the market core's block emission at that issuance, relative to t = 0.
  const clock = new TaoClock(startIssuance());
  const e0 = clock.perBlock;
  const blocksPerMonth = secondHalvingSpan() / (halvingMonth * e0);

  const decay = Math.exp(-1.0 / tauW);
  let Q = Q0;
  let m = m0;
  let S = clamp(unchecked(p[WR_P_S0]), 0.0, 1.0);
  let price = 1.0; // π(t), the TAO price multiplier
  let disc = 1.0; // (1 + r)^−t
  let Vw = 0.0;
  let Vk = 0.0;
  let subsidyCost = 0.0;
  let maxCR = 0.0;
  let firstCovered = -1;
  let halvingAt = -1;
  let cr0 = 0.0;
  let shareEnd = S;

  for (let t = 0; t < n; t++) {
    const emission = clock.perBlock;
    if (halvingAt < 0 && emission < e0) halvingAt = t;
    const E = e0 > 0 ? E0 * (emission / e0) * price : 0.0;
    const weightRent = m * Q / 1e6;
    const marketRent = k * S * Q / 1e6;
    Vw += weightRent * disc;
    Vk += marketRent * disc;
    subsidyCost += (1.0 - kappa) * E * disc;
    // Coverage with the same ε as the margins, so a month with no subsidy reads as covered, not ∞.
    const cr = (marketRent + LOG_EPS) / (E + LOG_EPS);
    if (t == 0) cr0 = cr;
    if (cr > maxCR) maxCR = cr;
    if (firstCovered < 0 && cr >= 1.0) firstCovered = t;
    shareEnd = S;
    if (series) {
      unchecked((out[WR_SUMMARY + WR_T_PREMIUM * n + t] = m));
      unchecked((out[WR_SUMMARY + WR_T_SHARE * n + t] = S));
      unchecked((out[WR_SUMMARY + WR_T_DEMAND * n + t] = Q));
      unchecked((out[WR_SUMMARY + WR_T_SUBSIDY * n + t] = E));
      unchecked((out[WR_SUMMARY + WR_T_COVERAGE * n + t] = cr));
      unchecked((out[WR_SUMMARY + WR_T_WEIGHT_RENT * n + t] = weightRent));
      unchecked((out[WR_SUMMARY + WR_T_MARKET_RENT * n + t] = marketRent));
      unchecked((out[WR_SUMMARY + WR_T_CUM_VW * n + t] = Vw));
      unchecked((out[WR_SUMMARY + WR_T_CUM_VK_NET * n + t] = Vk - subsidyCost));
    }
    // Logistic share with churn; clamped because a > 1 or ch > 1 would overshoot.
    S = clamp(S + a * S * (1.0 - S) - ch * S, 0.0, 1.0);
    Q *= 1.0 + g;
    m *= decay;
    price *= 1.0 + drift;
    disc /= 1.0 + r;
    clock.advance(blocksPerMonth);
  }

  // Holds when market rent beats weight rent AND the take covers the subsidy in some month ≤ H.
  const margin = min(logRatio(Vk, Vw), clampMargin(Math.log(maxCR)));
  out[SUM_N] = <f64>n;
  out[SUM_MARGIN] = margin;
  out[WR_S_VW] = Vw;
  out[WR_S_VK] = Vk;
  out[WR_S_VK_NET] = Vk - subsidyCost;
  out[WR_S_RATIO] = (Vk + LOG_EPS) / (Vw + LOG_EPS);
  out[WR_S_MAX_CR] = maxCR;
  out[WR_S_FIRST_COVERED] = <f64>firstCovered;
  out[WR_S_HALVING_AT] = <f64>halvingAt;
  out[WR_S_CR0] = cr0;
  out[WR_S_SHARE_END] = shareEnd;
  out[WR_S_H] = <f64>H;
  return margin;
}

/** Model 1 run: params in WR_P order → [summary | 9 monthly series of H + 1]; src/models/claims/weight-rent.ts computeWeightRent. */
export function claimRunWeightRent(params: Float64Array): Float64Array {
  const p = readParams(params, WR_PARAMS);
  if (p === null) return new Float64Array(0);
  const n = horizon(unchecked(p[WR_P_H])) + 1;
  const out = new Float64Array(WR_SUMMARY + WR_SERIES * n);
  weightRentKernel(p, out, true);
  return out;
}

/** Model 1 verdict margins over a grid (row-major, rows = bValues); the map worker, one call per tile. */
export function claimSweepWeightRent(
  params: Float64Array, axisA: i32, axisB: i32, aValues: Float64Array, bValues: Float64Array,
): Float64Array {
  return sweep(weightRentKernel, WR_PARAMS, WR_SUMMARY, params, axisA, axisB, aValues, bValues);
}
