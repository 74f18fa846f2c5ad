// Yuma 3 bonds and dividends (spec §4.8, §4.11, §5, §8): per-pair bonds in [0, 1] bought with W̃ at a
// fixed or liquid rate, dividends from column-normalised bonds weighted by active stake.
import { Subnet, LA_CURRENT, LA_AUTO } from './subnet';
import { normalizeRange, u16ToProportion } from './math';
import { liquidAlphaRate } from './liquid-alpha';
import { addr, getB, getF, setF } from './mem';
import { minNonNegative } from './select';

// Consensus the liquid-alpha sigmoid compares with (spec §5.4): current, or the stored consensus
// of the previous epoch (falling back to current when none is stored yet).
/** Address of the consensus (n, proportions) liquid alpha compares with; called by the epoch. */
export function liquidAlphaConsensus(s: Subnet): usize {
  if (s.laMode == LA_CURRENT || !s.hasPrevConsensus) return addr(s.consensus);
  if (s.laMode == LA_AUTO && s.penaltyU16 != 65535) return addr(s.consensus);
  return addr(s.prevConsensus);
}

/** Whether this epoch uses per-entry rates: liquid alpha on and some consensus it compares with ≠ 0 (spec §5.3); called by the epoch. */
export function liquidAlphaUsed(s: Subnet, cLA: usize): bool {
  if (!s.liquidAlpha) return false;
  for (let j = 0; j < s.n; j++) if (getF(cLA, j) != 0) return true;
  return false;
}

// §4.6 + §4.7 + §4.11 step 2 at the fixed rate a, in one sweep over the entries: clipped weights
// W̄ = min(W, C), trust, ranks and incentive; W̃ from W and W̄ (β); B = a·W̃ + (1 − a)·B⁰ (kept > 0)
// with its column sums in colA; and the stored bonds (each entry only reads its own old bond).
/** W̄, trust, ranks, incentive, B (s.emaBonds), its column sums (s.colA) and stored bonds; called by the epoch. */
export function clipWithFixedRateEma(s: Subnet): void {
  const n = s.n;
  const nv = s.nv;
  const A = addr(s.activeStake);
  const R = addr(s.ranks);
  const VT = addr(s.trust);
  const B = addr(s.bondsU16);
  const colSum = addr(s.colA);
  const next = addr(s.newPermits);
  const used = addr(s.permitsUsed);
  const beta = s.penalty;
  memory.fill(R, 0, <usize>n << 3);
  memory.fill(VT, 0, <usize>n << 3);
  memory.fill(colSum, 0, <usize>n << 3);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    const a = getF(A, i);
    const store = getB(next, i) != 0;
    // Constant flags make the inlined sweep a specialised loop: V8 does not unswitch loops, and a
    // branch per entry costs more than the arithmetic.
    let vt: f64;
    if (beta == 1) vt = store ? emaRow(s, r, a, PENALTY_FULL, true) : emaRow(s, r, a, PENALTY_FULL, false);
    else if (beta == 0) vt = store ? emaRow(s, r, a, PENALTY_NONE, true) : emaRow(s, r, a, PENALTY_NONE, false);
    else vt = store ? emaRow(s, r, a, PENALTY_PARTIAL, true) : emaRow(s, r, a, PENALTY_PARTIAL, false);
    setF(VT, i, vt);
    if (!store && getB(used, i) != 0) memory.fill(B + (<usize>r << 3), 0, <usize>n << 3);
  }
  const I = addr(s.incentive);
  memory.copy(I, R, <usize>n << 3);
  normalizeRange(I, n);
}

const PENALTY_NONE = 0; // β = 0: W̃ = W
const PENALTY_FULL = 1; // β = 1: W̃ = W̄
const PENALTY_PARTIAL = 2; // W̃ = W + β(W̄ − W), kept > 0

// One row of clipWithFixedRateEma; returns the row's validator trust. The emaRate is in [0, 1]
// (setHyper), so B ≤ 1 and floor(65535·B) needs no clamp.
// @ts-ignore: decorator
@inline
function emaRow(s: Subnet, r: i32, a: f64, penalty: i32, store: bool): f64 {
  const n = s.n;
  const W = addr(s.weights);
  const Wc = addr(s.clipped);
  const C = addr(s.consensus);
  const R = addr(s.ranks);
  const B = addr(s.bondsU16);
  const E = addr(s.emaBonds);
  const colSum = addr(s.colA);
  const rate = s.emaRate;
  const retain = 1 - rate;
  const beta = s.penalty;
  let vt = 0.0;
  for (let j = 0; j < n; j++) {
    const w = getF(W, r + j);
    const v = minNonNegative(w, getF(C, j));
    setF(Wc, r + j, v);
    vt += v;
    setF(R, j, getF(R, j) + a * v);
    let wb = v;
    if (penalty == PENALTY_NONE) wb = w;
    else if (penalty == PENALTY_PARTIAL) {
      const x = w + beta * (v - w);
      wb = x > 0 ? x : 0;
    }
    const e = rate * wb + retain * u16ToProportion(getF(B, r + j));
    const b = e > 0 ? e : 0;
    setF(E, r + j, b);
    setF(colSum, j, getF(colSum, j) + b);
    if (store) setF(B, r + j, Math.floor(b * 65535));
  }
  return vt;
}

