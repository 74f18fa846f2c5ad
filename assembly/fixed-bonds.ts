// Bonds and dividends of the chain-exact epoch (spec §4.8–4.11, §5, §8), in I32F32 as subtensor's
// sparse epoch computes them (run_epoch.rs compute_bonds_sparse / the Yuma 2 branch; math.rs
// mat_ema_sparse, mat_ema_alpha_sparse, inplace_col_normalize_sparse, inplace_col_max_upscale_sparse,
// mat_vec_mul_sparse, matmul_transpose_sparse, vec_mul). Absent entries are 0; where presence
// matters (the liquid-alpha update writes only entries present in W̃) the presence flags say so.
import { Subnet, LA_CURRENT, LA_AUTO } from './subnet';
import { FixedEpoch } from './fixed-state';
import { addr, getB, getF, getI, setI } from './mem';
import {
  FX_HALF, FX_ONE, FX_U16_MAX, fxAdd, fxCheckedMul, fxDiv, fxExpSafe, fxFromF64, fxFromInt, fxMul, fxNormalize,
  fxRatio64, fxSaturatingDiv, fxSub, fxU16Proportion,
} from './fixed';

/** EMA rate a = 1 − BondsMovingAverage/10⁶ (spec §4.8): the ratio in I64F64 truncated to I32F32,
 *  subtracted from 1. BondsMovingAverage is limited to [0, 10⁶] as in the float64 mode. */
export function fxEmaRate(s: Subnet): i64 {
  const bma = min(max(s.bondsMovingAverage, 0), 1e6);
  return fxSub(FX_ONE, fxRatio64(<u64>bma, 1000000));
}

// Column normalisation of nv × n at p (`inplace_col_normalize_sparse`): saturating column sums into
// colSum, then each entry safe_div its column sum where that sum is not 0.
function colNormalize(p: usize, n: i32, nv: i32, colSum: usize): void {
  memory.fill(colSum, 0, <usize>n << 3);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    for (let j = 0; j < n; j++) setI(colSum, j, fxAdd(getI(colSum, j), getI(p, r + j)));
  }
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    for (let j = 0; j < n; j++) {
      const c = getI(colSum, j);
      if (c != 0) setI(p, r + j, fxDiv(getI(p, r + j), c));
    }
  }
}

// ---- Yuma 3 (spec §4.11) ----

/** Yuma 3 bonds EMA (fixed or liquid rate), column-normalised bonds and dividends into fx; called by
 *  the fixed-point epoch with W̃ at wb and its presence flags at wbPresent. */
export function fxBondsYuma3(s: Subnet, fx: FixedEpoch, wb: usize, wbPresent: usize): void {
  const n = s.n;
  const nv = s.nv;
  const m = nv * n;
  // Old bonds as proportions: `fixed_to_fixed_u16_proportion(u16_to_fixed(b))`.
  const Bu = addr(s.bondsU16);
  const B0 = addr(fx.B0);
  for (let k = 0; k < m; k++) setI(B0, k, fxU16Proportion(<i64>getF(Bu, k)));
  const cLA = liquidAlphaConsensus(s, fx);
  let useLiquid = false;
  if (s.liquidAlpha) for (let j = 0; j < n; j++) useLiquid = useLiquid || getI(cLA, j) != 0;
  fx.alphasUsed = useLiquid;
  const E = addr(fx.E);
  if (useLiquid) liquidEma(s, fx, wb, wbPresent, cLA);
  else {
    // `mat_ema_sparse`: a·W̃ + (1 − a)·B⁰ per entry, kept where > 0.
    const rate = fxEmaRate(s);
    const keep = fxSub(FX_ONE, rate);
    for (let k = 0; k < m; k++) {
      const w = getB(wbPresent, k) != 0 ? fxMul(rate, getI(wb, k)) : 0;
      const e = fxAdd(w, fxMul(keep, getI(B0, k)));
      setI(E, k, e > 0 ? e : 0);
    }
  }
  const En = addr(fx.En);
  memory.copy(En, E, <usize>m << 3);
  colNormalize(En, n, nv, addr(fx.colSum));
  // T_i = Σ_j Bⁿ_ij · I_j (`mat_vec_mul_sparse`, `row_sum_sparse`); D_i = T_i · Sᵃ_i (`vec_mul`:
  // checked, 0 on overflow); D normalised.
  const I = addr(fx.I);
  const A = addr(fx.A);
  const D = addr(fx.D);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    let t: i64 = 0;
    for (let j = 0; j < n; j++) t += fxMul(getI(En, r + j), getI(I, j));
    setI(D, i, fxCheckedMul(t, getI(A, i)));
  }
  for (let i = nv; i < n; i++) setI(D, i, 0);
  fxNormalize(D, n);
}

