// One Yuma Consensus epoch in the chain's fixed-point arithmetic (spec §2, §4; the "expected" outputs
// of the golden vectors). Same inputs, carried state and outputs as the float64 epoch (epoch.ts):
// it reads the Subnet's inputs, computes every quantity as an I32F32 raw i64 in the FixedEpoch's
// buffers, then publishes the exact double of each fixed value into the Subnet's output buffers, so
// yumaRun writes both modes with one layout. The stored state (u16 bonds, permits, consensus) is
// carried exactly as the chain stores it. Operation order follows subtensor's sparse `epoch`
// (run_epoch.rs) and epoch/math.rs; sums of fixed values are exact integer sums, so only the
// per-element multiplications, divisions and conversions decide the result. Never allocates.
import { Subnet, YUMA_2 } from './subnet';
import { nextPermits } from './epoch';
import { storeState } from './storage';
import { addr, getB, getF, getI, getI32, setB, setF, setI, setI32 } from './mem';
import {
  FX_ONE, FX_U16_MAX, fxAdd, fxDiv, fxNormalize, fxFromF64, fxFromInt, fxMul, fxRatio64, fxShareOfRao, fxSub, fxToF64, fxToU16,
  fxU16Proportion,
} from './fixed';
import { fxWeightedMedian } from './fixed-median';
import { fxBondsYuma2, fxBondsYuma3 } from './fixed-bonds';
import { FixedEpoch } from './fixed-state';

/** Runs one chain-exact epoch on s (outputs as exact doubles of the fixed values, like the vectors'
 *  "expected"); called by yumaRun (mode 1) and yumaBenchFixed. */
export function epochFixed(s: Subnet, fx: FixedEpoch): void {
  stakeAndPermits(s, fx);
  maskedWeights(s, fx);
  consensus(s, fx);
  clipTrustRanks(s, fx);
  const beta = fxDiv(fxFromInt(s.penaltyU16), FX_U16_MAX);
  let wb = addr(fx.Wb);
  let wbPresent = addr(fx.bPresent);
  if (beta == 0) {
    wb = addr(fx.W);
    wbPresent = addr(fx.wPresent);
  } else if (beta == FX_ONE) {
    wb = addr(fx.Wc);
    wbPresent = addr(fx.cPresent);
  } else interpolate(s, fx, beta);
  if (s.version == YUMA_2) {
    // Liquid alpha is ignored on the Yuma 2 path (spec §4.10).
    fx.alphasUsed = false;
    fxBondsYuma2(s, fx, wb, wbPresent);
  } else fxBondsYuma3(s, fx, wb, wbPresent);
  emission(s, fx);
  storeBonds(s, fx);
  publish(s, fx);
  // Permits and consensus for the next epoch; the stored consensus read back as the chain reads it.
  storeState(s);
  const C = addr(fx.C);
  const prev = addr(fx.prevC);
  for (let j = 0; j < s.n; j++) setI(prev, j, fxU16Proportion(fxToU16(getI(C, j))));
  fx.hasPrevC = true;
}

/** Normalised stake S (spec §4.1) in fixed point: stakes below the threshold (owner exempt) dropped,
 *  then S_i = s_i / Σs in I64F64 truncated to I32F32 = floor(2^32·s_i/Σs). Writes fx.S and its exact
 *  doubles into s.stake (which nextPermits ranks); used by the epoch and yumaRun's warm-up. */
export function fixedStake(s: Subnet, fx: FixedEpoch): void {
  const n = s.n;
  const raw = addr(s.stakeRaw);
  const S = addr(fx.S);
  const out = addr(s.stake);
  let total: u64 = 0;
  for (let i = 0; i < n; i++) {
    const v = getF(raw, i);
    const x = v < s.stakeThreshold && i != s.owner ? 0 : stakeU64(v);
    setI(S, i, <i64>x);
    const t = total + x;
    total = t < total ? u64.MAX_VALUE : t;
  }
  for (let i = 0; i < n; i++) {
    const v = fxRatio64(<u64>getI(S, i), total);
    setI(S, i, v);
    setF(out, i, fxToF64(v));
  }
}

// A stake in rao (an integer in f64) as the chain's u64, limited to the I64F64 integer range.
function stakeU64(v: f64): u64 {
  if (!(v > 0)) return 0;
  if (v >= 9223372036854775807.0) return <u64>i64.MAX_VALUE;
  return <u64>v;
}

