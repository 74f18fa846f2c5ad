// Property tests (fast-check, fixed seeds) of the five claim models run by the debug core, for random
// parameters within each schema's ranges (on the sliders' grids, as the page sets them, and anywhere
// in range, as the verdict maps sweep them), the ends of every slider included:
// - no output is NaN or infinite;
// - wherever a model outputs market shares they sum to one: leakage's daily shares of the originator,
//   the subnet and the hosts, of demand and of spending, and their year totals Φ and ψ; three-networks'
//   weekly shares of B, A and C and their values at week 260;
// - the verdict agrees with the margin: holds ⇔ margin > 0 (src/models/claims/verdict.ts), the
//   verdict's margin is the core's (to 1e-12) within [−50, 50], and the figure's table, margin
//   sentence and reason never print NaN, Infinity or undefined.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CoreExports } from '../../src/engine/core';
import { CLAIM_MODELS, type ClaimModel, type ClaimResult } from '../../src/models/claims';
import { MARGIN_CAP } from '../../src/models/claims/verdict';
import { clampToParam, type Param, type ParamValues } from '../../src/state/schema';
import { among, int, uniform } from '../support/arbitraries';
import { loadTestCore } from '../support/core';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const RUNS = 5000;

/** A value the page can set (a grid point or an end of the slider, an option) or, on a number
 *  slider, any value in range (as a verdict map's axis). */
const paramArb = (p: Param): fc.Arbitrary<number> =>
  p.kind === 'choice'
    ? fc.constantFrom(...p.options.map((o) => o.value))
    : among(
      int(0, Math.round((p.max - p.min) / p.step)).map((k) => clampToParam(p, p.min + k * p.step)!),
      p.min, p.max, p.default,
      uniform(p.min, p.max),
    );
const paramsArb = (m: ClaimModel): fc.Arbitrary<ParamValues> => fc.record(Object.fromEntries(m.schema.map((p) => [p.id, paramArb(p)])));

/** Outputs allowed to be infinite, by model: the format of each prints what ∞ means. */
const INFINITE_OK: Record<string, string[]> = {};

/** The shares that must sum to one, by model: [label, the shares]. */
function shareSums(id: string, r: ClaimResult): [string, number[]][] {
  const s = r.summary;
  const daily = (names: string[]) => Array.from({ length: s.n }, (_, t) => [`${names.join(' + ')} at ${t}`, names.map((k) => r.series[k][t])] as [string, number[]]);
  switch (id) {
    case 'leakage': return [['Φ_O + Φ_B + Φ_C', [s.phiO, s.phiB, s.phiC]], ['ψ_O + ψ_B + ψ_C', [s.earnO, s.earnB, s.earnC]], ...daily(['sO', 'sB', 'sC']), ...daily(['eO', 'eB', 'eC'])];
    case 'three-networks': return [['s_B + s_A + s_C at week 260', [s.sBEnd, s.sAEnd, s.sCEnd]], ...daily(['sB', 'sA', 'sC'])];
    default: return [];
  }
}

/** Every invariant a run breaks, as lines. */
function broken(m: ClaimModel, r: ClaimResult): string[] {
  const bad: string[] = [];
  for (const [k, v] of Object.entries(r.summary)) {
    if (Number.isNaN(v) || (!Number.isFinite(v) && !(INFINITE_OK[m.id] ?? []).includes(k))) bad.push(`summary ${k} = ${v}`);
  }
  for (const [k, series] of Object.entries(r.series)) {
    const i = series.findIndex((x) => !Number.isFinite(x));
    if (i >= 0) bad.push(`series ${k}[${i}] = ${series[i]}`);
    if (series.length !== r.summary.n) bad.push(`series ${k} has ${series.length} points, not n = ${r.summary.n}`);
  }
  for (const [label, shares] of shareSums(m.id, r)) {
    const sum = shares.reduce((a, b) => a + b, 0);
    if (!(Math.abs(sum - 1) <= 1e-9) || shares.some((x) => x < 0)) {
      bad.push(`${label} = ${shares.join(' + ')} = ${sum}`);
      break;
    }
  }
  const v = m.verdict(r.summary);
  if (v.holds !== v.margin > 0) bad.push(`holds ${v.holds} with margin ${v.margin}`);
  if (v.holds !== r.summary.margin > 0) bad.push(`holds ${v.holds} with the core's margin ${r.summary.margin}`);
  if (!(Math.abs(v.margin - r.summary.margin) <= 1e-12)) bad.push(`verdict margin ${v.margin} ≠ the core's ${r.summary.margin}`);
  if (!(Math.abs(v.margin) <= MARGIN_CAP)) bad.push(`margin ${v.margin} beyond ±${MARGIN_CAP}`);
  const shown = [v.marginText, v.reason, ...Object.entries(m.outputs).map(([k, o]) => `${k}: ${o.format(r.summary[k])}`)];
  for (const text of shown) if (/NaN|Infinity|undefined/.test(text)) bad.push(`prints ${JSON.stringify(text)}`);
  return bad;
}

describe('claim models over random parameters within their schemas', () => {
  CLAIM_MODELS.forEach((m, k) => {
    it(`${m.id}: finite outputs, shares summing to one, a verdict that agrees with the margin (${RUNS} runs)`, () => {
      let holds = 0;
      fc.assert(
        fc.property(paramsArb(m), (p) => {
          const r = m.compute(core, p);
          expect(broken(m, r)).toEqual([]);
          if (m.verdict(r.summary).holds) holds++;
        }),
        { numRuns: RUNS, seed: 900 + k },
      );
      // The runs reach both sides of the claim's boundary (so the agreement is tested both ways).
      expect(holds, 'runs where the claim holds').toBeGreaterThan(0);
      expect(holds, 'runs where it fails').toBeLessThan(RUNS);
    });
  });

  it('the checker flags a NaN, shares that do not sum to one and a verdict against its margin', () => {
    const [, leakage] = CLAIM_MODELS;
    const p = Object.fromEntries(leakage.schema.map((q) => [q.id, q.default]));
    const clean = leakage.compute(core, p);
    expect(broken(leakage, clean)).toEqual([]);
    const edit = (f: (r: ClaimResult) => void) => {
      const r = leakage.compute(core, p);
      f(r);
      return broken(leakage, r).join(' | ');
    };
    expect(edit((r) => (r.series.demand[3] = NaN))).toMatch(/series demand\[3\] = NaN/);
    expect(edit((r) => (r.series.sB[10] += 1e-6))).toMatch(/sO \+ sB \+ sC at 10/);
    expect(edit((r) => (r.summary.phiC += 1e-6))).toMatch(/Φ_O \+ Φ_B \+ Φ_C/);
    expect(edit((r) => (r.summary.margin = -r.summary.margin))).toMatch(/core's margin/);
  });
});
