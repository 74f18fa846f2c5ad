// Model 1, weight rent vs market rent: outputs pinned at the defaults and two presets (6 significant
// digits, like Observable Plot's snapshots), the verdict on both sides of its boundary, and the
// halving taken from the market core.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { weightRent } from '../../src/models/claims/index';
import { loadTestCore } from '../support/core';
import { claimHarness, pinned } from '../support/claims';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const { base, run, preset } = claimHarness(weightRent, () => core);

describe('weight rent vs market rent', () => {
  it('pins its outputs at the defaults', () => {
    expect(pinned(run())).toMatchInlineSnapshot(`
      {
        "series": {
          "coverage": [
            0.0663805,
            1.25323,
            15.8272,
          ],
          "cumVkNet": [
            -765568,
            -12745600,
            33797200,
          ],
          "cumVw": [
            2988000,
            13652200,
            13658700,
          ],
          "demand": [
            3600000000000,
            15559000000000,
            67245100000000,
          ],
          "marketRent": [
            54432,
            1027650,
            6489150,
          ],
          "premium": [
            0.83,
            0.000157237,
            2.97872e-8,
          ],
          "share": [
            0.12,
            0.524196,
            0.765874,
          ],
          "subsidy": [
            820000,
            820000,
            410000,
          ],
          "weightRent": [
            2988000,
            2446.44,
            2.00304,
          ],
        },
        "summary": {
          "H": 60,
          "Vk": 68363800,
          "VkNet": 33797200,
          "Vw": 13658700,
          "cr0": 0.0663805,
          "firstCovered": 28,
          "halvingAt": 48,
          "margin": 1.61046,
          "maxCR": 15.8272,
          "n": 61,
          "ratio": 5.00514,
          "shareEnd": 0.765874,
        },
      }
    `);
  });
  it('pins its outputs under “Weights stay scarce (2024 gap)”', () => {
    expect(pinned(run(preset('scarce-weights')))).toMatchInlineSnapshot(`
      {
        "series": {
          "coverage": [
            0.0663805,
            1.25323,
            15.8272,
          ],
          "cumVkNet": [
            -765568,
            -12745600,
            33797200,
          ],
          "cumVw": [
            2988000,
            51375200,
            64111200,
          ],
          "demand": [
            3600000000000,
            15559000000000,
            67245100000000,
          ],
          "marketRent": [
            54432,
            1027650,
            6489150,
          ],
          "premium": [
            0.83,
            0.0681305,
            0.0055925,
          ],
          "share": [
            0.12,
            0.524196,
            0.765874,
          ],
          "subsidy": [
            820000,
            820000,
            410000,
          ],
          "weightRent": [
            2988000,
            1060040,
            376068,
          ],
        },
        "summary": {
          "H": 60,
          "Vk": 68363800,
          "VkNet": 33797200,
          "Vw": 64111200,
          "cr0": 0.0663805,
          "firstCovered": 28,
          "halvingAt": 48,
          "margin": 0.0642241,
          "maxCR": 15.8272,
          "n": 61,
          "ratio": 1.06633,
          "shareEnd": 0.765874,
        },
      }
    `);
  });
  it('pins its outputs under “Whole open-model market (1T tokens/day)”', () => {
    expect(pinned(run(preset('whole-market')))).toMatchInlineSnapshot(`
      {
        "series": {
          "coverage": [
            0.553171,
            10.4436,
            131.893,
          ],
          "cumVkNet": [
            -366400,
            54990400,
            535131000,
          ],
          "cumVw": [
            24900000,
            113769000,
            113823000,
          ],
          "demand": [
            30000000000000,
            129658000000000,
            560376000000000,
          ],
          "marketRent": [
            453600,
            8563760,
            54076300,
          ],
          "premium": [
            0.83,
            0.000157237,
            2.97872e-8,
          ],
          "share": [
            0.12,
            0.524196,
            0.765874,
          ],
          "subsidy": [
            820000,
            820000,
            410000,
          ],
          "weightRent": [
            24900000,
            20387,
            16.692,
          ],
        },
        "summary": {
          "H": 60,
          "Vk": 569698000,
          "VkNet": 535131000,
          "Vw": 113823000,
          "cr0": 0.553171,
          "firstCovered": 6,
          "halvingAt": 48,
          "margin": 1.61046,
          "maxCR": 131.893,
          "n": 61,
          "ratio": 5.00514,
          "shareEnd": 0.765874,
        },
      }
    `);
  });

  it('holds at the defaults: market rent is 5× weight rent and coverage arrives in month 28', () => {
    const s = run().summary;
    const v = weightRent.verdict(s);
    expect(v.holds).toBe(true);
    expect(s.ratio).toBeCloseTo(5.005, 3);
    expect(s.firstCovered).toBe(28);
    expect(v.marginText).toContain('month 28');
  });
  it('holds while the premium decays within 12.5 months and breaks at 13 (weights stay scarce)', () => {
    expect(weightRent.verdict(run({ tauW: 12.5 }).summary).holds).toBe(true);
    const v = weightRent.verdict(run({ tauW: 13 }).summary);
    expect(v.holds).toBe(false);
    expect(v.reason).toMatch(/weights’ premium is worth more/);
  });
  it('breaks on coverage alone when the subsidy is too large to cover within the horizon', () => {
    const v = weightRent.verdict(run({ E0: 5e6, g: 0 }).summary);
    expect(v.holds).toBe(false);
    expect(v.reason).toMatch(/never covers/);
  });
  it('halves the subsidy at the chosen month, from the market core’s block emission', () => {
    for (const halvingMonth of [12, 30, 48, 72]) {
      const r = run({ halvingMonth, H: 120, drift: 0 });
      expect(r.summary.halvingAt).toBe(halvingMonth);
      expect(r.series.subsidy[halvingMonth - 1]).toBeCloseTo(base.E0, 6);
      expect(r.series.subsidy[halvingMonth]).toBeCloseTo(base.E0 / 2, 6);
    }
  });
  it('sees no halving within a horizon that ends first', () => {
    expect(run({ halvingMonth: 72, H: 60 }).summary.halvingAt).toBe(-1);
  });
  it('counts the subsidy as dilution unless κ says it is investment', () => {
    const s0 = run({ kappa: 0 }).summary;
    const s1 = run({ kappa: 1 }).summary;
    expect(s1.VkNet).toBeCloseTo(s1.Vk, 6);
    expect(s0.VkNet).toBeLessThan(s1.VkNet);
  });
});
