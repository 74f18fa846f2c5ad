// Yuma 2 bonds and dividends (spec §4.10).
import { Subnet } from './subnet';
import { normalizeRange } from './math';
import { addr, getF, setF } from './mem';
import { storeBonds } from './storage';

// §4.10: Yuma 2 bonds are column-normalised stake-weighted weights; the stored form is the
// column max-upscaled EMA (so emaBonds holds the upscaled values, emaBondsNorm the normalised).
/** Bonds EMA, dividends and stored bonds of a Yuma 2 epoch from W̃ at wb; called by the epoch. */
export function bondsYuma2(s: Subnet, wb: usize): void {
  const n = s.n;
  const nv = s.nv;
  const B = addr(s.bondsU16);
  const A = addr(s.activeStake);
  const E = addr(s.emaBonds);
  const En = addr(s.emaBondsNorm);
  const oldSum = addr(s.colA);
  const deltaSum = addr(s.colB);
  memory.fill(oldSum, 0, <usize>n << 3);
  memory.fill(deltaSum, 0, <usize>n << 3);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    const a = getF(A, i);
    for (let j = 0; j < n; j++) {
      setF(oldSum, j, getF(oldSum, j) + getF(B, r + j));
      setF(deltaSum, j, getF(deltaSum, j) + getF(wb, r + j) * a);
    }
  }
  // B = a·ΔB + (1 − a)·B⁰ with both column-normalised; kept > 0.
  const rate = s.emaRate;
  const keep = 1 - rate;
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    const a = getF(A, i);
    for (let j = 0; j < n; j++) {
      const ds = getF(deltaSum, j);
      const os = getF(oldSum, j);
      const d = getF(wb, r + j) * a;
      const b = getF(B, r + j);
      const e = rate * (ds != 0 ? d / ds : d) + keep * (os != 0 ? b / os : b);
      setF(En, r + j, e > 0 ? e : 0);
    }
  }
  // Column-normalise the EMA (deltaSum's buffer is reused for its sums).
  const emaSum = deltaSum;
  memory.fill(emaSum, 0, <usize>n << 3);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    for (let j = 0; j < n; j++) setF(emaSum, j, getF(emaSum, j) + getF(En, r + j));
  }
  const I = addr(s.incentive);
  const D = addr(s.dividends);
  const colMax = oldSum;
  memory.fill(colMax, 0, <usize>n << 3);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    let d = 0.0;
    for (let j = 0; j < n; j++) {
      const c = getF(emaSum, j);
      const e = getF(En, r + j);
      const v = c != 0 ? e / c : e;
      setF(En, r + j, v);
      d += getF(I, j) * v;
      setF(colMax, j, max(getF(colMax, j), v));
    }
    setF(D, i, d);
  }
  memory.fill(D + (<usize>nv << 3), 0, <usize>(n - nv) << 3);
  normalizeRange(D, n);
  // Stored form: column max-upscaled.
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    for (let j = 0; j < n; j++) {
      const c = getF(colMax, j);
      const v = getF(En, r + j);
      setF(E, r + j, c != 0 ? v / c : v);
    }
  }
  storeBonds(s);
}

