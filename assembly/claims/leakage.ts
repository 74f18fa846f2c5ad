// Model 2 (Claim 2). Formalises the essay's “Liquidity does not leak. The coordination layer — who
// pays, who earns, how incentives flow — is where value sticks.” (Ezza): after a lab open-sources a
// model, does the spending on that model flow to the network (a subnet marketplace, B) rather than
// stay with the lab that made it (O) or go to centralized hosts (C)?
//
// Daily, one year. Users choose where to run the model in a nested logit: the lab's own API against
// the third-party hosts as one nest, and within the nest the subnet against the centralized hosts.
// Utilities U_i = −β ln p_i + α_i with α_O(t) = α₀·e^(−t/τ_α) + α_F (head start plus lasting edge),
// α_B the subnet's own appeal (trust, privacy, reliability) and α_C = 0 (the reference). Inside the
// nest users compare hosts by β_H ≥ β (λ = β / β_H), so at equal prices and appeal the lab keeps
// 1/(1 + 2^λ): one half when the hosts are interchangeable, not a third for counting host groups.
// Verdict: the subnet earns more of the year's spending than either the lab or the centralized
// hosts, margin ln(ψ_B / max(ψ_O, ψ_C)). Layout: ./layout.ts (LK_*).
import {
  SUM_N, SUM_MARGIN,
  LK_P_PO, LK_P_PB, LK_P_PC, LK_P_LB, LK_P_LC, LK_P_BETA, LK_P_BETA_H, LK_P_ALPHA0, LK_P_TAU_ALPHA, LK_P_ALPHA_F,
  LK_P_ALPHA_B, LK_P_DELTA_SUB, LK_P_EMISSIONS_FALL, LK_P_LICENCE, LK_P_DEMAND_GROWTH, LK_P_K, LK_P_RHO,
  LK_PARAMS,
  LK_S_PHI_O, LK_S_PHI_B, LK_S_PHI_C, LK_S_EARN_O, LK_S_EARN_B, LK_S_EARN_C, LK_S_OVERTAKE_DAY,
  LK_S_SO_END, LK_S_SB_END, LK_S_PB_PAID, LK_S_D_END, LK_S_D_MID, LK_SUMMARY,
  LK_T_SO, LK_T_SB, LK_T_SC, LK_T_EO, LK_T_EB, LK_T_EC, LK_T_ALPHA_O, LK_T_DEMAND, LK_T_DERIVATIVES,
  LK_SERIES, LK_DAYS,
} from './layout';
import { flag, logRatio, readParams, sweep } from './common';
import { DAYS_PER_MONTH } from './tao-clock';

/** Day on which the derivative curve passes 1 (Stanford Alpaca, 17 days after the LLaMA announcement). */
const FIRST_DERIVATIVE_DAY: f64 = 17.0;
/** Prices below $0.0001 per 1M tokens count as $0.0001, so ln p stays finite (sliders stop at $0.01). */
const MIN_PRICE: f64 = 1e-4;
/** Smallest nest parameter λ = β/β_H: keeps α/λ finite when β is 0 (sliders keep λ ≥ 1/60). */
const MIN_LAMBDA: f64 = 1e-3;

