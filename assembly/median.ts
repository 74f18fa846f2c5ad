// The stake-weighted κ-quantile of one column (spec §4.5): the score x with
//   σ(score < x) ≤ m < σ(score ≤ x),   m = T − κ,  T = Σσ,
// i.e. the smallest score x with σ(score ≤ x) > m (or the largest score when none is, which is
// what the chain's partition search returns when m ≥ T). Any method evaluating these inequalities
// gives the same x; a pivot only decides where to look.
import { addr, getF, setF } from './mem';
import { keepIf } from './select';

/** Consensus of one column in [0, 1]: len scores at `scores` with stakes σ ≥ 0 at `sigma` (rows with
 *  σ = 0 are not counted), minority m = T − κ; hint (the previous consensus, or NaN) is tried first.
 *  sv/ss are scratch of len f64 each. Called by the epoch per column and by weightedMedianColumn. */
export function kappaQuantile(scores: usize, sigma: usize, len: i32, minority: f64, hint: f64, sv: usize, ss: usize): f64 {
  if (hint != hint) return cold(scores, sigma, len, minority, sv, ss);
  // One branch-free pass measures the hint: σ(score < hint) and σ(score ≤ hint). Two partial sums
  // each keep the adds from forming one long dependency chain.
  let below0 = 0.0;
  let below1 = 0.0;
  let upTo0 = 0.0;
  let upTo1 = 0.0;
  let k = 0;
  for (; k + 1 < len; k += 2) {
    const v0 = getF(scores, k);
    const s0 = getF(sigma, k);
    const v1 = getF(scores, k + 1);
    const s1 = getF(sigma, k + 1);
    below0 += keepIf(s0, v0 < hint);
    upTo0 += keepIf(s0, v0 <= hint);
    below1 += keepIf(s1, v1 < hint);
    upTo1 += keepIf(s1, v1 <= hint);
  }
  if (k < len) {
    const v = getF(scores, k);
    const s = getF(sigma, k);
    below0 += keepIf(s, v < hint);
    upTo0 += keepIf(s, v <= hint);
  }
  const below = below0 + below1;
  const upTo = upTo0 + upTo1;
  if (minority < below) return searchDown(scores, sigma, len, minority, hint, below, sv, ss);
  if (minority < upTo) return hint;
  return searchUp(scores, sigma, len, minority, hint, upTo, sv, ss);
}

// Consensus moved down: the answer x is the smallest score with σ(≤ x) > m, and σ(< hint) = below > m.
// Step to the nearest score under the current bound; it is the answer iff what lies under it is ≤ m.
// A small move settles in a step or two; further ones fall back to the quickselect below the bound.
function searchDown(scores: usize, sigma: usize, len: i32, minority: f64, hint: f64, below: f64, sv: usize, ss: usize): f64 {
  let bound = hint;
  let under = below;
  for (let step = 0; step < NEAR_STEPS; step++) {
    let x = -Infinity;
    for (let k = 0; k < len; k++) {
      const v = getF(scores, k);
      x = select<f64>(v, x, i32(v < bound) & i32(v > x) & i32(getF(sigma, k) > 0));
    }
    // Nothing counted under the bound happens only when m < 0 (κ > T): the answer is then the
    // smallest score, which is the bound once a step has been taken.
    if (x == -Infinity) return step > 0 ? bound : cold(scores, sigma, len, minority, sv, ss);
    under -= stakeAt(scores, sigma, len, x);
    if (under <= minority) return x;
    bound = x;
  }
  const kept = gather(scores, sigma, len, -Infinity, bound, sv, ss);
  return kept == 0 ? bound : quickselect(sv, ss, kept, 0, minority, getF(sv, kept >> 1));
}

// Consensus moved up: σ(≤ hint) = upTo ≤ m. Step to the nearest score above the current bound; it is
// the answer iff its stake lifts the count past m.
function searchUp(scores: usize, sigma: usize, len: i32, minority: f64, hint: f64, upTo: f64, sv: usize, ss: usize): f64 {
  let bound = hint;
  let counted = upTo;
  for (let step = 0; step < NEAR_STEPS; step++) {
    let x = Infinity;
    for (let k = 0; k < len; k++) {
      const v = getF(scores, k);
      x = select<f64>(v, x, i32(v > bound) & i32(v < x) & i32(getF(sigma, k) > 0));
    }
    // Nothing counted above the bound happens only when m ≥ T (κ ≤ 0): the answer is then the
    // largest score, which is the bound once a step has been taken.
    if (x == Infinity) return step > 0 ? bound : cold(scores, sigma, len, minority, sv, ss);
    counted += stakeAt(scores, sigma, len, x);
    if (minority < counted) return x;
    bound = x;
  }
  const kept = gather(scores, sigma, len, bound, Infinity, sv, ss);
  return kept == 0 ? bound : quickselect(sv, ss, kept, counted, minority, getF(sv, kept >> 1));
}

