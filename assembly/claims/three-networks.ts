// Model 3 (Claim 3, "competitors are fuel for TAO"): three networks compete for GPUs and demand —
// B, a Bittensor inference/fine-tune subnet cluster that hosts any open model; A, an Ambient-style
// single-model chain; C, centralized and first-party hosts. Outside labs release open models at
// random (seeded) times; B and C add each one after a lag, A never does. Does one more release
// raise B's share (fuel), and does B's share survive the next halving while revenue covers emissions?
// Equations: /work/shared/facts.md "Model 3"; layout: ./layout.ts (TN_*).
import {
  SUM_N, SUM_MARGIN,
  TN_P_QTOT, TN_P_PB0, TN_P_W_INF, TN_P_MU, TN_P_SIGMA, TN_P_B, TN_P_C_GPU, TN_P_N_SMALL, TN_P_N_FRONT,
  TN_P_N_A, TN_P_K_THR, TN_P_LAMBDA, TN_P_LB, TN_P_LC, TN_P_BETA, TN_P_GAMMA, TN_P_DELTA, TN_P_KAPPA,
  TN_P_ETA, TN_P_FS, TN_P_EA, TN_P_PSI, TN_P_NU, TN_P_C_PRICE, TN_P_SHOCK, TN_P_SHOCK_WEEK, TN_P_SEED, TN_PARAMS,
  TN_S_FUEL, TN_S_SB0, TN_S_SB_PRE_HALVING, TN_S_SB_END, TN_S_CR_END, TN_S_CR_MAX, TN_S_CR_WEEK,
  TN_S_COLLAPSE_WEEK, TN_S_HALVING_WEEK, TN_S_SA_END, TN_S_SC_END, TN_S_PB_END, TN_S_RELEASES, TN_S_MU_DTAO,
  TN_SUMMARY,
  TN_T_SB, TN_T_SA, TN_T_SC, TN_T_PB, TN_T_PA, TN_T_PC, TN_T_GB, TN_T_GA, TN_T_GC, TN_T_MB, TN_T_MC,
  TN_T_TAO_PRICE, TN_T_EB, TN_T_CR, TN_T_REV_B, TN_SERIES, TN_WEEKS,
} from './layout';
import { LOG_EPS, clamp, clampMargin, readParams, sweep } from './common';
import { SplitMix64 } from '../rng';
import { BLOCKS_PER_WEEK, DAYS_PER_MONTH, TaoClock, startIssuance } from './tao-clock';
import { BLOCKS_PER_DAY } from '../market/issuance';
import { marketTempoSplit } from '../market/split';

// Fixed assumptions (listed for the reader in src/models/claims/three-networks.ts fixedAssumptions).
const P_FLOOR: f64 = 0.01; // $ per 1M: no host charges less
const SB0: f64 = 0.12; // B's starting share in both segments (facts §1d: Chutes 120B of ≈1T tokens/day)
const SA0: f64 = 0.01; // A's starting share of the frontier segment (Ambient is on testnet)
const MB0: f64 = 50.0; // models in B's catalog at t = 0 (Chutes "50+ models", tao.media)
const MC0: f64 = 50.0; // the same open catalog at the centralized hosts
const THR_REF: f64 = 3000.0; // tokens/s per GPU for an 8B model at k_thr ×1 (networkprogrammable.com, low)
const N_REF: f64 = 8.0;
const FUEL_WEEK: i32 = 12; // the fuel coefficient is read 12 weeks after the extra release
const SECONDS_WEEK: f64 = 604800.0;
const HOURS_WEEK: f64 = 168.0;
const WEEKS: i32 = TN_WEEKS - 1;

/** SubnetOwnerCut = 11,796/65,535 (spec market.md §e, runtime `SubtensorInitialSubnetOwnerCut`). The
 *  market core takes the cut as an input (its state header, marketTempoSplit's params) rather than
 *  exporting a constant, so it is named here; the split itself is the market core's. */
const OWNER_CUT_U16: f64 = 11796.0;
let minerShare: f64 = -1;

/** μ, miners' fraction of a subnet's emission: one alpha through the market core's marketTempoSplit; the summary and claimDtaoMinerShare. */
export function dtaoMinerShare(): f64 {
  if (minerShare < 0) {
    const q = new Float64Array(10);
    q[0] = 1.0; // blocks
    q[2] = OWNER_CUT_U16 / 65535.0; // owner cut
    q[3] = 1.0; // owner cut enabled
    q[8] = 1.0; // root sell flag (no root stake, so it moves nothing)
    q[9] = 1.0; // alpha per block
    const split = marketTempoSplit(q);
    minerShare = split[2] / split[0];
  }
  return minerShare;
}

