// Model 4, SLM routing vs one big model: outputs pinned at the defaults and two presets (6
// significant digits), the verdict on both sides of its boundary (the routine share f*), and the
// arithmetic of the routes in closed form.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { routing } from '../../src/models/claims/index';
import { loadTestCore } from '../support/core';
import { claimHarness, pinned } from '../support/claims';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const { run, verdict, preset } = claimHarness(routing, () => core);

describe('SLM routing vs one big model', () => {
  it('pins its outputs at the defaults', () => {
    expect(pinned(run())).toMatchInlineSnapshot(`
      {
        "series": {
          "costH": [
            0.103059,
            0.0597836,
            0.0165084,
          ],
          "costRatio": [
            1.07123,
            1.84666,
            6.6875,
          ],
          "f": [
            0,
            0.5,
            1,
          ],
          "margin": [
            -1.0298,
            -0.485234,
            0.735634,
          ],
          "succH": [
            0.325321,
            0.488367,
            0.727222,
          ],
        },
        "summary": {
          "X": 3,
          "costH": 0.0511286,
          "costL": 0.1104,
          "costRatio": 2.15926,
          "costS": 0.00166,
          "energyH": 16242.2,
          "energyL": 33600,
          "energyS": 1680,
          "fStar": 0.765552,
          "floorGpus": 9,
          "latH": 137.94,
          "latL": 240,
          "latS": 49.8,
          "margin": -0.328845,
          "n": 101,
          "priceRatio": 66.5052,
          "spendL": 0.981169,
          "succH": 0.529184,
          "succL": 0.358486,
          "succS": 0.0147809,
          "tol": 0.01,
        },
      }
    `);
  });
  it('pins its outputs under “Open Operator”', () => {
    expect(pinned(run(preset('open-operator')))).toMatchInlineSnapshot(`
      {
        "series": {
          "costH": [
            0.103059,
            0.0597836,
            0.0165084,
          ],
          "costRatio": [
            1.07123,
            1.84666,
            6.6875,
          ],
          "f": [
            0,
            0.5,
            1,
          ],
          "margin": [
            -1.0298,
            -0.485234,
            0.735634,
          ],
          "succH": [
            0.325321,
            0.488367,
            0.727222,
          ],
        },
        "summary": {
          "X": 3,
          "costH": 0.0684386,
          "costL": 0.1104,
          "costRatio": 1.61312,
          "costS": 0.00166,
          "energyH": 21322.6,
          "energyL": 33600,
          "energyS": 1680,
          "fStar": 0.765552,
          "floorGpus": 9,
          "latH": 168.18,
          "latL": 240,
          "latS": 49.8,
          "margin": -0.62044,
          "n": 101,
          "priceRatio": 66.5052,
          "spendL": 0.989813,
          "succH": 0.450552,
          "succL": 0.358486,
          "succS": 0.00242457,
          "tol": 0.01,
        },
      }
    `);
  });
  it('pins its outputs under “DeepSeek V3.2 as L”', () => {
    expect(pinned(run(preset('deepseek-v32')))).toMatchInlineSnapshot(`
      {
        "series": {
          "costH": [
            0.012953,
            0.00815648,
            0.00335992,
          ],
          "costRatio": [
            1.05921,
            1.6821,
            4.08343,
          ],
          "f": [
            0,
            0.5,
            1,
          ],
          "margin": [
            -1.04109,
            -0.57857,
            0.308325,
          ],
          "succH": [
            0.325321,
            0.488367,
            0.727222,
          ],
        },
        "summary": {
          "X": 3,
          "costH": 0.00719717,
          "costL": 0.01372,
          "costRatio": 1.90631,
          "costS": 0.00166,
          "energyH": 16242.2,
          "energyL": 33600,
          "energyS": 1680,
          "fStar": 0.873512,
          "floorGpus": 9,
          "latH": 137.94,
          "latL": 240,
          "latS": 49.8,
          "margin": -0.453445,
          "n": 101,
          "priceRatio": 8.26497,
          "spendL": 0.866225,
          "succH": 0.529184,
          "succL": 0.358486,
          "succS": 0.0147809,
          "tol": 0.01,
        },
      }
    `);
  });

  it('breaks at the defaults: with 60% routine calls routing saves 2.16×, not 3×', () => {
    const s = run().summary;
    const v = routing.verdict(s);
    expect(v.holds).toBe(false);
    expect(s.costRatio).toBeCloseTo(2.1593, 4);
    expect(v.reason).toMatch(/routine share of 76\.6%/);
  });
  it('holds from the break-even routine share f* ≈ 0.766 up', () => {
    const fStar = run().summary.fStar;
    expect(fStar).toBeCloseTo(0.76555, 4);
    expect(verdict({ f: 0.76 }).holds).toBe(false);
    expect(verdict({ f: 0.77 }).holds).toBe(true);
  });
  it('breaks on success when the router misroutes and failures go undetected', () => {
    const v = verdict({ f: 0.9, a: 0.5, d: 0, qSn: 0.2 });
    expect(v.holds).toBe(false);
    expect(v.reason).toMatch(/costs task success/);
  });
  it('compounds errors: task success is per-call success to the N-th power', () => {
    const s = run({ N: 1 }).summary;
    const s20 = run({ N: 20 }).summary;
    expect(s20.succL).toBeCloseTo(s.succL ** 20, 12);
    expect(s20.succH).toBeCloseTo(s.succH ** 20, 12);
    expect(s20.costH).toBeCloseTo(20 * s.costH, 12);
  });
  it('prices a call as tokens × price: the 405B at $2.40 is 2,300 tokens × $2.40 per 1M', () => {
    expect(run({ N: 1 }).summary.costL).toBeCloseTo((2000 * 2.4 + 300 * 2.4) / 1e6, 15);
  });
  it('equals Mono-L at f = 0 with a perfect router, and routes everything to S at f = 1', () => {
    const perfect = { a: 1, d: 0, ftCost: 0 };
    const r = run(perfect);
    expect(r.series.costH[0]).toBeCloseTo(r.summary.costL, 12);
    expect(r.series.costH[100]).toBeCloseTo(r.summary.costS, 12);
  });
  it('prices L by its active parameters under “MoE honesty” and floors its hardware by its total', () => {
    const s = run({ moe: 1, N: 1 }).summary;
    const perCallS = (2000 * 0.03 + 300 * 0.05) / 1e6;
    expect(s.costL).toBeCloseTo(perCallS * (37 / 8), 15);
    expect(s.floorGpus).toBe(9);
  });
});