// The consensus liquid alpha compares with (spec §5.4): current, or the previous epoch's stored
// consensus read back (falling back to current when none is stored yet), as the float64 mode.
function liquidAlphaConsensus(s: Subnet, fx: FixedEpoch): usize {
  if (s.laMode == LA_CURRENT || !fx.hasPrevC) return addr(fx.C);
  if (s.laMode == LA_AUTO && s.penaltyU16 != 65535) return addr(fx.C);
  return addr(fx.prevC);
}

// §4.11 step 2 with liquid alpha: the rate of every entry (`compute_liquid_alpha_values_sparse`,
// absent W̃ or bond read as 0), then `mat_ema_alpha_sparse`: only entries present in W̃ are written,
// as min((1 − α)·b + max(α·w, 0), 1) kept where > 0; an absent entry's bond becomes 0 (spec §8).
function liquidEma(s: Subnet, fx: FixedEpoch, wb: usize, wbPresent: usize, cLA: usize): void {
  const n = s.n;
  const nv = s.nv;
  const B0 = addr(fx.B0);
  const E = addr(fx.E);
  const alphas = addr(fx.alphas);
  // `get_alpha_values_32`: I32F32(u16) safe_div I32F32(65535).
  const lo = fxDiv(fxFromF64(s.alphaLowU16), FX_U16_MAX);
  const hi = fxDiv(fxFromF64(s.alphaHighU16), FX_U16_MAX);
  // steepness.saturating_div(−100): a constant of the epoch.
  const k = fxSaturatingDiv(fxFromF64(s.steepness), fxFromInt(-100));
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    for (let j = 0; j < n; j++) {
      const has = getB(wbPresent, r + j) != 0;
      const w = has ? getI(wb, r + j) : 0;
      const b = getI(B0, r + j);
      const a = alphaSigmoid(getI(cLA, j), w, b, lo, hi, k);
      setI(alphas, r + j, a);
      let e: i64 = 0;
      if (has) {
        const decayed = fxMul(fxSub(FX_ONE, a), b);
        let inc = fxMul(a, w);
        if (inc < 0) inc = 0;
        let v = fxAdd(decayed, inc);
        if (v > FX_ONE) v = FX_ONE;
        e = v > 0 ? v : 0;
      }
      setI(E, r + j, e);
    }
  }
}

/** The chain's `alpha_sigmoid` (spec §5.2): d = clamp(w − c) when buying (w ≥ b), else clamp(b − w);
 *  σ = 1 / (1 + exp_safe(k·(d − ½))) with k = steepness / −100; α = clamp(lo + σ·(hi − lo), lo, hi).
 *  Every operation saturating, as on chain. */
// @ts-ignore: decorator
@inline
function alphaSigmoid(c: i64, w: i64, b: i64, lo: i64, hi: i64, k: i64): i64 {
  const buy = clamp(fxSub(w, c), 0, FX_ONE);
  const sell = clamp(fxSub(b, w), 0, FX_ONE);
  const d = w >= b ? buy : sell;
  const sigma = fxSaturatingDiv(FX_ONE, fxAdd(FX_ONE, fxExpSafe(fxMul(k, fxSub(d, FX_HALF)))));
  const a = fxAdd(lo, fxMul(sigma, fxSub(hi, lo)));
  return clamp(a, lo, hi);
}

