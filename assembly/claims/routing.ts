// Model 4 (Claim 4): does a router that sends routine agent calls to small models make one large
// model a sunk cost? It formalises Ezza's sentence "That makes Ambient’s 600B+ inference play look
// less like a moat and more like a sunk cost — the AI equivalent of building bigger coal plants when
// the future is solar panels.", and links the small models to TAO's market through the sentence
// "That’s chaos for closed competitors, but opportunity for TAO — because its subnets are modular and
// market-driven, exactly suited to host these swarms of specialized models.": a share s_B of the
// small-model calls is served by Bittensor subnets at their price p_B, the rest by central hosts.
//
// An agent task of N calls runs three ways: every call to one large model L, a router that sends
// calls it judges routine to a fine-tuned small model S and the rest to L, or every call to S. Every
// setup treats a detected failure alike: it is caught with probability d and run once more (on L for a
// routed call to S, on the same model otherwise). Errors compound, so task success is per-call
// success to the N-th power. The claim holds when routing is more than X times cheaper than the large
// model alone, no more than tol below it in task success, and the spend moves: the large model keeps
// at most spendMax of the routed spend (small models doing most of the work while the large model
// keeps the money is not a sunk cost). Layout: ./layout.ts (RT_*); src/models/claims/routing.ts.
import {
  SUM_N, SUM_MARGIN,
  RT_P_N, RT_P_F, RT_P_T_IN, RT_P_T_OUT, RT_P_PIN_S, RT_P_POUT_S, RT_P_S_B, RT_P_P_B, RT_P_PIN_L, RT_P_POUT_L,
  RT_P_Q_SR, RT_P_Q_SN, RT_P_Q_L, RT_P_A, RT_P_D, RT_P_TTFT_S, RT_P_TTFT_L, RT_P_V_S, RT_P_V_L, RT_P_J_S,
  RT_P_J_RATIO, RT_P_W_IN, RT_P_FT_COST, RT_P_CALLS_MONTH, RT_P_X, RT_P_TOL, RT_P_SPEND_MAX, RT_P_MOE,
  RT_P_N_ACTIVE_L, RT_P_N_TOTAL_L, RT_P_N_S, RT_PARAMS,
  RT_S_COST_L, RT_S_COST_H, RT_S_COST_S, RT_S_SUCC_L, RT_S_SUCC_H, RT_S_SUCC_S, RT_S_LAT_L, RT_S_LAT_H,
  RT_S_LAT_S, RT_S_ENERGY_L, RT_S_ENERGY_H, RT_S_ENERGY_S, RT_S_SPEND_L, RT_S_COST_RATIO, RT_S_F_STAR,
  RT_S_X, RT_S_TOL, RT_S_FLOOR_GPUS, RT_S_PRICE_RATIO, RT_S_SPEND_MAX, RT_S_SPEND_B, RT_SUMMARY,
  RT_T_F, RT_T_COST_H, RT_T_SUCC_H, RT_T_COST_RATIO, RT_T_SPEND_L, RT_T_MARGIN, RT_SERIES, RT_POINTS,
} from './layout';
import { LOG_EPS, MARGIN_CAP, clamp, flag, logRatio, readParams, sweep } from './common';

/** Bytes per parameter (FP8) and bytes per GPU (80 GB) for the hardware floor of L. */
const BYTES_PER_PARAM: f64 = 1.0;
const GPU_BYTES: f64 = 80e9;

// Per-call quantities of the current run, set by perCall() and read by routed() and the kernel.
let cS: f64 = 0; // $ per call on S (tokens at the blended central/subnet price, plus the fine-tune share)
let cB: f64 = 0; // $ of an S call that Bittensor subnets receive
let cL: f64 = 0; // $ per call on L
let lS: f64 = 0; // s per call
let lL: f64 = 0;
let eS: f64 = 0; // J per call
let eL: f64 = 0;
let qSr: f64 = 0;
let qSn: f64 = 0;
let qL: f64 = 0;
let acc: f64 = 0;
let det: f64 = 0;

