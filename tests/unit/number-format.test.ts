// The claim figures' number formats give exactly what d3-format gives, over values from 1e-9 to 1e15
// of both signs, round numbers, ties, zero and non-finite values.
import { describe, expect, it } from 'vitest';
import { format } from 'd3-format';
import { fixedGrouped, roundedTrim, siTrim } from '../../src/models/claims/number-format';
import { rng } from '../support/rng';

const r = rng(42);
const VALUES = [
  0, -0, 1, -1, 0.5, 0.125, 0.005, 0.015, 1.005, 2.675, 999.5, 999.95, 999999.5, 1000, 1e6, 1e9, 1e12, 1e15, 0.001, 1e-9, 123456789, 0.999,
  9.995, 99.95, 0.0995, NaN, Infinity, -Infinity,
  ...Array.from({ length: 3000 }, () => (r() < 0.5 ? -1 : 1) * 10 ** (-9 + 24 * r())),
  ...Array.from({ length: 500 }, () => Math.round((r() - 0.5) * 2e6) / 1000),
];

describe('claim number formats = d3-format', () => {
  for (const p of [1, 2, 3, 4]) {
    it(`.${p}~r`, () => {
      const d3 = format(`.${p}~r`);
      const ours = roundedTrim(p);
      for (const v of VALUES) expect(ours(v), String(v)).toBe(d3(v));
    });
    it(`.${p}~s`, () => {
      const d3 = format(`.${p}~s`);
      const ours = siTrim(p);
      for (const v of VALUES) expect(ours(v), String(v)).toBe(d3(v));
    });
  }
  for (const d of [0, 1, 2, 3]) {
    it(`,.${d}f`, () => {
      const d3 = format(`,.${d}f`);
      const ours = fixedGrouped(d);
      for (const v of VALUES) expect(ours(v), String(v)).toBe(d3(v));
    });
  }
});
