// Consensus in the chain-exact mode (spec §4.5): the chain's own stake-weighted median search
// (`weighted_median`), step for step in I32F32. Mid-pivot partition search over an index list: the
// pivot is the score at the middle position of the current list, the list is split into the indices
// scoring below and above it (in list order), and the search continues in the part that holds the
// κ-quantile; the stake bounds of the part are saturating I32F32 sums. In exact arithmetic the answer
// is the score x with σ(score < x) ≤ m < σ(score ≤ x) (median.ts); the stakes here are fixed-point
// values, so the partial sums are fixed-point sums, and following the chain's steps also keeps its
// answer in the edge cases (zero-stake rows, m < 0, m ≥ T).
import { getI, getI32, setI32 } from './mem';
import { fxAdd, fxSub } from './fixed';

/** The κ-quantile of `len` scores (I32F32 at `score`) with stakes (I32F32 at `stake`, normalised, summing
 *  to `total`), minority m = total − κ. idx0/idx1/idx2: scratch of len i32 each. Allocation-free;
 *  called per column by the fixed-point epoch and by the fxWeightedMedian test entry. */
export function fxWeightedMedian(stake: usize, score: usize, len: i32, minority: i64, total: i64, idx0: usize, idx1: usize, idx2: usize): i64 {
  let cur = idx0;
  let lower = idx1;
  let upper = idx2;
  for (let k = 0; k < len; k++) setI32(cur, k, k);
  let n = len;
  let lo: i64 = 0;
  let hi = total;
  let iterations = 0;
  while (true) {
    if (n == 0) return 0;
    if (n == 1) return getI(score, getI32(cur, 0));
    const pivot = getI(score, getI32(cur, n >> 1));
    let loStake: i64 = 0;
    let hiStake: i64 = 0;
    let nl = 0;
    let nu = 0;
    for (let k = 0; k < n; k++) {
      const idx = getI32(cur, k);
      const v = getI(score, idx);
      if (v == pivot) continue;
      if (v < pivot) {
        loStake = fxAdd(loStake, getI(stake, idx));
        setI32(lower, nl++, idx);
      } else {
        hiStake = fxAdd(hiStake, getI(stake, idx));
        setI32(upper, nu++, idx);
      }
    }
    if (minority < fxAdd(lo, loStake) && nl > 0) {
      hi = fxAdd(lo, loStake);
      const t = cur;
      cur = lower;
      lower = t;
      n = nl;
    } else if (fxSub(hi, hiStake) <= minority && nu > 0) {
      lo = fxSub(hi, hiStake);
      const t = cur;
      cur = upper;
      upper = t;
      n = nu;
    } else {
      return pivot;
    }
    // The chain's safety limit; every step drops the pivot, so it is never reached.
    if (++iterations > len) break;
  }
  return 0;
}