function perCall(p: StaticArray<f64>): void {
  const tIn = unchecked(p[RT_P_T_IN]);
  const tOut = unchecked(p[RT_P_T_OUT]);
  const pinS = unchecked(p[RT_P_PIN_S]);
  const poutS = unchecked(p[RT_P_POUT_S]);
  const sB = clamp(unchecked(p[RT_P_S_B]), 0.0, 1.0);
  const pB = unchecked(p[RT_P_P_B]);
  const jS = unchecked(p[RT_P_J_S]);
  let pinL = unchecked(p[RT_P_PIN_L]);
  let poutL = unchecked(p[RT_P_POUT_L]);
  let jL = jS * unchecked(p[RT_P_J_RATIO]);
  if (flag(unchecked(p[RT_P_MOE]))) {
    // L priced and powered by its active parameters at the small model's central list rate.
    const ratio = unchecked(p[RT_P_N_ACTIVE_L]) / max(unchecked(p[RT_P_N_S]), 1e-9);
    pinL = pinS * ratio;
    poutL = poutS * ratio;
    jL = jS * ratio;
  }
  // A share s_B of the small-model calls is served by subnets at p_B, the rest by central hosts.
  const pinSe = (1.0 - sB) * pinS + sB * pB;
  const poutSe = (1.0 - sB) * poutS + sB * pB;
  // A fine-tune a month, amortized over that month's calls, is part of every SLM call.
  const ft = unchecked(p[RT_P_FT_COST]) / max(unchecked(p[RT_P_CALLS_MONTH]), 1.0);
  cS = (tIn * pinSe + tOut * poutSe) / 1e6 + ft;
  cB = sB * (tIn + tOut) * pB / 1e6;
  cL = (tIn * pinL + tOut * poutL) / 1e6;
  lS = unchecked(p[RT_P_TTFT_S]) + tOut / max(unchecked(p[RT_P_V_S]), 1e-9);
  lL = unchecked(p[RT_P_TTFT_L]) + tOut / max(unchecked(p[RT_P_V_L]), 1e-9);
  const work = tIn * unchecked(p[RT_P_W_IN]) + tOut;
  eS = jS * work;
  eL = jL * work;
  qSr = clamp(unchecked(p[RT_P_Q_SR]), 0.0, 1.0);
  qSn = clamp(unchecked(p[RT_P_Q_SN]), 0.0, 1.0);
  qL = clamp(unchecked(p[RT_P_Q_L]), 0.0, 1.0);
  acc = clamp(unchecked(p[RT_P_A]), 0.0, 1.0);
  det = clamp(unchecked(p[RT_P_D]), 0.0, 1.0);
}

// The routed setup's per-call expectations at one routine share f, set by routed().
let hCost: f64 = 0;
let hSpendL: f64 = 0;
let hSpendB: f64 = 0;
let hSucc: f64 = 0;
let hLat: f64 = 0;
let hEnergy: f64 = 0;

/** The routed setup at routine share f: a routine call goes to S with probability a, another call to
 *  L with probability a. A failure on S is caught with probability d and re-run on L; a failure on L
 *  is caught with probability d and re-run on L, exactly as the large model alone re-runs it. */
function routed(f: f64): void {
  const rS = f * acc; // routine → S
  const rL = f * (1.0 - acc); // routine → L
  const nS = (1.0 - f) * (1.0 - acc); // other → S
  const nL = (1.0 - f) * acc; // other → L
  const escR = (1.0 - qSr) * det;
  const escN = (1.0 - qSn) * det;
  const retry = 1.0 + (1.0 - qL) * det; // calls on L per call sent to L
  const onS = rS + nS;
  const onL = rL + nL;
  const escalated = rS * escR + nS * escN;
  hSpendL = (escalated + onL * retry) * cL;
  hCost = onS * cS + hSpendL;
  hSpendB = onS * cB;
  hSucc = rS * (qSr + escR * qL) + nS * (qSn + escN * qL) + onL * qL * retry;
  hLat = onS * lS + (escalated + onL * retry) * lL;
  hEnergy = onS * eS + (escalated + onL * retry) * eL;
}

