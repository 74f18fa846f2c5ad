// Clipping at consensus and the weights bonds are bought with (spec §4.6–4.7), for the paths that
// keep them as separate sweeps (Yuma 2, liquid alpha); the fixed-rate Yuma 3 path fuses them (yuma3.ts).
import { Subnet } from './subnet';
import { normalizeRange } from './math';
import { addr, getF, setF } from './mem';
import { minNonNegative } from './select';

// §4.6: clipped weights W̄ = min(W, C) (an entry above C_j = 0 is dropped: value 0, and absent for
// liquid alpha), validator trust, ranks, incentive.
/** W̄, validator trust, ranks and incentive into s; called by the epoch. */
export function clipTrustRanks(s: Subnet): void {
  const n = s.n;
  const nv = s.nv;
  const W = addr(s.weights);
  const Wc = addr(s.clipped);
  const C = addr(s.consensus);
  const A = addr(s.activeStake);
  const R = addr(s.ranks);
  const VT = addr(s.trust);
  memory.fill(R, 0, <usize>n << 3);
  memory.fill(VT, 0, <usize>n << 3);
  // Two rows per sweep: their trust sums are independent chains, and R_j still adds rows in order.
  let i = 0;
  for (; i + 1 < nv; i += 2) {
    const r0 = i * n;
    const r1 = r0 + n;
    const a0 = getF(A, i);
    const a1 = getF(A, i + 1);
    let vt0 = 0.0;
    let vt1 = 0.0;
    for (let j = 0; j < n; j++) {
      const c = getF(C, j);
      const w0 = getF(W, r0 + j);
      const w1 = getF(W, r1 + j);
      const v0 = minNonNegative(w0, c);
      const v1 = minNonNegative(w1, c);
      setF(Wc, r0 + j, v0);
      setF(Wc, r1 + j, v1);
      vt0 += v0;
      vt1 += v1;
      setF(R, j, getF(R, j) + a0 * v0 + a1 * v1);
    }
    setF(VT, i, vt0);
    setF(VT, i + 1, vt1);
  }
  if (i < nv) {
    const r = i * n;
    const a = getF(A, i);
    let vt = 0.0;
    for (let j = 0; j < n; j++) {
      const c = getF(C, j);
      const w = getF(W, r + j);
      const v = minNonNegative(w, c);
      setF(Wc, r + j, v);
      vt += v;
      setF(R, j, getF(R, j) + a * v);
    }
    setF(VT, i, vt);
  }
  const I = addr(s.incentive);
  memory.copy(I, R, <usize>n << 3);
  normalizeRange(I, n);
}

// §4.7: weights for bonds W̃. β ∈ {0, 1} are exact copies of W or W̄, so those buffers are used as is.
/** Address of W̃ (nv × n): W, W̄ or their β-interpolation in s.bondWeights; called by the epoch. */
export function bondWeights(s: Subnet): usize {
  if (s.penalty == 0) return addr(s.weights);
  if (s.penalty == 1) return addr(s.clipped);
  const m = s.nv * s.n;
  const W = addr(s.weights);
  const Wc = addr(s.clipped);
  const Wb = addr(s.bondWeights);
  const beta = s.penalty;
  for (let k = 0; k < m; k++) {
    const w = getF(W, k);
    const v = w + beta * (getF(Wc, k) - w);
    setF(Wb, k, v > 0 ? v : 0);
  }
  return Wb;
}