/** Days to the next release of a Poisson stream of `perDay` releases a day (∞ when there are none). */
function gapDays(rng: SplitMix64, perDay: f64): f64 {
  if (!(perDay > 0)) return Infinity;
  const u = (<f64>(rng.next() >> 11) + 1.0) * 1.1102230246251565e-16; // (0, 1]
  return -Math.log(u) / perDay;
}

// Results of the last simulate() call that the kernel needs besides `out`.
let lastShareB: f64 = 0;
let shareBAtFuelWeek: f64 = 0;

/** The schema defaults (src/models/claims/three-networks.ts; a test keeps the two equal). The
 *  networks' own appeal α_i (trust, reliability, brand: the facts' α_i, which have no sourced value)
 *  is calibrated once at these values so that week 0 reproduces the observed shares (SB0, SA0):
 *  at the defaults nothing jumps at t = 0, and moving a slider moves the starting point. */
const DEFAULTS: StaticArray<f64> = [
  7e12, 218.0, 0.15, 0.41, 0.3, 1.0, 2.0, 8.0, 37.0, 32.0, 1.0, 4.0, 7.0, 1.0, 2.0, 0.5, 0.2, 0.05, 0.5, 0.6,
  0.0, 0.5, 0.2, 1.0, 0.0, 17.0, 1.0,
];
// α per network and segment (s: small, f: frontier), relative to C's (α_C = 0).
let calibrated = false;
let calibrating = false;
let alphaBs: f64 = 0;
let alphaBf: f64 = 0;
let alphaAf: f64 = 0;

function calibrate(): void {
  calibrating = true;
  simulate(DEFAULTS, new Float64Array(0), false, false, false, 0);
  calibrating = false;
  calibrated = true;
}

/** One run over weeks 0 … lastWeek. With `extra`, one more release arrives at day 0 (the fuel test).
 *  With `record`, writes the summary (and the series when `series`) into `out`. Returns the margin. */