// `clamp_value`: min with high first, then max with low.
// @ts-ignore: decorator
@inline
function clamp(v: i64, low: i64, high: i64): i64 {
  const x = v < high ? v : high;
  return x > low ? x : low;
}

/** Liquid-alpha rate of one entry from I32F32 inputs (test entry for fixed.test.ts; steepness is the
 *  i16 hyper-parameter, alphas as u16). */
export function fxTestAlphaSigmoid(c: i64, w: i64, b: i64, alphaLowU16: i32, alphaHighU16: i32, steepness: i32): i64 {
  const k = fxSaturatingDiv(fxFromInt(steepness), fxFromInt(-100));
  return alphaSigmoid(c, w, b, fxU16Proportion(alphaLowU16), fxU16Proportion(alphaHighU16), k);
}

// ---- Yuma 2 (spec §4.10) ----

/** Yuma 2 bonds EMA, dividends and the column max-upscaled stored form into fx; called by the
 *  fixed-point epoch with W̃ at wb and its presence flags at wbPresent. */
export function fxBondsYuma2(s: Subnet, fx: FixedEpoch, wb: usize, wbPresent: usize): void {
  const n = s.n;
  const nv = s.nv;
  const m = nv * n;
  const colSum = addr(fx.colSum);
  // B⁰: stored u16 bonds as I32F32 integers (`u16_to_fixed`), column-normalised.
  const Bu = addr(s.bondsU16);
  const B0 = addr(fx.B0);
  for (let k = 0; k < m; k++) setI(B0, k, fxFromInt(<i64>getF(Bu, k)));
  colNormalize(B0, n, nv, colSum);
  // ΔB = W̃ ∘ Sᵃ (`row_hadamard_sparse`), column-normalised.
  const A = addr(fx.A);
  const dB = addr(fx.dB);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    const a = getI(A, i);
    for (let j = 0; j < n; j++) setI(dB, r + j, getB(wbPresent, r + j) != 0 ? fxMul(getI(wb, r + j), a) : 0);
  }
  colNormalize(dB, n, nv, colSum);
  // B = a·ΔB + (1 − a)·B⁰ (`mat_ema_sparse`, kept where > 0), column-normalised.
  const rate = fxEmaRate(s);
  const keep = fxSub(FX_ONE, rate);
  const En = addr(fx.En);
  for (let k = 0; k < m; k++) {
    const e = fxAdd(fxMul(rate, getI(dB, k)), fxMul(keep, getI(B0, k)));
    setI(En, k, e > 0 ? e : 0);
  }
  colNormalize(En, n, nv, colSum);
  // D_i = Σ_j I_j · B_ij (`matmul_transpose_sparse`, saturating), normalised.
  const I = addr(fx.I);
  const D = addr(fx.D);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    let d: i64 = 0;
    for (let j = 0; j < n; j++) d = fxAdd(d, fxMul(getI(I, j), getI(En, r + j)));
    setI(D, i, d);
  }
  for (let i = nv; i < n; i++) setI(D, i, 0);
  fxNormalize(D, n);
  // Stored form: column max-upscaled (`inplace_col_max_upscale_sparse`).
  const colMax = addr(fx.colMax);
  memory.fill(colMax, 0, <usize>n << 3);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    for (let j = 0; j < n; j++) {
      const v = getI(En, r + j);
      if (getI(colMax, j) < v) setI(colMax, j, v);
    }
  }
  const up = addr(fx.up);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    for (let j = 0; j < n; j++) {
      const c = getI(colMax, j);
      const v = getI(En, r + j);
      setI(up, r + j, c != 0 ? fxDiv(v, c) : v);
    }
  }
}
