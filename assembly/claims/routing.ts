// Model 4 (Claim 4, "SLMs win; a 600B single-model play is a sunk cost"): an agent task of N calls
// run three ways — every call to one large model (Mono-L), a router that sends routine calls to a
// fine-tuned SLM and escalates detected failures (Hetero), or every call to the SLM (Mono-S).
// Errors compound over calls, so task success is the per-call success to the N-th power.
// Equations: /work/shared/facts.md "Model 4"; layout: ./layout.ts (RT_*).
import {
  SUM_N, SUM_MARGIN,
  RT_P_N, RT_P_F, RT_P_T_IN, RT_P_T_OUT, RT_P_PIN_S, RT_P_POUT_S, RT_P_PIN_L, RT_P_POUT_L, RT_P_Q_SR,
  RT_P_Q_SN, RT_P_Q_L, RT_P_A, RT_P_D, RT_P_TTFT_S, RT_P_TTFT_L, RT_P_V_S, RT_P_V_L, RT_P_J_S, RT_P_J_RATIO,
  RT_P_W_IN, RT_P_FT_COST, RT_P_CALLS_MONTH, RT_P_X, RT_P_TOL, RT_P_MOE, RT_P_N_ACTIVE_L, RT_P_N_TOTAL_L,
  RT_P_N_S, RT_PARAMS,
  RT_S_COST_L, RT_S_COST_H, RT_S_COST_S, RT_S_SUCC_L, RT_S_SUCC_H, RT_S_SUCC_S, RT_S_LAT_L, RT_S_LAT_H,
  RT_S_LAT_S, RT_S_ENERGY_L, RT_S_ENERGY_H, RT_S_ENERGY_S, RT_S_SPEND_L, RT_S_COST_RATIO, RT_S_F_STAR,
  RT_S_X, RT_S_TOL, RT_S_FLOOR_GPUS, RT_S_PRICE_RATIO, RT_SUMMARY,
  RT_T_F, RT_T_COST_H, RT_T_SUCC_H, RT_T_COST_RATIO, RT_T_MARGIN, RT_SERIES, RT_POINTS,
} from './layout';
import { LOG_EPS, MARGIN_CAP, clamp, flag, logRatio, readParams, sweep } from './common';

/** Bytes per parameter (FP8) and bytes per GPU (80 GB) for the hardware floor of L. */
const BYTES_PER_PARAM: f64 = 1.0;
const GPU_BYTES: f64 = 80e9;

// Per-call quantities of the current run, set by perCall() and read by hetero() and the kernel.
let cS: f64 = 0; // $ per call
let cL: f64 = 0;
let lS: f64 = 0; // s per call
let lL: f64 = 0;
let eS: f64 = 0; // J per call
let eL: f64 = 0;
let qSr: f64 = 0;
let qSn: f64 = 0;
let qL: f64 = 0;
let acc: f64 = 0;
let det: f64 = 0;

// Hetero's per-call expectations at one f, set by hetero().
let hCost: f64 = 0;
let hSpendL: f64 = 0;
let hSucc: f64 = 0;
let hLat: f64 = 0;
let hEnergy: f64 = 0;

