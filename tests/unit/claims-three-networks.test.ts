// Model 3, three networks: outputs pinned at the defaults and two presets (6 significant digits),
// the verdict on both sides of its boundary, seeded release dates, the halving and the dTAO miner
// share taken from the market core, and the appeals calibrated at the schema's defaults.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { threeNetworks } from '../../src/models/claims/index';
import { loadTestCore } from '../support/core';
import { claimHarness, pinned } from '../support/claims';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const { base, run, verdict, preset } = claimHarness(threeNetworks, () => core);

describe('three networks: are releases fuel?', () => {
  it('pins its outputs at the defaults', () => {
    expect(pinned(run())).toMatchInlineSnapshot(`
      {
        "series": {
          "EB": [
            824040,
            823823,
            412186,
          ],
          "GA": [
            61.7284,
            32.3036,
            23.0494,
          ],
          "GB": [
            1134.26,
            1717.75,
            1203.84,
          ],
          "GC": [
            8246.53,
            8221.9,
            8493.09,
          ],
          "MB": [
            50,
            175,
            275,
          ],
          "MC": [
            50,
            176,
            275,
          ],
          "coverage": [
            0.273344,
            0.291247,
            0.528999,
          ],
          "pA": [
            0.740741,
            0.740741,
            0.740741,
          ],
          "pB": [
            0.268151,
            0.268828,
            0.434114,
          ],
          "pC": [
            0.451865,
            0.453423,
            0.44157,
          ],
          "revenueB": [
            225246,
            239936,
            218046,
          ],
          "sA": [
            0.004,
            0.00192473,
            0.00144069,
          ],
          "sB": [
            0.12,
            0.127504,
            0.0717542,
          ],
          "sC": [
            0.876,
            0.870571,
            0.926805,
          ],
          "taoPrice": [
            218,
            217.943,
            218.088,
          ],
        },
        "summary": {
          "collapseWeek": -1,
          "crEnd": 0.528999,
          "crMax": 0.769825,
          "crWeek": -1,
          "fuel": 0.0000116357,
          "halvingWeek": 209,
          "margin": -5.59092,
          "muDtao": 0.410002,
          "n": 261,
          "releases": 225,
          "sAEnd": 0.00144069,
          "sB0": 0.12,
          "sBEnd": 0.0717542,
          "sBPreHalving": 0.127663,
          "sCEnd": 0.926805,
          "taoPriceEnd": 218.088,
        },
      }
    `);
  });
  it('pins its outputs under “governance shock”', () => {
    expect(pinned(run(preset('governance-shock')))).toMatchInlineSnapshot(`
      {
        "series": {
          "EB": [
            824040,
            618718,
            309944,
          ],
          "GA": [
            61.7284,
            32.5754,
            23.1699,
          ],
          "GB": [
            1134.26,
            1432.24,
            1041.62,
          ],
          "GC": [
            8246.53,
            8360.89,
            8586.68,
          ],
          "MB": [
            50,
            175,
            275,
          ],
          "MC": [
            50,
            176,
            275,
          ],
          "coverage": [
            0.273344,
            0.363961,
            0.675888,
          ],
          "pA": [
            0.740741,
            0.740741,
            0.740741,
          ],
          "pB": [
            0.268151,
            0.315747,
            0.532252,
          ],
          "pC": [
            0.451865,
            0.448461,
            0.438766,
          ],
          "revenueB": [
            225246,
            225189,
            209487,
          ],
          "sA": [
            0.004,
            0.0019414,
            0.00144713,
          ],
          "sB": [
            0.12,
            0.101885,
            0.0562266,
          ],
          "sC": [
            0.876,
            0.896173,
            0.942326,
          ],
          "taoPrice": [
            218,
            163.682,
            163.991,
          ],
        },
        "summary": {
          "collapseWeek": 216,
          "crEnd": 0.675888,
          "crMax": 0.948359,
          "crWeek": -1,
          "fuel": 0.0000116357,
          "halvingWeek": 209,
          "margin": -4.58255,
          "muDtao": 0.410002,
          "n": 261,
          "releases": 225,
          "sAEnd": 0.00144713,
          "sB0": 0.12,
          "sBEnd": 0.0562266,
          "sBPreHalving": 0.102052,
          "sCEnd": 0.942326,
          "taoPriceEnd": 163.991,
        },
      }
    `);
  });
  it('pins its outputs under “Ambient at 600B dense”', () => {
    expect(pinned(run(preset('ambient-600b')))).toMatchInlineSnapshot(`
      {
        "series": {
          "EB": [
            824040,
            823850,
            412206,
          ],
          "GA": [
            1157.41,
            3.31237,
            0.605174,
          ],
          "GB": [
            1134.26,
            1720.91,
            1206.09,
          ],
          "GC": [
            8246.53,
            8255.48,
            8517.43,
          ],
          "MB": [
            50,
            175,
            275,
          ],
          "MC": [
            50,
            176,
            275,
          ],
          "coverage": [
            0.273344,
            0.292417,
            0.530715,
          ],
          "pA": [
            13.8889,
            13.8889,
            13.8889,
          ],
          "pB": [
            0.268151,
            0.269578,
            0.435421,
          ],
          "pC": [
            0.451865,
            0.454213,
            0.442111,
          ],
          "revenueB": [
            225246,
            240908,
            218764,
          ],
          "sA": [
            0.004,
            0.00000360596,
            0.0000019867,
          ],
          "sB": [
            0.12,
            0.127664,
            0.0717743,
          ],
          "sC": [
            0.876,
            0.872332,
            0.928224,
          ],
          "taoPrice": [
            218,
            217.95,
            218.099,
          ],
        },
        "summary": {
          "collapseWeek": -1,
          "crEnd": 0.530715,
          "crMax": 0.772002,
          "crWeek": -1,
          "fuel": 0.00000896314,
          "halvingWeek": 209,
          "margin": -5.60233,
          "muDtao": 0.410002,
          "n": 261,
          "releases": 225,
          "sAEnd": 0.0000019867,
          "sB0": 0.12,
          "sBEnd": 0.0717743,
          "sBPreHalving": 0.127798,
          "sCEnd": 0.928224,
          "taoPriceEnd": 218.099,
        },
      }
    `);
  });

  it('breaks at the defaults because the subnet’s share falls when the halving cuts its subsidy', () => {
    const s = run().summary;
    const v = threeNetworks.verdict(s);
    expect(v.holds).toBe(false);
    expect(s.fuel).toBeGreaterThan(0);
    expect(s.sBEnd).toBeLessThan(s.sBPreHalving);
    expect(v.reason).toMatch(/halving cuts the subsidy/);
  });
  it('holds without pass-through or capacity appeal while inference gets ≤ 8% of emissions, and breaks at 10%', () => {
    const lean = { psi: 0, delta: 0 };
    expect(verdict({ ...lean, wInf: 0.05 }).holds).toBe(true);
    expect(verdict({ ...lean, wInf: 0.08 }).holds).toBe(true);
    const v = verdict({ ...lean, wInf: 0.1 });
    expect(v.holds).toBe(false);
    expect(v.reason).toMatch(/revenue still falls short/);
  });
  it('starts from the observed shares at the defaults (B 12%, A 1% of the frontier segment)', () => {
    const r = run();
    expect(r.series.sB[0]).toBeCloseTo(0.12, 12);
    expect(r.series.sA[0]).toBeCloseTo(0.01 * (1 - base.fs), 12);
    expect(r.series.sB[1]).toBeCloseTo(0.12, 3);
  });
  it('calibrates the networks’ appeal at exactly the schema’s defaults', () => {
    const cal = Array.from(core.claimThreeNetworksCalibration());
    expect(cal.slice(0, threeNetworks.schema.length)).toEqual(threeNetworks.schema.map((p) => p.default));
  });
  it('halves B’s emissions at week 209, from the market core’s block emission', () => {
    const r = run();
    expect(r.summary.halvingWeek).toBe(209);
    const perDay = (t: number) => r.series.EB[t] / (r.series.taoPrice[t] * base.wInf * 7);
    expect(perDay(0)).toBeCloseTo(3600, 6);
    expect(perDay(208)).toBeCloseTo(3600, 6);
    expect(perDay(209)).toBeCloseTo(1800, 6);
  });
  it('takes μ = 0.41 from the dTAO split (owner cut 11,796/65,535, then half to miners)', () => {
    expect(core.claimDtaoMinerShare()).toBeCloseTo((1 - 11796 / 65535) / 2, 15);
    expect(core.claimDtaoMinerShare()).toBeCloseTo(base.mu, 2);
    expect(run().summary.muDtao).toBe(core.claimDtaoMinerShare());
  });
  it('draws the same release dates for a seed and other dates for another seed', () => {
    expect(Array.from(run({ seed: 7 }).series.MB)).toEqual(Array.from(run({ seed: 7 }).series.MB));
    expect(Array.from(run({ seed: 8 }).series.MB)).not.toEqual(Array.from(run({ seed: 7 }).series.MB));
  });
  it('adds about λ releases a month over five years', () => {
    const releases = run({ lambda: 4 }).summary.releases;
    expect(releases).toBeGreaterThan(4 * 59 * 0.85);
    expect(releases).toBeLessThan(4 * 59 * 1.15);
    expect(run({ lambda: 0 }).summary.releases).toBe(0);
  });
  it('finds no fuel when the subnet adds a release only after the 12 weeks the coefficient is read at', () => {
    expect(run({ LB: 90 }).summary.fuel).toBeLessThanOrEqual(0);
    expect(verdict({ LB: 90 }).holds).toBe(false);
  });
  it('lowers TAO by a quarter in the week after a governance shock', () => {
    const r = run({ shock: 1, shockWeek: 17 });
    expect(r.series.taoPrice[18] / r.series.taoPrice[17]).toBeCloseTo(0.75, 4);
  });
});