// §4.1–4.3: stake, permits used now (stored last epoch) and next, active stake normalised.
function stakeAndPermits(s: Subnet, fx: FixedEpoch): void {
  const n = s.n;
  fixedStake(s, fx);
  const used = addr(s.permitsUsed);
  const stored = addr(s.permits);
  for (let i = 0; i < n; i++) setB(used, i, getB(stored, i) != 0 || i == s.owner ? 1 : 0);
  // s.stake holds the exact doubles of S, so ranking them ranks the fixed values (ties included).
  nextPermits(s, s.newPermits);
  const S = addr(fx.S);
  const A = addr(fx.A);
  const active = addr(s.active);
  for (let i = 0; i < n; i++) setI(A, i, getB(active, i) != 0 && getB(used, i) != 0 ? getI(S, i) : 0);
  fxNormalize(A, n);
}

// §4.4: stored u16 weights as I32F32 integers; rows without a permit emptied, self-weights (except
// the owner's) and outdated entries removed; rows with a positive sum normalised (`safe_div`).
function maskedWeights(s: Subnet, fx: FixedEpoch): void {
  const n = s.n;
  const nv = s.nv;
  const wIn = addr(s.weightsU16);
  const outdated = addr(s.outdated);
  const used = addr(s.permitsUsed);
  const W = addr(fx.W);
  const P = addr(fx.wPresent);
  const owner = s.owner;
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    const rowOn = getB(used, i) != 0;
    let sum: i64 = 0;
    for (let j = 0; j < n; j++) {
      const w = getF(wIn, r + j);
      const present = rowOn && w >= 0 && getB(outdated, r + j) == 0 && (j != i || i == owner);
      const v = present ? fxFromF64(w) : 0;
      setB(P, r + j, present ? 1 : 0);
      setI(W, r + j, v);
      sum += v;
    }
    if (sum > 0) for (let j = 0; j < n; j++) setI(W, r + j, fxDiv(getI(W, r + j), sum));
  }
}

// §4.5: `weighted_median_col_sparse`. The rows are the uids with positive active stake (uids ≥ nv
// have no weights: score 0), their stakes renormalised; m = Σσ − κ; one median search per column.
function consensus(s: Subnet, fx: FixedEpoch): void {
  const n = s.n;
  const nv = s.nv;
  const A = addr(fx.A);
  const use = addr(fx.useIdx);
  const sigma = addr(fx.sigma);
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const a = getI(A, i);
    if (a > 0) {
      setI32(use, rows, i);
      setI(sigma, rows, a);
      rows++;
    }
  }
  fxNormalize(sigma, rows);
  let total: i64 = 0;
  for (let k = 0; k < rows; k++) total += getI(sigma, k);
  const kappa = fxDiv(fxFromF64(s.kappaU16), FX_U16_MAX);
  const minority = fxSub(total, kappa);
  const W = addr(fx.W);
  const C = addr(fx.C);
  const col = addr(fx.colScore);
  const i0 = addr(fx.idx0);
  const i1 = addr(fx.idx1);
  const i2 = addr(fx.idx2);
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < rows; k++) {
      const i = getI32(use, k);
      setI(col, k, i < nv ? getI(W, i * n + j) : 0);
    }
    setI(C, j, fxWeightedMedian(sigma, col, rows, minority, total, i0, i1, i2));
  }
}

// §4.6: `col_clip_sparse` (an entry above C_j is set to C_j, or dropped when C_j ≤ 0), validator
// trust (row sums), ranks R_j = Σ_i Sᵃ_i·W̄_ij (`matmul_sparse`), incentive = normalised R.
function clipTrustRanks(s: Subnet, fx: FixedEpoch): void {
  const n = s.n;
  const nv = s.nv;
  const W = addr(fx.W);
  const P = addr(fx.wPresent);
  const Wc = addr(fx.Wc);
  const Pc = addr(fx.cPresent);
  const C = addr(fx.C);
  const A = addr(fx.A);
  const R = addr(fx.R);
  const VT = addr(fx.VT);
  memory.fill(R, 0, <usize>n << 3);
  memory.fill(VT, 0, <usize>n << 3);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    const a = getI(A, i);
    let vt: i64 = 0;
    for (let j = 0; j < n; j++) {
      let v: i64 = 0;
      let present = false;
      if (getB(P, r + j) != 0) {
        const w = getI(W, r + j);
        const c = getI(C, j);
        if (c < w) {
          present = 0 < c;
          v = present ? c : 0;
        } else {
          present = true;
          v = w;
        }
      }
      setI(Wc, r + j, v);
      setB(Pc, r + j, present ? 1 : 0);
      if (present) {
        vt += v;
        setI(R, j, fxAdd(getI(R, j), fxMul(a, v)));
      }
    }
    setI(VT, i, vt);
  }
  const I = addr(fx.I);
  memory.copy(I, R, <usize>n << 3);
  fxNormalize(I, n);
}