export function leakageKernel(p: StaticArray<f64>, out: Float64Array, series: bool): f64 {
  const beta = unchecked(p[LK_P_BETA]);
  // Hosts are compared at least as closely as the lab is with them: within the nest the price
  // exponent is β_H' = max(β, β_H) and λ = β / β_H' ≤ 1 (a nested logit consistent with utility).
  const betaH = max(beta, unchecked(p[LK_P_BETA_H]));
  const lambda = betaH > 0.0 ? max(beta / betaH, MIN_LAMBDA) : 1.0;
  const lb = unchecked(p[LK_P_LB]);
  const lc = unchecked(p[LK_P_LC]);
  const alpha0 = unchecked(p[LK_P_ALPHA0]);
  const tauAlpha = max(unchecked(p[LK_P_TAU_ALPHA]), 1e-9);
  const alphaF = unchecked(p[LK_P_ALPHA_F]);
  const alphaB = unchecked(p[LK_P_ALPHA_B]);
  const licence = flag(unchecked(p[LK_P_LICENCE]));
  // "Emissions fall": the subnet loses the subsidy it was passing through, so its price rises by Δ_sub.
  const pO = max(unchecked(p[LK_P_PO]), MIN_PRICE);
  const pB = max(unchecked(p[LK_P_PB]) + (flag(unchecked(p[LK_P_EMISSIONS_FALL])) ? unchecked(p[LK_P_DELTA_SUB]) : 0.0), MIN_PRICE);
  const pC = max(unchecked(p[LK_P_PC]), MIN_PRICE);
  const uOPrice = -beta * Math.log(pO);
  // Within the hosts' nest: U_j/λ = −β_H' ln p_j + α_j/λ.
  const gB = -betaH * Math.log(pB) + alphaB / lambda;
  const gC = -betaH * Math.log(pC);
  // The nest when both host groups serve: the subnet's share of it and its inclusive value λ·ln Σ e^(U_j/λ).
  const gMax = max(gB, gC);
  const eB = Math.exp(gB - gMax);
  const eC = Math.exp(gC - gMax);
  const bothB = eB / (eB + eC);
  const bothIV = lambda * (gMax + Math.log(eB + eC));
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
  let earnO = 0.0;
  let earnB = 0.0;
  let earnC = 0.0;
  let overtake = -1;
  let sO = 1.0;
  let sB = 0.0;
  for (let t = 0; t < LK_DAYS; t++) {
    const day = <f64>t;
    const alphaO = advantage + alphaF;
    // A licence that keeps third-party hosts out closes the nest; otherwise each group opens after its lag.
    const hasB = !licence && day >= lb;
    const hasC = !licence && day >= lc;
    let sC = 0.0;
    if (hasB || hasC) {
      const inB = hasB ? (hasC ? bothB : 1.0) : 0.0;
      const iv = hasB ? (hasC ? bothIV : lambda * gB) : lambda * gC;
      // Upper level: the lab's API against the nest, a binary logit on U_O and the nest's value.
      const d = uOPrice + alphaO - iv;
      sO = 1.0 / (1.0 + Math.exp(-d));
      const sH = 1.0 / (1.0 + Math.exp(d));
      sB = sH * inB;
      sC = sH * (1.0 - inB);
    } else {
      sO = 1.0;
      sB = 0.0;
    }
    const spendO = sO * pO;
    const spendB = sB * pB;
    const spendC = sC * pC;
    phiO += sO * Q;
    phiB += sB * Q;
    phiC += sC * Q;
    earnO += spendO * Q;
    earnB += spendB * Q;
    earnC += spendC * Q;
    sumQ += Q;
    if (overtake < 0 && sB > sO) overtake = t;
    if (series) {
      const spend = spendO + spendB + spendC;
      unchecked((out[LK_SUMMARY + LK_T_SO * LK_DAYS + t] = sO));
      unchecked((out[LK_SUMMARY + LK_T_SB * LK_DAYS + t] = sB));
      unchecked((out[LK_SUMMARY + LK_T_SC * LK_DAYS + t] = sC));
      unchecked((out[LK_SUMMARY + LK_T_EO * LK_DAYS + t] = spendO / spend));
      unchecked((out[LK_SUMMARY + LK_T_EB * LK_DAYS + t] = spendB / spend));
      unchecked((out[LK_SUMMARY + LK_T_EC * LK_DAYS + t] = spendC / spend));
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
  const earned = earnO + earnB + earnC;
  earnO /= earned;
  earnB /= earned;
  earnC /= earned;

  // Holds when the subnet earns more of the year's spending on the model than the lab that made it
  // and more than the centralized hosts: the liquidity the release creates flows to the network.
  const margin = logRatio(earnB, max(earnO, earnC));
  out[SUM_N] = <f64>LK_DAYS;
  out[SUM_MARGIN] = margin;
  out[LK_S_PHI_O] = phiO;
  out[LK_S_PHI_B] = phiB;
  out[LK_S_PHI_C] = phiC;
  out[LK_S_EARN_O] = earnO;
  out[LK_S_EARN_B] = earnB;
  out[LK_S_EARN_C] = earnC;
  out[LK_S_OVERTAKE_DAY] = <f64>overtake;
  out[LK_S_SO_END] = sO;
  out[LK_S_SB_END] = sB;
  out[LK_S_PB_PAID] = pB;
  out[LK_S_D_END] = K / (1.0 + Math.exp(-rho * (<f64>(LK_DAYS - 1) - tHalf)));
  out[LK_S_D_MID] = tHalf;
  return margin;
}

/** Model 2 run: params in LK_P order → [summary | 9 daily series of 366]; src/models/claims/leakage.ts computeLeakage. */
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