function simulate(p: StaticArray<f64>, out: Float64Array, series: bool, record: bool, extra: bool, lastWeek: i32): f64 {
  const Qtot = max(unchecked(p[TN_P_QTOT]), 1.0);
  const wInf = unchecked(p[TN_P_W_INF]);
  const mu = unchecked(p[TN_P_MU]);
  const sigma = unchecked(p[TN_P_SIGMA]);
  const buyback = unchecked(p[TN_P_B]);
  const cGpu = max(unchecked(p[TN_P_C_GPU]), 1e-9);
  const kThr = THR_REF * N_REF * max(unchecked(p[TN_P_K_THR]), 1e-9);
  const lambda = max(unchecked(p[TN_P_LAMBDA]), 0.0);
  const lb = unchecked(p[TN_P_LB]);
  const lc = unchecked(p[TN_P_LC]);
  const beta = unchecked(p[TN_P_BETA]);
  const gamma = unchecked(p[TN_P_GAMMA]);
  const delta = unchecked(p[TN_P_DELTA]);
  const kappa = unchecked(p[TN_P_KAPPA]);
  const eta = unchecked(p[TN_P_ETA]);
  const fs = clamp(unchecked(p[TN_P_FS]), 0.0, 1.0);
  const eA = max(unchecked(p[TN_P_EA]), 0.0) * 7.0; // $ per week; a PoW chain pays it all to miners
  const psi = unchecked(p[TN_P_PSI]);
  const nu = clamp(unchecked(p[TN_P_NU]), 0.0, 1.0);
  const cPrice = max(unchecked(p[TN_P_C_PRICE]), 0.0);
  const shockKind = <i32>Math.round(unchecked(p[TN_P_SHOCK]));
  const shockWeek = <i32>Math.round(unchecked(p[TN_P_SHOCK_WEEK]));
  const shock = shockKind == 1 ? Math.log(0.75) : shockKind == 2 ? Math.log(0.85) : 0.0;
  const seed = <u64>max(Math.round(unchecked(p[TN_P_SEED])), 0.0);

  // Cost per 1M tokens at full utilization: c_gpu / (3600·thr) · 1e6 with thr = k_thr / N_active.
  const thrS = kThr / max(unchecked(p[TN_P_N_SMALL]), 1e-9);
  const thrF = kThr / max(unchecked(p[TN_P_N_FRONT]), 1e-9);
  const thrA = kThr / max(unchecked(p[TN_P_N_A]), 1e-9);
  const costS = cGpu / (3600.0 * thrS) * 1e6;
  const costF = cGpu / (3600.0 * thrF) * 1e6;
  const costA = cGpu / (3600.0 * thrA) * 1e6;

  // Shares per segment (small: B, C; frontier: B, A, C) and GPUs sized to serve the starting demand.
  let sBs = SB0;
  let sCs = 1.0 - SB0;
  let sBf = SB0;
  let sAf = SA0;
  let sCf = 1.0 - SB0 - SA0;
  const Qs = Qtot * fs;
  const Qf = Qtot * (1.0 - fs);
  let GB = (Qs * sBs / thrS + Qf * sBf / thrF) / SECONDS_WEEK;
  let GA = Qf * sAf / thrA / SECONDS_WEEK;
  let GC = (Qs * sCs / thrS + Qf * sCf / thrF) / SECONDS_WEEK;

  let taoPrice = unchecked(p[TN_P_PB0]);
  const clock = new TaoClock(startIssuance());
  const e0 = clock.perBlock;

  // Two copies of one seeded release stream: B and C see the same releases, each after its own lag.
  const rngB = new SplitMix64(seed);
  const rngC = new SplitMix64(seed);
  const perDay = lambda / DAYS_PER_MONTH;
  let nextB = gapDays(rngB, perDay);
  let nextC = gapDays(rngC, perDay);
  let MB = MB0;
  let MC = MC0;

  // C's prices do not move, and catalogs change only when a release lands: their utility terms are cached.
  const priceUCs = -beta * Math.log(max(P_FLOOR, cPrice * costS));
  const priceUCf = -beta * Math.log(max(P_FLOOR, cPrice * costF));
  const priceUA = -beta * Math.log(max(P_FLOOR, costA)); // A's price while it has no subsidy
  const breadthA = gamma * Math.log(2.0);
  let breadthB = 0.0;
  let breadthC = 0.0;
  let lastMB = -1.0;
  let lastMC = -1.0;

  let halvingWeek = -1;
  let sBPre = 0.0;
  let sB0 = 0.0;
  let sB = 0.0;
  let sA = 0.0;
  let sC = 0.0;
  let crEnd = 0.0;
  let crMax = 0.0;
  let crWeek = -1;
  let collapseWeek = -1;

  for (let t = 0; t <= lastWeek; t++) {
    const day = 7.0 * <f64>t;
    while (nextB + lb <= day) {
      MB += 1.0;
      nextB += gapDays(rngB, perDay);
    }
    while (nextC + lc <= day) {
      MC += 1.0;
      nextC += gapDays(rngC, perDay);
    }
    const mB = extra && lb <= day ? MB + 1.0 : MB;
    const mC = extra && lc <= day ? MC + 1.0 : MC;

    // Emissions: e_B(t) TAO/day from the market core's block emission at this issuance.
    const blockTao = clock.perBlock;
    if (halvingWeek < 0 && blockTao < e0) halvingWeek = t;
    const EB = blockTao * <f64>BLOCKS_PER_DAY * taoPrice * wInf * 7.0;

    // Demand this week from the shares users hold.
    const QBs = Qs * sBs;
    const QCs = Qs * sCs;
    const QBf = Qf * sBf;
    const QAf = Qf * sAf;
    const QCf = Qf * sCf;
    const QB = QBs + QBf;
    const QC = QCs + QCf;
    sB = QB / Qtot;
    sA = QAf / Qtot;
    sC = QC / Qtot;
    if (t == 0) sB0 = sB;

    // Prices: cost less the share ψ of the miners' subsidy passed through per token, floored.
    const subB = psi * mu * EB / (max(QB, 1.0) / 1e6);
    const subA = psi * eA / (max(QAf, 1.0) / 1e6);
    const pBs = max(P_FLOOR, costS - subB);
    const pBf = max(P_FLOOR, costF - subB);
    const pA = max(P_FLOOR, costA - subA);
    const pCs = max(P_FLOOR, cPrice * costS);
    const pCf = max(P_FLOOR, cPrice * costF);
    const revB = (pBs * QBs + pBf * QBf) / 1e6;
    const revA = pA * QAf / 1e6;
    const revC = (pCs * QCs + pCf * QCf) / 1e6;

    const cr = (revB + LOG_EPS) / (EB + LOG_EPS);
    if (cr > crMax) crMax = cr;
    if (crWeek < 0 && cr >= 1.0) crWeek = t;
    if (collapseWeek < 0 && sB < 0.5 * sB0) collapseWeek = t;
    if (halvingWeek < 0) sBPre = sB;
    crEnd = cr;
    if (t == FUEL_WEEK) shareBAtFuelWeek = sB;

    if (record && series) {
      const o = TN_SUMMARY;
      unchecked((out[o + TN_T_SB * TN_WEEKS + t] = sB));
      unchecked((out[o + TN_T_SA * TN_WEEKS + t] = sA));
      unchecked((out[o + TN_T_SC * TN_WEEKS + t] = sC));
      unchecked((out[o + TN_T_PB * TN_WEEKS + t] = QB > 0 ? revB * 1e6 / QB : pBf));
      unchecked((out[o + TN_T_PA * TN_WEEKS + t] = pA));
      unchecked((out[o + TN_T_PC * TN_WEEKS + t] = QC > 0 ? revC * 1e6 / QC : pCf));
      unchecked((out[o + TN_T_GB * TN_WEEKS + t] = GB));
      unchecked((out[o + TN_T_GA * TN_WEEKS + t] = GA));
      unchecked((out[o + TN_T_GC * TN_WEEKS + t] = GC));
      unchecked((out[o + TN_T_MB * TN_WEEKS + t] = mB));
      unchecked((out[o + TN_T_MC * TN_WEEKS + t] = mC));
      unchecked((out[o + TN_T_TAO_PRICE * TN_WEEKS + t] = taoPrice));
      unchecked((out[o + TN_T_EB * TN_WEEKS + t] = EB));
      unchecked((out[o + TN_T_CR * TN_WEEKS + t] = cr));
      unchecked((out[o + TN_T_REV_B * TN_WEEKS + t] = revB));
    }
    // Users re-choose: U = −β ln p + γ ln(1 + M) + δ ln G + α (a network without GPUs is not on
    // offer); a fraction ν of them moves to the logit shares each week, which keeps the lagged
    // price↔demand loop from oscillating.
    const lnGB = GB > 0 ? Math.log(GB) : 0.0;
    const lnGA = GA > 0 ? Math.log(GA) : 0.0;
    const lnGC = GC > 0 ? Math.log(GC) : 0.0;
    if (mB != lastMB) {
      breadthB = gamma * Math.log(1.0 + mB);
      lastMB = mB;
    }
    if (mC != lastMC) {
      breadthC = gamma * Math.log(1.0 + mC);
      lastMC = mC;
    }
    const uBs = -beta * Math.log(pBs) + breadthB + delta * lnGB;
    const uCs = priceUCs + breadthC + delta * lnGC;
    const uBf = -beta * Math.log(pBf) + breadthB + delta * lnGB;
    const uAf = (eA > 0 ? -beta * Math.log(pA) : priceUA) + breadthA + delta * lnGA;
    const uCf = priceUCf + breadthC + delta * lnGC;
    if (calibrating) {
      // α_i − α_C = ln(s_i / s_C) − (U_i − U_C) at week 0 reproduces the starting shares.
      alphaBs = Math.log(sBs / sCs) - (uBs - uCs);
      alphaBf = Math.log(sBf / sCf) - (uBf - uCf);
      alphaAf = Math.log(sAf / sCf) - (uAf - uCf);
      return 0;
    }
    if (t == lastWeek) break;
    // Small segment: B and C.
    {
      const uB = uBs + alphaBs;
      const top = max(GB > 0 ? uB : -Infinity, GC > 0 ? uCs : -Infinity);
      if (top > -Infinity) {
        // The top term is exp(0) = 1: one exp fewer per segment.
        const xB = GB > 0 ? (uB == top ? 1.0 : Math.exp(uB - top)) : 0.0;
        const xC = GC > 0 ? (uCs == top ? 1.0 : Math.exp(uCs - top)) : 0.0;
        const sum = xB + xC;
        sBs += nu * (xB / sum - sBs);
        sCs += nu * (xC / sum - sCs);
      }
    }
    // Frontier segment: B, A and C.
    {
      const uB = uBf + alphaBf;
      const uA = uAf + alphaAf;
      const top = max(max(GB > 0 ? uB : -Infinity, GA > 0 ? uA : -Infinity), GC > 0 ? uCf : -Infinity);
      if (top > -Infinity) {
        const xB = GB > 0 ? (uB == top ? 1.0 : Math.exp(uB - top)) : 0.0;
        const xA = GA > 0 ? (uA == top ? 1.0 : Math.exp(uA - top)) : 0.0;
        const xC = GC > 0 ? (uCf == top ? 1.0 : Math.exp(uCf - top)) : 0.0;
        const sum = xB + xA + xC;
        sBf += nu * (xB / sum - sBf);
        sAf += nu * (xA / sum - sAf);
        sCf += nu * (xC / sum - sCf);
      }
    }

    // GPUs follow profit per GPU-week, π = (revenue + miners' subsidy)/G − 168·c_gpu.
    const weekCost = HOURS_WEEK * cGpu;
    if (GB > 0) GB = max(0.0, GB * (1.0 + kappa * ((revB + mu * EB) / GB - weekCost) / weekCost));
    if (GA > 0) GA = max(0.0, GA * (1.0 + kappa * ((revA + eA) / GA - weekCost) / weekCost));
    if (GC > 0) GC = max(0.0, GC * (1.0 + kappa * (revC / GC - weekCost) / weekCost));

    // TAO price: buybacks from revenue against emissions sold, relative to market cap (price ×
    // issuance), plus the optional shock.
    const marketCap = max(taoPrice * clock.issuance, 1.0);
    taoPrice *= Math.exp(eta * (buyback * revB - sigma * EB) / marketCap + (t == shockWeek ? shock : 0.0));
    clock.advance(BLOCKS_PER_WEEK);
  }
  lastShareB = sB;
  if (!record) return 0;

  // Holds when one more release raises B's share (fuel), B's share rises through the halving and
  // revenue covers B's emissions at the horizon. Shares count in percentage points, coverage in ln.
  // TN_S_FUEL and the final margin are filled in by the kernel after the extra-release run.
  const rise = sB - sBPre;
  out[SUM_N] = <f64>TN_WEEKS;
  out[TN_S_SB0] = sB0;
  out[TN_S_SB_PRE_HALVING] = sBPre;
  out[TN_S_SB_END] = sB;
  out[TN_S_CR_END] = crEnd;
  out[TN_S_CR_MAX] = crMax;
  out[TN_S_CR_WEEK] = <f64>crWeek;
  out[TN_S_COLLAPSE_WEEK] = <f64>collapseWeek;
  out[TN_S_HALVING_WEEK] = <f64>halvingWeek;
  out[TN_S_SA_END] = sA;
  out[TN_S_SC_END] = sC;
  out[TN_S_PB_END] = taoPrice;
  out[TN_S_RELEASES] = MB - MB0;
  out[TN_S_MU_DTAO] = dtaoMinerShare();
  return min(100.0 * rise, clampMargin(Math.log(crEnd)));
}