function perCall(p: StaticArray<f64>): void {
  const tIn = unchecked(p[RT_P_T_IN]);
  const tOut = unchecked(p[RT_P_T_OUT]);
  const pinS = unchecked(p[RT_P_PIN_S]);
  const poutS = unchecked(p[RT_P_POUT_S]);
  const jS = unchecked(p[RT_P_J_S]);
  let pinL = unchecked(p[RT_P_PIN_L]);
  let poutL = unchecked(p[RT_P_POUT_L]);
  let jL = jS * unchecked(p[RT_P_J_RATIO]);
  if (flag(unchecked(p[RT_P_MOE]))) {
    // "MoE honesty": L's per-token price and energy scale with its active parameters, like the SLM's.
    const ratio = unchecked(p[RT_P_N_ACTIVE_L]) / max(unchecked(p[RT_P_N_S]), 1e-9);
    pinL = pinS * ratio;
    poutL = poutS * ratio;
    jL = jS * ratio;
  }
  // A fine-tune a month, amortized over that month's calls, is part of every SLM call.
  const ft = unchecked(p[RT_P_FT_COST]) / max(unchecked(p[RT_P_CALLS_MONTH]), 1.0);
  cS = (tIn * pinS + tOut * poutS) / 1e6 + ft;
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

/** Hetero's expected cost, L spend, success, latency and energy per call at routine share f (the
 *  facts' four-route table: a call sent to S that fails is caught with probability d and re-run on L). */
function hetero(f: f64): void {
  const rS = f * acc; // routine → S
  const rL = f * (1.0 - acc); // routine → L
  const nS = (1.0 - f) * (1.0 - acc); // non-routine → S
  const nL = (1.0 - f) * acc; // non-routine → L
  const escR = (1.0 - qSr) * det;
  const escN = (1.0 - qSn) * det;
  hSpendL = rS * escR * cL + (rL + nL) * cL + nS * escN * cL;
  hCost = (rS + nS) * cS + hSpendL;
  hSucc = rS * (qSr + escR * qL) + (rL + nL) * qL + nS * (qSn + escN * qL);
  hLat = rS * (lS + escR * lL) + (rL + nL) * lL + nS * (lS + escN * lL);
  hEnergy = rS * (eS + escR * eL) + (rL + nL) * eL + nS * (eS + escN * eL);
}

/** The success part of the margin: ln(Hetero's task success / (Mono-L's − tol)); the cap when the
 *  allowance already reaches 0 (nothing to fall short of). */
function successMargin(succH: f64, succL: f64, tol: f64): f64 {
  const need = succL - tol;
  return need > 0 ? logRatio(succH, need) : MARGIN_CAP;
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

export function routingKernel(p: StaticArray<f64>, out: Float64Array, series: bool): f64 {
  perCall(p);
  const N = max(Math.round(unchecked(p[RT_P_N])), 1.0);
  const f = clamp(unchecked(p[RT_P_F]), 0.0, 1.0);
  const X = unchecked(p[RT_P_X]);
  const tol = unchecked(p[RT_P_TOL]);

  const costL = N * cL;
  const succL = Math.pow(qL, N);
  const costS = N * cS;
  const succS = Math.pow(f * qSr + (1.0 - f) * qSn, N);
  hetero(f);
  const costH = N * hCost;
  const succH = Math.pow(hSucc, N);
  // Holds when Mono-L costs more than X times Hetero and Hetero's task success is no worse than tol below.
  const margin = min(logRatio(costL, X * costH), successMargin(succH, succL, tol));

  out[SUM_N] = <f64>RT_POINTS;
  out[SUM_MARGIN] = margin;
  out[RT_S_COST_L] = costL;
  out[RT_S_COST_H] = costH;
  out[RT_S_COST_S] = costS;
  out[RT_S_SUCC_L] = succL;
  out[RT_S_SUCC_H] = succH;
  out[RT_S_SUCC_S] = succS;
  out[RT_S_LAT_L] = N * lL;
  out[RT_S_LAT_H] = N * hLat;
  out[RT_S_LAT_S] = N * lS;
  out[RT_S_ENERGY_L] = N * eL;
  out[RT_S_ENERGY_H] = N * hEnergy;
  out[RT_S_ENERGY_S] = N * eS;
  out[RT_S_SPEND_L] = hCost > 0 ? hSpendL / hCost : 0.0;
  out[RT_S_COST_RATIO] = (costL + LOG_EPS) / (costH + LOG_EPS);
  out[RT_S_X] = X;
  out[RT_S_TOL] = tol;
  out[RT_S_FLOOR_GPUS] = Math.ceil(unchecked(p[RT_P_N_TOTAL_L]) * 1e9 * BYTES_PER_PARAM / GPU_BYTES);
  out[RT_S_PRICE_RATIO] = (cL + LOG_EPS) / (cS + LOG_EPS);

  // f*: Hetero's per-call cost and success are linear in f, so the f where the claim holds is an
  // interval found in closed form; f* is its low end (−1 when empty).
  hetero(0.0);
  const cost0 = hCost;
  const succ0 = hSucc;
  hetero(1.0);
  const cost1 = hCost;
  const succ1 = hSucc;
  fLo = 0.0;
  fHi = 1.0;
  narrow(cL - X * cost0, -X * (cost1 - cost0)); // X·cost_H(f) ≤ cost_L
  const need = succL - tol;
  if (need > 0) {
    const perCallNeed = Math.pow(need, 1.0 / N); // success_H(f)^N ≥ need
    narrow(succ0 - perCallNeed, succ1 - succ0);
  }
  out[RT_S_F_STAR] = fLo <= fHi ? fLo : -1.0;

  if (series) {
    for (let i = 0; i < RT_POINTS; i++) {
      const fi = <f64>i / <f64>(RT_POINTS - 1);
      hetero(fi);
      const c = N * hCost;
      const s = Math.pow(hSucc, N);
      unchecked((out[RT_SUMMARY + RT_T_F * RT_POINTS + i] = fi));
      unchecked((out[RT_SUMMARY + RT_T_COST_H * RT_POINTS + i] = c));
      unchecked((out[RT_SUMMARY + RT_T_SUCC_H * RT_POINTS + i] = s));
      unchecked((out[RT_SUMMARY + RT_T_COST_RATIO * RT_POINTS + i] = (costL + LOG_EPS) / (c + LOG_EPS)));
      unchecked((out[RT_SUMMARY + RT_T_MARGIN * RT_POINTS + i] = min(logRatio(costL, X * c), successMargin(s, succL, tol))));
    }
  }
  return margin;
}

/** Model 4 run: params in RT_P order → [summary | 5 series over f = 0 … 1 (101 points)]; src/models/claims/routing.ts computeRouting. */
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
