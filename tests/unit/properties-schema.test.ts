// Property tests (fast-check, fixed seeds) of clampToParam (src/state/schema.ts), the one gate every
// slider value, URL value and preset passes, for every parameter of every widget's and claim's schema
// and any double (NaN, ±Infinity, -0, subnormals, ±1.8e308 included):
// - the result is null exactly when the input is not finite (a choice: or not one of its options);
// - otherwise it lies in [min, max] on the slider's grid (the nearest grid point to the input clamped
//   into range), and clamping it again changes nothing;
// - for a number slider it is monotone: a larger input never gives a smaller value.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampToParam, type NumberParam, type Param } from '../../src/state/schema';
import { schema as who } from '../../src/models/who-gets-paid';
import { schema as yuma } from '../../src/models/yuma-explorer';
import { schema as stake } from '../../src/models/market-stake';
import { schema as emission } from '../../src/models/market-emission';
import { schema as halving } from '../../src/models/market-halving';
import { schema as split } from '../../src/models/market-split';
import { CLAIM_MODELS } from '../../src/models/claims';
import { among, uniform } from '../support/arbitraries';

const PARAMS: [string, Param][] = [
  ['who-gets-paid', who], ['yuma-explorer', yuma], ['market-stake', stake], ['market-emission', emission],
  ['market-halving', halving], ['market-split', split], ...CLAIM_MODELS.map((m): [string, readonly Param[]] => [`claim ${m.id}`, m.schema]),
].flatMap(([name, schema]) => (schema as readonly Param[]).map((p): [string, Param] => [`${name} › ${p.id}`, p]));

const RUNS = 2000;

/** Any double, and the ones this parameter is most likely to get wrong: its ends, its grid's
 *  half-steps, just past its ends, its options and their neighbours. */
function doubleFor(p: Param): fc.Arbitrary<number> {
  const special = [NaN, Infinity, -Infinity, 0, -0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, -1e308, Number.EPSILON];
  if (p.kind === 'choice') {
    const near = p.options.flatMap((o) => [o.value, o.value + 1e-12, o.value - 0.5, o.value + 1]);
    return among(fc.double(), fc.constantFrom(...special), fc.constantFrom(...near));
  }
  const span = p.max - p.min;
  const edges = [p.min, p.max, p.default, p.min - p.step / 2, p.max + p.step / 2, p.min + p.step / 2, p.max - p.step / 2, p.min - 1e-9, p.max + 1e-9];
  return among(fc.double(), fc.constantFrom(...special, ...edges), uniform(p.min - span, p.max + span), uniform(p.min, p.max));
}

/** What is wrong with clampToParam(p, x), as lines. */
function wrong(p: Param, x: number): string[] {
  const r = clampToParam(p, x);
  const bad: string[] = [];
  if (p.kind === 'choice') {
    const isOption = Number.isFinite(x) && p.options.some((o) => o.value === x);
    if ((r === null) === isOption) bad.push(`null should mean not finite or not an option; got ${r}`);
    if (r !== null && r !== x) bad.push(`an option came back changed: ${r}`);
    return bad;
  }
  if ((r === null) !== !Number.isFinite(x)) return [`null should mean not finite; got ${r}`];
  if (r === null) return bad;
  if (!(r >= p.min && r <= p.max)) bad.push(`${r} outside [${p.min}, ${p.max}]`);
  const k = (r - p.min) / p.step;
  if (Math.abs(k - Math.round(k)) > 1e-6 * Math.max(1, Math.abs(k)) + 1e-9) bad.push(`${r} is off the grid (index ${k})`);
  if (clampToParam(p, r) !== r) bad.push(`not idempotent: ${r} → ${clampToParam(p, r)}`);
  // The nearest grid point: at most half a step (and the 12-digit rounding) from the input clamped into range.
  const inRange = Math.min(p.max, Math.max(p.min, x));
  if (Math.abs(r - inRange) > (p.step / 2) * (1 + 1e-9) + 1e-12 * Math.abs(inRange)) bad.push(`${r} is more than half a step from ${inRange}`);
  return bad;
}

describe('clampToParam over any double, every parameter of every schema', () => {
  it('covers the parameters of all eleven schemas', () => expect(new Set(PARAMS.map(([n]) => n.split(' › ')[0])).size).toBe(11));
  PARAMS.forEach(([name, p], i) => {
    it(`${name}: null iff unusable; else in range, on the grid, the nearest grid point, idempotent${p.kind === 'number' ? ', monotone' : ''} (${RUNS} cases)`, () => {
      fc.assert(
        fc.property(doubleFor(p), (x) => {
          expect(wrong(p, x)).toEqual([]);
        }),
        { numRuns: RUNS, seed: 7000 + i },
      );
      if (p.kind !== 'number') return;
      const q = p as NumberParam;
      fc.assert(
        fc.property(doubleFor(q), doubleFor(q), (a, b) => {
          fc.pre(Number.isFinite(a) && Number.isFinite(b));
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(clampToParam(q, lo)!, `clamp(${lo}) ≤ clamp(${hi})`).toBeLessThanOrEqual(clampToParam(q, hi)!);
        }),
        { numRuns: RUNS, seed: 8000 + i },
      );
    });
  });
});
