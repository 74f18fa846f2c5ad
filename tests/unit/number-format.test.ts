// The claim figures' number formats give exactly what d3-format gives: on fixed values (zero of both
// signs, round numbers, ties, non-finite values) and, with fast-check, on 3,500 values per format from
// 1e-9 to 1e15 of both signs and values rounded to thousandths (a failure shrinks to one small value).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format } from 'd3-format';
import { fixedGrouped, roundedTrim, siTrim } from '../../src/models/claims/number-format';
import { int, uniform } from '../support/arbitraries';

const FIXED = [
  0, -0, 1, -1, 0.5, 0.125, 0.005, 0.015, 1.005, 2.675, 999.5, 999.95, 999999.5, 1000, 1e6, 1e9, 1e12, 1e15, 0.001, 1e-9, 123456789, 0.999,
  9.995, 99.95, 0.0995, NaN, Infinity, -Infinity,
];
/** ±10^x for x uniform in [−9, 15] (6 in 7 draws), or a thousandth in [−1000, 1000] (1 in 7), as the seeded list had. */
const valueArb = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom(1, -1), uniform(-9, 15)).map(([sign, x]) => sign * 10 ** x), weight: 6 },
  { arbitrary: int(-1_000_000, 1_000_000).map((k) => k / 1000), weight: 1 },
);
const RUNS = 3500;

function sameAsD3(ours: (v: number) => string, d3: (v: number) => string, seed: number) {
  for (const v of FIXED) expect(ours(v), String(v)).toBe(d3(v));
  fc.assert(
    fc.property(valueArb, (v) => {
      expect(ours(v), String(v)).toBe(d3(v));
    }),
    { numRuns: RUNS, seed },
  );
}

describe('claim number formats = d3-format', () => {
  for (const p of [1, 2, 3, 4]) {
    it(`.${p}~r`, () => sameAsD3(roundedTrim(p), format(`.${p}~r`), 420 + p));
    it(`.${p}~s`, () => sameAsD3(siTrim(p), format(`.${p}~s`), 430 + p));
  }
  for (const d of [0, 1, 2, 3]) {
    it(`,.${d}f`, () => sameAsD3(fixedGrouped(d), format(`,.${d}f`), 440 + d));
  }
});
