// Model 5, who captures the coordination layer: outputs pinned at the defaults and two presets (6
// significant digits), the verdict on both sides of its boundary, and the facts' calibration point.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { coordination } from '../../src/models/claims/index';
import { loadTestCore } from '../support/core';
import { claimHarness, pinned } from '../support/claims';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const { run, verdict, preset } = claimHarness(coordination, () => core);

describe('who captures the coordination layer', () => {
  it('pins its outputs at the defaults', () => {
    expect(pinned(run())).toMatchInlineSnapshot(`
      {
        "series": {
          "lerner": [
            0.666667,
            0.00660066,
            0.00333333,
          ],
          "nEff": [
            1,
            101,
            200,
          ],
        },
        "summary": {
          "X": 10,
          "buyback": 280000000,
          "code": 112000000,
          "dilution": 85935600,
          "eUsd": 286452000,
          "flow": 194064000,
          "lCent": 0.222222,
          "lDec": 0.0111111,
          "margin": -2.89037,
          "n": 200,
          "nStar": 3.33333,
          "piCent": 1244440000,
          "piDec": 62222200,
          "revenue": 280000000,
        },
      }
    `);
  });
  it('pins its outputs under “AWS-like oligopoly”', () => {
    expect(pinned(run(preset('aws-like')))).toMatchInlineSnapshot(`
      {
        "series": {
          "lerner": [
            0.666667,
            0.00660066,
            0.00333333,
          ],
          "nEff": [
            1,
            101,
            200,
          ],
        },
        "summary": {
          "X": 10,
          "buyback": 280000000,
          "code": 112000000,
          "dilution": 85935600,
          "eUsd": 286452000,
          "flow": 194064000,
          "lCent": 0.222222,
          "lDec": 0.222222,
          "margin": 0.105361,
          "n": 200,
          "nStar": 3.33333,
          "piCent": 1244440000,
          "piDec": 1244440000,
          "revenue": 280000000,
        },
      }
    `);
  });
  it('pins its outputs under “No buybacks”', () => {
    expect(pinned(run(preset('no-buybacks')))).toMatchInlineSnapshot(`
      {
        "series": {
          "lerner": [
            0.666667,
            0.00660066,
            0.00333333,
          ],
          "nEff": [
            1,
            101,
            200,
          ],
        },
        "summary": {
          "X": 10,
          "buyback": 0,
          "code": 112000000,
          "dilution": 85935600,
          "eUsd": 286452000,
          "flow": -85935600,
          "lCent": 0.222222,
          "lDec": 0.0111111,
          "margin": -38.9924,
          "n": 200,
          "nStar": 3.33333,
          "piCent": 1244440000,
          "piDec": 62222200,
          "revenue": 280000000,
        },
      }
    `);
  });

  it('breaks at the defaults: 60 providers leave a 1.1% margin, under 10× the code layer’s 2%', () => {
    const s = run().summary;
    const v = coordination.verdict(s);
    expect(v.holds).toBe(false);
    expect(s.lDec).toBeCloseTo(1 / 90, 12);
    expect(s.flow).toBeGreaterThan(0);
    expect(v.reason).toMatch(/3\.3 interchangeable providers/);
  });
  it('holds with 3 effective competitors and breaks with 4 (N* = 1/(ε·X·θ) = 3.33)', () => {
    expect(run().summary.nStar).toBeCloseTo(1 / (1.5 * 10 * 0.02), 12);
    expect(verdict({ nDec: 3 }).holds).toBe(true);
    expect(verdict({ nDec: 4 }).holds).toBe(false);
  });
  it('breaks on the token’s net flow when emissions sold outrun buybacks', () => {
    const v = verdict({ nDec: 3, b: 0.2 });
    expect(run({ nDec: 3, b: 0.2 }).summary.flow).toBeLessThan(0);
    expect(v.holds).toBe(false);
    expect(v.reason).toMatch(/diluted/);
  });
  it('reproduces the facts’ calibration point: N_eff = 3, ε = 1.5 gives L ≈ 22% (AWS: 36.8%)', () => {
    expect(run().summary.lCent).toBeCloseTo(0.2222, 4);
  });
  it('caps the Lerner index at 1 for a monopolist facing inelastic demand', () => {
    const r = run({ eps: 0.5 });
    expect(r.series.lerner[0]).toBe(1);
    expect(r.series.lerner[1]).toBe(1);
    expect(r.series.lerner[3]).toBeCloseTo(0.5, 12);
  });
});