/** The success part of the margin: ln(routed task success / (the large model's − tol)); the cap when
 *  the allowance already reaches 0 (nothing to fall short of). */
function successMargin(succH: f64, succL: f64, tol: f64): f64 {
  const need = succL - tol;
  return need > 0 ? logRatio(succH, need) : MARGIN_CAP;
}

/** The margin from the summary's own numbers (the TS verdict repeats it): the tightest of cost,
 *  success and where the spend goes. */
function margin(costL: f64, costH: f64, succL: f64, succH: f64, share: f64, X: f64, tol: f64, spendMax: f64): f64 {
  const cost = logRatio(costL, X * costH);
  const success = successMargin(succH, succL, tol);
  const spend = logRatio(spendMax, share);
  return min(min(cost, success), spend);
}

// The interval [fLo, fHi] of routine shares where the claim holds, narrowed one condition at a time.
let fLo: f64 = 0;
let fHi: f64 = 1;
/** Keeps the part of [fLo, fHi] where c0 + c1·f ≥ 0 (fHi < fLo once it is empty). */
function narrow(c0: f64, c1: f64): void {
  if (c1 > 0) fLo = max(fLo, -c0 / c1);
  else if (c1 < 0) fHi = min(fHi, -c0 / c1);
  else if (c0 < 0) fHi = -1.0;
}

/** f*: the routed setup's per-call cost, spend on L and success are linear in f, so the routine
 *  shares where the claim holds form an interval found in closed form; f* is its low end (−1 when
 *  empty). Runs routed() at f = 0 and 1. */
function fStar(perCallL: f64, succL: f64, N: f64, X: f64, tol: f64, spendMax: f64): f64 {
  routed(0.0);
  const cost0 = hCost;
  const spend0 = hSpendL;
  const succ0 = hSucc;
  routed(1.0);
  fLo = 0.0;
  fHi = 1.0;
  narrow(perCallL - X * cost0, -X * (hCost - cost0)); // X·cost_H(f) ≤ cost_L
  const s0 = spendMax * cost0 - spend0; // spend_L(f) ≤ spendMax·cost_H(f)
  narrow(s0, spendMax * hCost - hSpendL - s0);
  const need = succL - tol;
  if (need > 0) {
    const perCallNeed = Math.pow(need, 1.0 / N); // success_H(f)^N ≥ need
    narrow(succ0 - perCallNeed, hSucc - succ0);
  }
  return fLo <= fHi ? fLo : -1.0;
}