// §4.11 step 2 with liquid alpha: per-entry rates (all entries, for the alphas output), and on the
// sparse chain only entries present in W̃ are written, so an absent one drops its bond (spec §8).
// Presence of W̃: β = 0 → the explicit W entries; β = 1 → those W̄ kept (not above a zero
// consensus); otherwise the interpolated value is > 0. Accumulates column sums into colA.
/** Rates α (s.alphas), B (s.emaBonds) and its column sums (s.colA) from W̃ at wb; called by the epoch. */
export function liquidEma(s: Subnet, wb: usize, cLA: usize): void {
  const n = s.n;
  const nv = s.nv;
  const B = addr(s.bondsU16);
  const E = addr(s.emaBonds);
  const alphas = addr(s.alphas);
  const colSum = addr(s.colA);
  const present = addr(s.weightsPresent);
  const W = addr(s.weights);
  const C = addr(s.consensus);
  const lo = s.alphaLow;
  const hi = s.alphaHigh;
  const steep = s.steepness;
  const beta = s.penalty;
  memory.fill(colSum, 0, <usize>n << 3);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    for (let j = 0; j < n; j++) {
      const w = getF(wb, r + j);
      const b = u16ToProportion(getF(B, r + j));
      const alpha = liquidAlphaRate(getF(cLA, j), w, b, lo, hi, steep);
      setF(alphas, r + j, alpha);
      let has = w > 0;
      if (beta == 0) has = getB(present, r + j) != 0;
      else if (beta == 1) has = getB(present, r + j) != 0 && !(getF(C, j) == 0 && getF(W, r + j) > 0);
      let e = 0.0;
      if (has) {
        e = min(1, (1 - alpha) * b + alpha * max(w, 0));
        if (!(e > 0)) e = 0;
      }
      setF(E, r + j, e);
      setF(colSum, j, getF(colSum, j) + e);
    }
  }
}

// §4.11 step 3: column-normalised bonds Bⁿ (colA holds the column sums of B), T_i = Σ_j Bⁿ_ij I_j,
// D_i = Sᵃ_i T_i, normalised. Two rows per sweep keep the two T sums' adds from waiting on each other.
/** Normalised bonds (s.emaBondsNorm, when materialised) and dividends D (s.dividends); called by the epoch. */
export function dividendsYuma3(s: Subnet): void {
  const n = s.n;
  const nv = s.nv;
  const colSum = addr(s.colA);
  const keepNorm = s.materialize;
  const E = addr(s.emaBonds);
  const En = addr(s.emaBondsNorm);
  const I = addr(s.incentive);
  const A = addr(s.activeStake);
  const D = addr(s.dividends);
  let i = 0;
  for (; i + 1 < nv; i += 2) {
    const r0 = i * n;
    const r1 = r0 + n;
    let t0 = 0.0;
    let t1 = 0.0;
    for (let j = 0; j < n; j++) {
      const c = getF(colSum, j);
      const x = getF(I, j);
      const e0 = getF(E, r0 + j);
      const e1 = getF(E, r1 + j);
      const v0 = c != 0 ? e0 / c : e0;
      const v1 = c != 0 ? e1 / c : e1;
      if (keepNorm) {
        setF(En, r0 + j, v0);
        setF(En, r1 + j, v1);
      }
      t0 += v0 * x;
      t1 += v1 * x;
    }
    setF(D, i, t0 * getF(A, i));
    setF(D, i + 1, t1 * getF(A, i + 1));
  }
  if (i < nv) {
    const r = i * n;
    let t = 0.0;
    for (let j = 0; j < n; j++) {
      const c = getF(colSum, j);
      const e = getF(E, r + j);
      const v = c != 0 ? e / c : e;
      if (keepNorm) setF(En, r + j, v);
      t += v * getF(I, j);
    }
    setF(D, i, t * getF(A, i));
  }
  memory.fill(D + (<usize>nv << 3), 0, <usize>(n - nv) << 3);
  normalizeRange(D, n);
}

