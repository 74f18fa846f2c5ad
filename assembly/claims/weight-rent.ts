// Model 1 (Claim 1) formalises the essay's sentence "TAO doesn’t compete on weights — it competes on
// markets." Over a horizon H, is it worth more to own a model's weights or the market that serves
// every model, once each side pays for keeping its edge?
// - The weights: a lab re-releases every T_r months; each release costs C_r and restores a price
//   premium m₀ (per 1M tokens, blended) that decays with time constant τ_w as open models catch up,
//   earned on the lab's share w of the open-model market Q(t). A sawtooth, renewed, not a one-off.
// - The market: a take k (per 1M tokens, blended) on its share S(t) of the same market Q(t). Its
//   share grows as the emission subsidy buys it (growth ∝ the subsidy's dollar value, so a halving or
//   a falling TAO price slows it) and churns at ch; the subsidy it pays out is dilution, of which the
//   reader may count a part κ as investment.
// Holds when the market's value net of its dilution beats the weights' value net of the releases,
// and the market's take pays for the dilution over the horizon (present values, so no single
// month, such as the halving's, decides it). Layout: ./layout.ts (WR_*).
import {
  SUM_N, SUM_MARGIN,
  WR_P_Q0, WR_P_G, WR_P_M0, WR_P_TAU_W, WR_P_TR, WR_P_W, WR_P_CR, WR_P_K, WR_P_S0, WR_P_A, WR_P_CH, WR_P_E0,
  WR_P_HALVING_MONTH, WR_P_DRIFT, WR_P_R, WR_P_KAPPA, WR_P_H, WR_PARAMS,
  WR_S_VW, WR_S_RELEASE_COST, WR_S_VW_NET, WR_S_VK, WR_S_DILUTION, WR_S_VK_NET, WR_S_PV_COVER, WR_S_COVER_NEEDED,
  WR_S_FIRST_COVERED, WR_S_HALVING_AT, WR_S_CR0, WR_S_SHARE_END, WR_S_RELEASES, WR_S_H, WR_SUMMARY,
  WR_T_PREMIUM, WR_T_SHARE, WR_T_DEMAND, WR_T_SUBSIDY, WR_T_COVERAGE, WR_T_WEIGHT_RENT, WR_T_MARKET_RENT,
  WR_T_CUM_VW_NET, WR_T_CUM_VK_NET, WR_SERIES,
} from './layout';
import { LOG_EPS, clamp, logRatio, readParams, sweep } from './common';
import { TaoClock } from './tao-clock';
import { halvingIssuance } from '../market/issuance';

/** Longest horizon the model accepts (months); the slider stops at 120. */
const MAX_H: i32 = 600;
/** Shortest gap between releases the model accepts (months); the slider starts at 1. */
const MIN_TR: f64 = 0.5;
/** TAO issued by 8 Oct 2026, month 0 (facts-2026h2 §1: TotalIssuance ≈ 11.5976M). */
export const WR_TODAY_ISSUANCE: f64 = 11_597_600.0;
/** The subsidy at which share growth a is quoted, $ per month: Chutes' 329 TAO/day at $268.37 over
 *  30.44 days ≈ $2.69M (facts-2026h2 §1), the E₀ slider's default. */
export const WR_SUBSIDY_REF: f64 = 2.69e6;

/** Horizon in months from the H parameter (rounded; at least one month). */
function horizon(h: f64): i32 {
  return isFinite(h) ? <i32>clamp(Math.round(h), 1.0, <f64>MAX_H) : 1;
}

