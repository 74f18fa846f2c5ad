// Consensus (spec §4.5): the stake-weighted κ-quantile of every column (median.ts), recomputed only
// for columns whose inputs moved.
import { Subnet } from './subnet';
import { addr, getB, getF, setF } from './mem';
import { kappaQuantile } from './median';

// §4.5: κ-quantile per column over the uids with positive active stake. Uids ≥ nv hold no weight
// rows, so any active stake they have is one extra all-zero row (row nv of colScores). A column
// whose scores, stakes and κ are all as last epoch keeps its consensus.
/** Consensus C_j in [0, 1] of every column into s.consensus; called by the epoch. */
export function consensus(s: Subnet): void {
  const n = s.n;
  const nv = s.nv;
  const A = addr(s.activeStake);
  const sigma = addr(s.sigma);
  const C = addr(s.consensus);
  let total = 0.0;
  for (let i = 0; i < n; i++) {
    const a = getF(A, i);
    if (a > 0) total += a;
  }
  // σ = active stakes renormalised, T = Σσ in uid order (spec §4.5 / chain weighted_median_col).
  let T = 0.0;
  for (let i = 0; i < nv; i++) {
    const a = getF(A, i);
    const x = a > 0 ? a / total : 0;
    setF(sigma, i, x);
    T += x;
  }
  let extra = 0.0;
  for (let i = nv; i < n; i++) {
    const a = getF(A, i);
    if (a > 0) {
      const x = a / total;
      extra += x;
      T += x;
    }
  }
  setF(sigma, nv, extra);
  const minority = total > 0 ? T - s.kappa : 0;
  const prev = addr(s.prevSigma);
  const touched = addr(s.colTouched);
  let same = minority == s.prevMinority;
  for (let i = 0; i <= nv; i++) same = same && getF(sigma, i) == getF(prev, i);
  if (!same) {
    memory.fill(touched, 1, <usize>n);
    memory.copy(prev, sigma, <usize>(nv + 1) << 3);
    s.prevMinority = minority;
  }
  if (total == 0) {
    memory.fill(C, 0, <usize>n << 3);
    return;
  }
  const cs = addr(s.colScores);
  const stride = nv + 1;
  const sv = addr(s.scratchV);
  const ss = addr(s.scratchS);
  for (let j = 0; j < n; j++) {
    if (getB(touched, j) == 0) continue;
    // The previous epoch's consensus is the first pivot: usually it is still the answer.
    setF(C, j, kappaQuantile(cs + (<usize>(j * stride) << 3), sigma, stride, minority, getF(C, j), sv, ss));
  }
}

