// Model 4, SLM routing vs one big model: outputs pinned at the defaults and two presets (6
// significant digits); the fixes of the review, each pinned (the same retry on both sides, the spend
// share in the verdict, a late-2026 large model, the small models linked to Bittensor's subnets); the
// verdict on both sides of its boundary (the routine share f*); the arithmetic of the routes in closed form.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { routing } from '../../src/models/claims/index';
import { logRatio } from '../../src/models/claims/verdict';
import type { ParamValues } from '../../src/state/schema';
import { loadTestCore } from '../support/core';
import { claimHarness, pinned } from '../support/claims';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const { run, verdict, preset } = claimHarness(routing, () => core);

/** Per-call prices at the defaults, $ (2,000 input and 300 output tokens). */
const perCallL = (2000 * 1.32 + 300 * 3.96) / 1e6;
const perCallSList = (2000 * 0.07 + 300 * 0.3) / 1e6;

describe('SLM routing vs one big model', () => {
  it('pins its outputs at the defaults', () => {
    expect(pinned(run())).toMatchInlineSnapshot(`
      {
        "series": {
          "costH": [
            0.0745474,
            0.044601,
            0.0146546,
          ],
          "costRatio": [
            1.06808,
            1.78521,
            5.43325,
          ],
          "f": [
            0,
            0.5,
            1,
          ],
          "margin": [
            -1.03275,
            -0.519074,
            0.0128127,
          ],
          "spendL": [
            0.994133,
            0.95097,
            0.7314,
          ],
          "succH": [
            0.662179,
            0.721334,
            0.785487,
          ],
        },
        "summary": {
          "X": 3,
          "costH": 0.0386118,
          "costL": 0.0796224,
          "costRatio": 2.06213,
          "costS": 0.00503839,
          "energyH": 8890.56,
          "energyL": 17472,
          "energyS": 1935.36,
          "fStar": 0.985244,
          "floorGpus": 9,
          "latH": 94.852,
          "latL": 145.6,
          "latS": 57.3696,
          "margin": -0.374874,
          "n": 101,
          "priceRatio": 17.505,
          "spendB": 0.00248753,
          "spendL": 0.934303,
          "spendMax": 0.75,
          "succH": 0.733752,
          "succL": 0.785487,
          "succS": 0.150317,
          "tol": 0.01,
        },
      }
    `);
  });
  it('pins its outputs under “Vendors’ 90%”', () => {
    expect(pinned(run(preset('vendor-routing')))).toMatchInlineSnapshot(`
      {
        "series": {
          "costH": [
            0.0745474,
            0.044601,
            0.0146546,
          ],
          "costRatio": [
            1.06808,
            1.78521,
            5.43325,
          ],
          "f": [
            0,
            0.5,
            1,
          ],
          "margin": [
            -1.03275,
            -0.519074,
            0.0128127,
          ],
          "spendL": [
            0.994133,
            0.95097,
            0.7314,
          ],
          "succH": [
            0.662179,
            0.721334,
            0.785487,
          ],
        },
        "summary": {
          "X": 3,
          "costH": 0.0206439,
          "costL": 0.0796224,
          "costRatio": 3.85694,
          "costS": 0.004671,
          "energyH": 5120.64,
          "energyL": 17472,
          "energyS": 1794.24,
          "fStar": 0.985244,
          "floorGpus": 9,
          "latH": 72.028,
          "latL": 145.6,
          "latS": 53.1864,
          "margin": -0.0968552,
          "n": 101,
          "priceRatio": 17.505,
          "spendB": 0.00657782,
          "spendL": 0.826276,
          "spendMax": 0.75,
          "succH": 0.772238,
          "succL": 0.785487,
          "succS": 0.526133,
          "tol": 0.01,
        },
      }
    `);
  });
  it('pins its outputs under “DeepSeek V4-Pro off-peak”', () => {
    expect(pinned(run(preset('v4-pro-off-peak')))).toMatchInlineSnapshot(`
      {
        "series": {
          "costH": [
            0.0374924,
            0.0233939,
            0.00929544,
          ],
          "costRatio": [
            1.06185,
            1.70178,
            4.28287,
          ],
          "f": [
            0,
            0.5,
            1,
          ],
          "margin": [
            -1.0386,
            -0.56694,
            0.0128127,
          ],
          "spendL": [
            0.988335,
            0.906523,
            0.576541,
          ],
          "succH": [
            0.662179,
            0.721334,
            0.785487,
          ],
        },
        "summary": {
          "X": 3,
          "costH": 0.0205742,
          "costL": 0.0398112,
          "costRatio": 1.935,
          "costS": 0.00503839,
          "energyH": 8890.56,
          "energyL": 17472,
          "energyS": 1935.36,
          "fStar": 0.924673,
          "floorGpus": 9,
          "latH": 94.852,
          "latL": 145.6,
          "latS": 57.3696,
          "margin": -0.438503,
          "n": 101,
          "priceRatio": 8.75248,
          "spendB": 0.00466837,
          "spendL": 0.876706,
          "spendMax": 0.75,
          "succH": 0.733752,
          "succL": 0.785487,
          "succS": 0.150317,
          "tol": 0.01,
        },
      }
    `);
  });

  describe('the review’s fixes', () => {
    it('with the same retry on both sides, the large model alone re-runs a detected failure as the router does', () => {
      const s = run().summary;
      // q_L = 0.95, d = 0.8: a call succeeds with 0.95 + 0.05 · 0.8 · 0.95 = 0.988 and costs 1.04 calls.
      expect(s.succL).toBeCloseTo(0.988 ** 20, 12);
      expect(s.succL).toBeCloseTo(0.7855, 4);
      expect(s.costL).toBeCloseTo(20 * perCallL * 1.04, 12);
      // Without detection nobody retries, and the large model alone is back to q_L^N.
      expect(run({ d: 0 }).summary.succL).toBeCloseTo(0.95 ** 20, 12);
    });
    it('with the same retry on both sides, routing falls short of the large model’s success even at f = 0.9', () => {
      const s = run({ f: 0.9 }).summary;
      expect(s.succH).toBeLessThan(s.succL - s.tol);
      // With a perfect router it would not: every routine call on the small model matches the large one.
      const perfect = run({ f: 0.9, a: 1 }).summary;
      expect(perfect.succH).toBeCloseTo(perfect.succL, 2);
    });
    it('with a perfect router, routing at f = 0 is the large model alone, retries and all', () => {
      const r = run({ a: 1 });
      expect(r.series.costH[0]).toBeCloseTo(r.summary.costL, 15);
      expect(r.series.succH[0]).toBeCloseTo(r.summary.succL, 15);
    });
    it('fails when the large model keeps more of the routed spend than the claim allows, though routing is cheaper and as good', () => {
      const over = { f: 0.9, tol: 0.02 };
      const s = run(over).summary;
      expect(s.costRatio).toBeGreaterThan(s.X);
      expect(s.succH).toBeGreaterThan(s.succL - s.tol);
      expect(s.spendL).toBeCloseTo(0.826, 3);
      const v = verdict(over);
      expect(v.holds).toBe(false);
      expect(v.margin).toBeCloseTo(logRatio(0.75, s.spendL), 12);
      expect(v.reason).toMatch(/still takes 83% of the routed spend/);
      // Let the large model keep 85% and the same world holds.
      expect(verdict({ ...over, spendMax: 0.85 }).holds).toBe(true);
    });
    it('moves less of the spend the cheaper the small model: an 8B model leaves the large one 98%, and no routine share makes the claim hold', () => {
      const s = run(preset('llama-8b')).summary;
      expect(s.spendL).toBeGreaterThan(run().summary.spendL);
      expect(s.spendL).toBeCloseTo(0.981, 3);
      expect(s.fStar).toBe(-1);
    });
    it('prices the large model as DeepSeek V4-Pro at its late-2026 peak list price, not a dense 405B at $2.40', () => {
      const s = run({ N: 1, d: 0 }).summary;
      expect(s.costL).toBeCloseTo(perCallL, 15);
      expect(s.floorGpus).toBe(9);
    });
    it('serves a share s_B of the small-model calls on Bittensor subnets at their price, and says what share of the spend they get', () => {
      // Every call routine and correctly routed, no retries, no fine-tune: routing is the small model alone.
      const alone = { N: 1, f: 1, a: 1, d: 0, ftCost: 0 };
      const central = run({ ...alone, sB: 0 }).summary;
      expect(central.costH).toBeCloseTo(perCallSList, 15);
      expect(central.spendB).toBe(0);
      const subnets = run({ ...alone, sB: 1, pB: 0.03 }).summary;
      expect(subnets.costH).toBeCloseTo((2300 * 0.03) / 1e6, 15);
      expect(subnets.spendB).toBeCloseTo(1, 12);
      const half = run({ ...alone, sB: 0.5, pB: 0.03 }).summary;
      expect(half.costH).toBeCloseTo((perCallSList + (2300 * 0.03) / 1e6) / 2, 15);
      expect(half.spendB).toBeCloseTo((0.5 * 2300 * 0.03) / 1e6 / half.costH, 12);
      // At the defaults the subnets get 12% of the small-model calls but a quarter of a percent of the spend.
      expect(run().summary.spendB).toBeCloseTo(0.0025, 4);
    });
  });

  it('breaks at the defaults: with 60% routine calls routing saves 2.06×, not 3×', () => {
    const s = run().summary;
    const v = routing.verdict(s);
    expect(v.holds).toBe(false);
    expect(s.costRatio).toBeCloseTo(2.0621, 4);
    expect(v.reason).toMatch(/routine share of 98\.5%/);
  });
  it('holds from the break-even routine share f* ≈ 0.985 up', () => {
    const fStar = run().summary.fStar;
    expect(fStar).toBeCloseTo(0.98524, 4);
    expect(verdict({ f: 0.98 }).holds).toBe(false);
    expect(verdict({ f: 0.99 }).holds).toBe(true);
  });
  it('takes the tightest of cost, success and spend as its margin', () => {
    for (const over of [{}, { f: 0.9 }, { f: 0.9, a: 0.5, d: 0, qSn: 0.2 }, routing.witnesses.holds.values as ParamValues]) {
      const s = run(over).summary;
      const cost = logRatio(s.costL, s.X * s.costH);
      const success = logRatio(s.succH, s.succL - s.tol);
      const spend = logRatio(s.spendMax, s.spendL);
      expect(s.margin).toBeCloseTo(Math.min(cost, success, spend), 12);
    }
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
  it('equals the large model at f = 0 and the small model alone at f = 1 with a perfect router and no retries', () => {
    const r = run({ a: 1, d: 0, ftCost: 0 });
    expect(r.series.costH[0]).toBeCloseTo(r.summary.costL, 12);
    expect(r.series.costH[100]).toBeCloseTo(r.summary.costS, 12);
  });
  it('prices the large model by its active parameters under “MoE honesty” and floors its hardware by its total', () => {
    const s = run({ moe: 1, N: 1, d: 0 }).summary;
    expect(s.costL).toBeCloseTo(perCallSList * (37 / 20), 15);
    expect(s.floorGpus).toBe(9);
  });
  it('holds in its plausible witness and names the binding condition otherwise', () => {
    const v = verdict(routing.witnesses.holds.values as ParamValues);
    expect(v.holds).toBe(true);
    expect(v.reason).toMatch(/keeps only 64% of the spend/);
    expect(verdict(routing.witnesses.fails.values as ParamValues).reason).toMatch(/money does not move/);
  });
});
