// Small fast-check building blocks shared by the property tests. fc.double is uniform over the bits
// of a double (93% of fc.double({ min: 0, max: 1 }) lies below 0.01), so a draw meant to be uniform
// on an interval maps an integer instead; fast-check biases integers a little toward their ends, which
// only adds edge cases. Every helper shrinks toward its simplest value (the low end, `false`, the first
// choice).
import fc from 'fast-check';

const STEPS = 2 ** 30;
/** A failing case also tries the first choice of a oneof, so it shrinks to the simplest branch. */
const CROSS = { withCrossShrink: true };
const arb = <T>(x: fc.Arbitrary<T> | T): fc.Arbitrary<T> => (x instanceof fc.Arbitrary ? x : fc.constant(x));

/** Uniform on [0, 1) (a multiple of 2⁻³⁰); shrinks toward 0. */
export const unit = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: STEPS - 1 }).map((k) => k / STEPS);

/** Uniform on [lo, hi); shrinks toward lo. */
export const uniform = (lo: number, hi: number): fc.Arbitrary<number> => unit().map((t) => lo + (hi - lo) * t);

/** Uniform in log space on [lo, hi) (both > 0); shrinks toward lo. */
export const logUniform = (lo: number, hi: number): fc.Arbitrary<number> =>
  unit().map((t) => Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * t));

/** floor(exp(t · ln hi)) for t uniform on [0, 1): integers from 1 to hi, log-uniformly; shrinks toward 1. */
export const logInt = (hi: number): fc.Arbitrary<number> => unit().map((t) => Math.floor(Math.exp(t * Math.log(hi))));

/** Integers lo..hi inclusive. */
export const int = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max });

/** true with probability p (to 1/1000); shrinks toward false. */
export const chance = (p: number): fc.Arbitrary<boolean> => {
  const w = Math.round(p * 1000);
  return fc.oneof(CROSS, { arbitrary: fc.constant(false), weight: 1000 - w }, { arbitrary: fc.constant(true), weight: w });
};

/** Either `yes` (with probability p) or `no`; shrinks toward `no`. */
export const either = <T>(p: number, yes: fc.Arbitrary<T> | T, no: fc.Arbitrary<T> | T): fc.Arbitrary<T> => {
  const w = Math.round(p * 1000);
  return fc.oneof(CROSS, { arbitrary: arb(no), weight: 1000 - w }, { arbitrary: arb(yes), weight: w });
};


/** One of the items, each equally likely: plain values (the generators' deliberate extremes) or
 *  arbitraries; shrinks toward the first. */
export const among = <T>(...items: (fc.Arbitrary<T> | T)[]): fc.Arbitrary<T> => fc.oneof(CROSS, ...items.map(arb));

/** An array of exactly `length` items. */
export const arrayOf = <T>(item: fc.Arbitrary<T>, length: number): fc.Arbitrary<T[]> => fc.array(item, { minLength: length, maxLength: length });

/** An array of minLength..maxLength items, the length uniform over the whole range (fast-check's
 *  default size would keep it near ten). */
export const arrayUpTo = <T>(item: fc.Arbitrary<T>, minLength: number, maxLength: number): fc.Arbitrary<T[]> =>
  fc.array(item, { minLength, maxLength, size: 'max' });