// §4.7: `interpolate_sparse` for 0 < β < 1: W + β·(W̄ − W) over every column, kept where > 0.
function interpolate(s: Subnet, fx: FixedEpoch, beta: i64): void {
  const m = s.nv * s.n;
  const W = addr(fx.W);
  const Wc = addr(fx.Wc);
  const Wb = addr(fx.Wb);
  const Pb = addr(fx.bPresent);
  for (let k = 0; k < m; k++) {
    const v1 = getI(W, k);
    const x = fxAdd(v1, fxMul(beta, fxSub(getI(Wc, k), v1)));
    const keep = x > 0;
    setI(Wb, k, keep ? x : 0);
    setB(Pb, k, keep ? 1 : 0);
  }
}

// §4.12: combined I + D (saturating), its sum; shares normalised by that sum; with no emission the
// validators' share is the active stake (or the stake when no stake is active). Rao amounts via I96F32.
function emission(s: Subnet, fx: FixedEpoch): void {
  const n = s.n;
  const I = addr(fx.I);
  const D = addr(fx.D);
  const server = addr(fx.server);
  const validator = addr(fx.validator);
  let sum: i64 = 0;
  for (let i = 0; i < n; i++) sum += fxAdd(getI(I, i), getI(D, i));
  if (sum != 0) {
    for (let i = 0; i < n; i++) {
      setI(server, i, fxDiv(getI(I, i), sum));
      setI(validator, i, fxDiv(getI(D, i), sum));
    }
  } else {
    const A = addr(fx.A);
    let activeSum: i64 = 0;
    for (let i = 0; i < n; i++) activeSum += getI(A, i);
    memory.copy(server, I, <usize>n << 3);
    memory.copy(validator, activeSum != 0 ? A : addr(fx.S), <usize>n << 3);
  }
  const raoF = s.raoEmission;
  const rao: u64 = !(raoF > 0) ? 0 : raoF >= 18446744073709551615.0 ? u64.MAX_VALUE : <u64>raoF;
  const sr = addr(fx.serverRao);
  const vr = addr(fx.validatorRao);
  for (let i = 0; i < n; i++) {
    setF(sr, i, <f64>fxShareOfRao(getI(server, i), rao));
    setF(vr, i, <f64>fxShareOfRao(getI(validator, i), rao));
  }
}

// §4.12 storage of bonds: rows of next-epoch validators rewritten as floor(65535·x) of the stored
// form, rows of validators that lost their permit cleared, the rest untouched.
function storeBonds(s: Subnet, fx: FixedEpoch): void {
  const n = s.n;
  const nv = s.nv;
  const B = addr(s.bondsU16);
  const src = s.version == YUMA_2 ? addr(fx.up) : addr(fx.E);
  const next = addr(s.newPermits);
  const used = addr(s.permitsUsed);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    if (getB(next, i) != 0) {
      for (let j = 0; j < n; j++) setF(B, r + j, <f64>fxToU16(getI(src, r + j)));
    } else if (getB(used, i) != 0) {
      memory.fill(B + (<usize>r << 3), 0, <usize>n << 3);
    }
  }
}

// The exact doubles of the fixed results into the Subnet's output buffers (the yuma-io.ts fields).
function publish(s: Subnet, fx: FixedEpoch): void {
  const n = s.n;
  const m = s.nv * n;
  toDoubles(addr(fx.A), addr(s.activeStake), n);
  toDoubles(addr(fx.C), addr(s.consensus), n);
  toDoubles(addr(fx.VT), addr(s.trust), n);
  toDoubles(addr(fx.R), addr(s.ranks), n);
  toDoubles(addr(fx.I), addr(s.incentive), n);
  toDoubles(addr(fx.D), addr(s.dividends), n);
  toDoubles(addr(fx.server), addr(s.serverShare), n);
  toDoubles(addr(fx.validator), addr(s.validatorShare), n);
  toDoubles(addr(fx.W), addr(s.weights), m);
  toDoubles(addr(fx.Wc), addr(s.clipped), m);
  toDoubles(s.version == YUMA_2 ? addr(fx.up) : addr(fx.E), addr(s.emaBonds), m);
  toDoubles(addr(fx.En), addr(s.emaBondsNorm), m);
  s.alphasUsed = fx.alphasUsed;
  if (fx.alphasUsed) toDoubles(addr(fx.alphas), addr(s.alphas), m);
}

function toDoubles(src: usize, dst: usize, len: i32): void {
  for (let k = 0; k < len; k++) setF(dst, k, fxToF64(getI(src, k)));
}
