// Branch-free choices for the hot loops. V8 compiles a wasm f64 `select` to a conditional jump, which
// mispredicts on data-dependent conditions (half the entries of a column lie under its consensus);
// an integer select or min compiles to cmov, so these work on the doubles' bit patterns.

/** v when cond holds, else +0, without a branch; used by the median's stake sums. */
// @ts-ignore: decorator
@inline
export function keepIf(v: f64, cond: bool): f64 {
  return reinterpret<f64>(select<i64>(reinterpret<i64>(v), 0, cond));
}

/** min(a, b) for a, b ≥ 0 (not NaN), without a branch: non-negative doubles order like their bit
 *  patterns read as integers. Used for clipping weights at consensus (spec §4.6). */
// @ts-ignore: decorator
@inline
export function minNonNegative(a: f64, b: f64): f64 {
  return reinterpret<f64>(min<i64>(reinterpret<i64>(a), reinterpret<i64>(b)));
}

/** a when cond holds, else b, without a branch; used where a loop-invariant or data-dependent
 *  choice sits inside a hot loop. */
// @ts-ignore: decorator
@inline
export function choose(a: f64, b: f64, cond: bool): f64 {
  return reinterpret<f64>(select<i64>(reinterpret<i64>(a), reinterpret<i64>(b), cond));
}

/** max(x, 0) without a branch (−0 and negatives give +0): negative doubles read as negative integers.
 *  Used for the chain's "keep only values > 0" (spec §4.7, §4.11). */
// @ts-ignore: decorator
@inline
export function positivePart(x: f64): f64 {
  return reinterpret<f64>(max<i64>(reinterpret<i64>(x), 0));
}