export function weightRentKernel(p: StaticArray<f64>, out: Float64Array, series: bool): f64 {
  const Q0 = unchecked(p[WR_P_Q0]);
  const g = unchecked(p[WR_P_G]);
  const m0 = unchecked(p[WR_P_M0]);
  const tauW = max(unchecked(p[WR_P_TAU_W]), 1e-9);
  let Tr = unchecked(p[WR_P_TR]);
  if (!(Tr >= MIN_TR)) Tr = MIN_TR; // NaN, 0 and negatives too
  const w = unchecked(p[WR_P_W]);
  const Cr = unchecked(p[WR_P_CR]);
  const k = unchecked(p[WR_P_K]);
  const a = unchecked(p[WR_P_A]);
  const ch = unchecked(p[WR_P_CH]);
  const E0 = unchecked(p[WR_P_E0]);
  const halvingMonth = max(unchecked(p[WR_P_HALVING_MONTH]), 1e-9);
  const drift = unchecked(p[WR_P_DRIFT]);
  const r = unchecked(p[WR_P_R]);
  const kappa = clamp(unchecked(p[WR_P_KAPPA]), 0.0, 1.0);
  const H = horizon(unchecked(p[WR_P_H]));
  const n = H + 1;

  // The issuance clock starts at today's issuance and runs at the pace that puts the next halving
  // `halvingMonth` months from now (recycling is what slows the chain); the subsidy follows the market
  // core's block emission. One TAO of slack puts the halving in month ⌈halvingMonth⌉, never later.
  const clock = new TaoClock(WR_TODAY_ISSUANCE);
  const e0 = clock.perBlock;
  const blocksPerMonth = (halvingIssuance(2) - WR_TODAY_ISSUANCE + 1.0) / (halvingMonth * e0);

  let Q = Q0;
  let S = clamp(unchecked(p[WR_P_S0]), 0.0, 1.0);
  let price = 1.0; // π(t), the TAO price multiplier
  let disc = 1.0; // (1 + r)^−t
  let nextRelease = 0.0; // the lab releases in month 0, then every Tr months
  let lastRelease = 0.0;
  let releases = 0;
  let Vw = 0.0;
  let releaseCost = 0.0;
  let Vk = 0.0;
  let dilution = 0.0;
  let subsidyPV = 0.0;
  let firstCovered = -1;
  let halvingAt = -1;
  let cr0 = 0.0;
  let shareEnd = S;

  for (let t = 0; t < n; t++) {
    const tf = <f64>t;
    while (nextRelease <= tf) {
      releaseCost += Cr * disc;
      releases++;
      lastRelease = nextRelease;
      nextRelease += Tr;
    }
    const m = m0 * Math.exp(-(tf - lastRelease) / tauW);
    const emission = clock.perBlock;
    if (halvingAt < 0 && emission < e0) halvingAt = t;
    const E = e0 > 0 ? E0 * (emission / e0) * price : 0.0;
    const weightRent = m * w * Q / 1e6;
    const marketRent = k * S * Q / 1e6;
    Vw += weightRent * disc;
    Vk += marketRent * disc;
    dilution += (1.0 - kappa) * E * disc;
    subsidyPV += E * disc;
    // Coverage with the same ε as the margins, so a month with no subsidy reads as covered, not ∞.
    const cr = (marketRent + LOG_EPS) / (E + LOG_EPS);
    if (t == 0) cr0 = cr;
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
      unchecked((out[WR_SUMMARY + WR_T_CUM_VW_NET * n + t] = Vw - releaseCost));
      unchecked((out[WR_SUMMARY + WR_T_CUM_VK_NET * n + t] = Vk - dilution));
    }
    // Logistic share growth bought by the subsidy's dollar value (a at WR_SUBSIDY_REF), less churn;
    // clamped because large rates would overshoot.
    const bought = a * (E / WR_SUBSIDY_REF);
    S = clamp(S + bought * S * (1.0 - S) - ch * S, 0.0, 1.0);
    Q *= 1.0 + g;
    price *= 1.0 + drift;
    disc /= 1.0 + r;
    clock.advance(blocksPerMonth);
  }

  // Net of each side's cost of keeping its edge: V_k − D > V_w − C ⇔ V_k + C > V_w + D (both sides
  // positive, so the margin is a log ratio), and the take pays for the dilution: V_k > D.
  const margin = min(logRatio(Vk + releaseCost, Vw + dilution), logRatio(Vk, dilution));
  out[SUM_N] = <f64>n;
  out[SUM_MARGIN] = margin;
  out[WR_S_VW] = Vw;
  out[WR_S_RELEASE_COST] = releaseCost;
  out[WR_S_VW_NET] = Vw - releaseCost;
  out[WR_S_VK] = Vk;
  out[WR_S_DILUTION] = dilution;
  out[WR_S_VK_NET] = Vk - dilution;
  out[WR_S_PV_COVER] = (Vk + LOG_EPS) / (subsidyPV + LOG_EPS);
  out[WR_S_COVER_NEEDED] = 1.0 - kappa;
  out[WR_S_FIRST_COVERED] = <f64>firstCovered;
  out[WR_S_HALVING_AT] = <f64>halvingAt;
  out[WR_S_CR0] = cr0;
  out[WR_S_SHARE_END] = shareEnd;
  out[WR_S_RELEASES] = <f64>releases;
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