export function threeNetworksKernel(p: StaticArray<f64>, out: Float64Array, series: bool): f64 {
  if (!calibrated) calibrate();
  const partial = simulate(p, out, series, true, false, WEEKS);
  const base = shareBAtFuelWeek;
  simulate(p, out, false, false, true, FUEL_WEEK);
  const fuel = lastShareB - base;
  out[TN_S_FUEL] = fuel;
  const margin = clampMargin(min(100.0 * fuel, partial));
  out[SUM_MARGIN] = margin;
  return margin;
}

/** Model 3 run: params in TN_P order → [summary | 15 weekly series of 261]; src/models/claims/three-networks.ts computeThreeNetworks. */
export function claimRunThreeNetworks(params: Float64Array): Float64Array {
  const p = readParams(params, TN_PARAMS);
  if (p === null) return new Float64Array(0);
  const out = new Float64Array(TN_SUMMARY + TN_SERIES * TN_WEEKS);
  threeNetworksKernel(p, out, true);
  return out;
}

/** Model 3 verdict margins over a grid (row-major, rows = bValues); the map worker, one call per tile. */
export function claimSweepThreeNetworks(
  params: Float64Array, axisA: i32, axisB: i32, aValues: Float64Array, bValues: Float64Array,
): Float64Array {
  return sweep(threeNetworksKernel, TN_PARAMS, TN_SUMMARY, params, axisA, axisB, aValues, bValues);
}

/** μ (fraction) from the dTAO split, to pin the schema default to it; tests/unit/claims-three-networks.test.ts. */
export function claimDtaoMinerShare(): f64 {
  return dtaoMinerShare();
}

/** [calibration defaults in TN_P order…, α_B small, α_B frontier, α_A frontier (utils, α_C = 0)]; tests/unit/claims-three-networks.test.ts. */
export function claimThreeNetworksCalibration(): Float64Array {
  if (!calibrated) calibrate();
  const out = new Float64Array(TN_PARAMS + 3);
  for (let i = 0; i < TN_PARAMS; i++) out[i] = DEFAULTS[i];
  out[TN_PARAMS] = alphaBs;
  out[TN_PARAMS + 1] = alphaBf;
  out[TN_PARAMS + 2] = alphaAf;
  return out;
}