export function routingKernel(p: StaticArray<f64>, out: Float64Array, series: bool): f64 {
  perCall(p);
  const N = max(Math.round(unchecked(p[RT_P_N])), 1.0);
  const f = clamp(unchecked(p[RT_P_F]), 0.0, 1.0);
  const X = unchecked(p[RT_P_X]);
  const tol = unchecked(p[RT_P_TOL]);
  const spendMax = unchecked(p[RT_P_SPEND_MAX]);

  // The large model alone, with the same retry of a detected failure.
  const retryL = 1.0 + (1.0 - qL) * det;
  const costL = N * cL * retryL;
  const succL = Math.pow(qL * retryL, N);
  // The small model alone, retrying on itself.
  const qS = f * qSr + (1.0 - f) * qSn;
  const retryS = 1.0 + (1.0 - qS) * det;
  const costS = N * cS * retryS;
  const succS = Math.pow(f * qSr * (1.0 + (1.0 - qSr) * det) + (1.0 - f) * qSn * (1.0 + (1.0 - qSn) * det), N);
  routed(f);
  const costH = N * hCost;
  const succH = Math.pow(hSucc, N);
  const share = hCost > 0 ? hSpendL / hCost : 0.0;
  const m = margin(costL, costH, succL, succH, share, X, tol, spendMax);

  out[SUM_N] = <f64>RT_POINTS;
  out[SUM_MARGIN] = m;
  out[RT_S_COST_L] = costL;
  out[RT_S_COST_H] = costH;
  out[RT_S_COST_S] = costS;
  out[RT_S_SUCC_L] = succL;
  out[RT_S_SUCC_H] = succH;
  out[RT_S_SUCC_S] = succS;
  out[RT_S_LAT_L] = N * lL * retryL;
  out[RT_S_LAT_H] = N * hLat;
  out[RT_S_LAT_S] = N * lS * retryS;
  out[RT_S_ENERGY_L] = N * eL * retryL;
  out[RT_S_ENERGY_H] = N * hEnergy;
  out[RT_S_ENERGY_S] = N * eS * retryS;
  out[RT_S_SPEND_L] = share;
  out[RT_S_SPEND_B] = hCost > 0 ? hSpendB / hCost : 0.0;
  out[RT_S_COST_RATIO] = (costL + LOG_EPS) / (costH + LOG_EPS);
  out[RT_S_X] = X;
  out[RT_S_TOL] = tol;
  out[RT_S_SPEND_MAX] = spendMax;
  out[RT_S_FLOOR_GPUS] = Math.ceil(unchecked(p[RT_P_N_TOTAL_L]) * 1e9 * BYTES_PER_PARAM / GPU_BYTES);
  out[RT_S_PRICE_RATIO] = (cL + LOG_EPS) / (cS + LOG_EPS);
  out[RT_S_F_STAR] = fStar(cL * retryL, succL, N, X, tol, spendMax);

  if (series) {
    for (let i = 0; i < RT_POINTS; i++) {
      const fi = <f64>i / <f64>(RT_POINTS - 1);
      routed(fi);
      const c = N * hCost;
      const s = Math.pow(hSucc, N);
      const sh = hCost > 0 ? hSpendL / hCost : 0.0;
      unchecked((out[RT_SUMMARY + RT_T_F * RT_POINTS + i] = fi));
      unchecked((out[RT_SUMMARY + RT_T_COST_H * RT_POINTS + i] = c));
      unchecked((out[RT_SUMMARY + RT_T_SUCC_H * RT_POINTS + i] = s));
      unchecked((out[RT_SUMMARY + RT_T_COST_RATIO * RT_POINTS + i] = (costL + LOG_EPS) / (c + LOG_EPS)));
      unchecked((out[RT_SUMMARY + RT_T_SPEND_L * RT_POINTS + i] = sh));
      unchecked((out[RT_SUMMARY + RT_T_MARGIN * RT_POINTS + i] = margin(costL, c, succL, s, sh, X, tol, spendMax)));
    }
  }
  return m;
}

/** Model 4 run: params in RT_P order → [summary | 6 series over f = 0 … 1 (101 points)]; src/models/claims/routing.ts computeRouting. */
export function claimRunRouting(params: Float64Array): Float64Array {
  const p = readParams(params, RT_PARAMS);
  if (p === null) return new Float64Array(0);
  const out = new Float64Array(RT_SUMMARY + RT_SERIES * RT_POINTS);
  routingKernel(p, out, true);
  return out;
}

/** Model 4 verdict margins over a grid (row-major, rows = bValues); the map worker, one call per tile. */
export function claimSweepRouting(
  params: Float64Array, axisA: i32, axisB: i32, aValues: Float64Array, bValues: Float64Array,
): Float64Array {
  return sweep(routingKernel, RT_PARAMS, RT_SUMMARY, params, axisA, axisB, aValues, bValues);
}