/** Nearest-score steps tried before a quickselect: each is two passes over the column. */
const NEAR_STEPS = 3;

function stakeAt(scores: usize, sigma: usize, len: i32, x: f64): f64 {
  let s = 0.0;
  for (let k = 0; k < len; k++) s += select<f64>(getF(sigma, k), 0, getF(scores, k) == x);
  return s;
}

// The search without a hint: all counted rows, first pivot in the middle.
function cold(scores: usize, sigma: usize, len: i32, minority: f64, sv: usize, ss: usize): f64 {
  const kept = gather(scores, sigma, len, -Infinity, Infinity, sv, ss);
  return kept == 0 ? 0 : quickselect(sv, ss, kept, 0, minority, getF(sv, kept >> 1));
}

// Copies the counted rows (σ > 0) with lo < score < hi into sv/ss, branch-free; returns how many.
function gather(scores: usize, sigma: usize, len: i32, lo: f64, hi: f64, sv: usize, ss: usize): i32 {
  let kept = 0;
  for (let k = 0; k < len; k++) {
    const v = getF(scores, k);
    const s = getF(sigma, k);
    setF(sv, kept, v);
    setF(ss, kept, s);
    kept += i32(v > lo) & i32(v < hi) & i32(s > 0);
  }
  return kept;
}

// Expected-O(len) weighted quickselect over sv/ss[0 .. len): the smallest x with below + σ(≤ x) > m,
// or the largest x when none is. Three-way partition around `pivot`, then around the middle element
// of what remains; `below` is the stake of everything known to lie under the range.
function quickselect(sv: usize, ss: usize, len: i32, below: f64, minority: f64, pivot: f64): f64 {
  if (len == 0) return 0;
  let lo = 0;
  let hi = len;
  let p = pivot;
  while (true) {
    let lt = lo;
    let i = lo;
    let gt = hi;
    let sLess = 0.0;
    let sEq = 0.0;
    while (i < gt) {
      const v = getF(sv, i);
      const s = getF(ss, i);
      if (v < p) {
        setF(sv, i, getF(sv, lt));
        setF(ss, i, getF(ss, lt));
        setF(sv, lt, v);
        setF(ss, lt, s);
        sLess += s;
        lt++;
        i++;
      } else if (v > p) {
        gt--;
        setF(sv, i, getF(sv, gt));
        setF(ss, i, getF(ss, gt));
        setF(sv, gt, v);
        setF(ss, gt, s);
      } else {
        sEq += s;
        i++;
      }
    }
    const less = below + sLess;
    if (minority < less && lt > lo) {
      hi = lt;
    } else if (minority < less + sEq || gt == hi) {
      return p;
    } else {
      below = less + sEq;
      lo = gt;
    }
    p = getF(sv, lo + ((hi - lo) >> 1));
  }
  return 0;
}

/** Test entry (median.test.ts): consensus of one column from raw scores and active stakes (any
 *  scale; entries with stake ≤ 0 are left out, the rest renormalised as in spec §4.5), κ = kappaU16/65535;
 *  hint = a first pivot to try, NaN for none. Allocates; not used by the epoch. */
export function weightedMedianColumn(scores: Float64Array, stakes: Float64Array, kappaU16: f64, hint: f64): f64 {
  const n = min(scores.length, stakes.length);
  const v = new StaticArray<f64>(n);
  const s = new StaticArray<f64>(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    if (stakes[i] > 0) {
      v[len] = scores[i];
      s[len] = stakes[i];
      len++;
    }
  }
  let total = 0.0;
  for (let k = 0; k < len; k++) total += s[k];
  for (let k = 0; k < len; k++) s[k] = s[k] / total;
  let t = 0.0;
  for (let k = 0; k < len; k++) t += s[k];
  const sv = new StaticArray<f64>(n);
  const ss = new StaticArray<f64>(n);
  return kappaQuantile(addr(v), addr(s), len, t - kappaU16 / 65535, hint, addr(sv), addr(ss));
}
