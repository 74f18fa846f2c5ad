// Model 1, weight rent vs market rent: outputs pinned at the defaults and two presets (6 significant
// digits, like Observable Plot's snapshots), the verdict on both sides of its boundary, the halving
// taken from the market core, and one test per defect the review found in the first version.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { weightRent } from '../../src/models/claims/index';
import type { NumberParam } from '../../src/state/schema';
import { loadTestCore } from '../support/core';
import { claimHarness, pinned } from '../support/claims';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const { base, run, verdict, preset } = claimHarness(weightRent, () => core);
const param = (id: string) => weightRent.schema.find((p) => p.id === id) as NumberParam;

describe('weight rent vs market rent', () => {
  it('pins its outputs at the defaults', () => {
    expect(pinned(run())).toMatchInlineSnapshot(`
      {
        "series": {
          "coverage": [
            0.171084,
            1.29203,
            9.97071,
          ],
          "cumVkNet": [
            -2229790,
            -32868200,
            82296700,
          ],
          "cumVwNet": [
            -2242110,
            6174170,
            54717100,
          ],
          "demand": [
            30437500000000,
            98720900000000,
            320191000000000,
          ],
          "marketRent": [
            460215,
            3475570,
            13410600,
          ],
          "premium": [
            0.2075,
            0.125855,
            0.2075,
          ],
          "share": [
            0.12,
            0.279413,
            0.332406,
          ],
          "subsidy": [
            2690000,
            2690000,
            1345000,
          ],
          "weightRent": [
            757894,
            1490940,
            7972760,
          ],
        },
        "summary": {
          "H": 60,
          "Vk": 186877000,
          "VkNet": 82296700,
          "Vw": 90931800,
          "VwNet": 54717100,
          "coverNeeded": 1,
          "cr0": 0.171084,
          "dilution": 104580000,
          "firstCovered": 26,
          "halvingAt": 38,
          "margin": 0.131961,
          "n": 61,
          "pvCover": 1.78693,
          "releaseCost": 36214700,
          "releases": 16,
          "shareEnd": 0.332406,
        },
      }
    `);
  });
  it('pins its outputs under “Weights stay scarce (2024 gap)”', () => {
    expect(pinned(run(preset('scarce-weights')))).toMatchInlineSnapshot(`
      {
        "series": {
          "coverage": [
            0.171084,
            1.29203,
            9.97071,
          ],
          "cumVkNet": [
            -2229790,
            -32868200,
            82296700,
          ],
          "cumVwNet": [
            -2242110,
            12550900,
            76184200,
          ],
          "demand": [
            30437500000000,
            98720900000000,
            320191000000000,
          ],
          "marketRent": [
            460215,
            3475570,
            13410600,
          ],
          "premium": [
            0.2075,
            0.175645,
            0.2075,
          ],
          "share": [
            0.12,
            0.279413,
            0.332406,
          ],
          "subsidy": [
            2690000,
            2690000,
            1345000,
          ],
          "weightRent": [
            757894,
            2080780,
            7972760,
          ],
        },
        "summary": {
          "H": 60,
          "Vk": 186877000,
          "VkNet": 82296700,
          "Vw": 112399000,
          "VwNet": 76184200,
          "coverNeeded": 1,
          "cr0": 0.171084,
          "dilution": 104580000,
          "firstCovered": 26,
          "halvingAt": 38,
          "margin": 0.0277815,
          "n": 61,
          "pvCover": 1.78693,
          "releaseCost": 36214700,
          "releases": 16,
          "shareEnd": 0.332406,
        },
      }
    `);
  });
  it('pins its outputs under “Demand stops growing”', () => {
    expect(pinned(run(preset('no-demand-growth')))).toMatchInlineSnapshot(`
      {
        "series": {
          "coverage": [
            0.171084,
            0.398358,
            0.947819,
          ],
          "cumVkNet": [
            -2229790,
            -52680000,
            -61261300,
          ],
          "cumVwNet": [
            -2242110,
            -6270440,
            -11137700,
          ],
          "demand": [
            30437500000000,
            30437500000000,
            30437500000000,
          ],
          "marketRent": [
            460215,
            1071580,
            1274820,
          ],
          "premium": [
            0.2075,
            0.125855,
            0.2075,
          ],
          "share": [
            0.12,
            0.279413,
            0.332406,
          ],
          "subsidy": [
            2690000,
            2690000,
            1345000,
          ],
          "weightRent": [
            757894,
            459686,
            757894,
          ],
        },
        "summary": {
          "H": 60,
          "Vk": 43318500,
          "VkNet": -61261300,
          "Vw": 25077000,
          "VwNet": -11137700,
          "coverNeeded": 1,
          "cr0": 0.171084,
          "dilution": 104580000,
          "firstCovered": -1,
          "halvingAt": 38,
          "margin": -0.881371,
          "n": 61,
          "pvCover": 0.414215,
          "releaseCost": 36214700,
          "releases": 16,
          "shareEnd": 0.332406,
        },
      }
    `);
  });

  it('holds at the defaults, with the market’s net value ahead and the subsidy paid for', () => {
    const s = run().summary;
    const v = weightRent.verdict(s);
    expect(v.holds).toBe(true);
    expect(s.VkNet).toBeGreaterThan(s.VwNet);
    expect(s.pvCover).toBeGreaterThan(1);
    expect(v.marginText).toContain('net of 16 releases');
  });
  it('fails when the take is competed toward zero, and says both conditions fail', () => {
    const v = verdict(preset('take-competed'));
    expect(v.holds).toBe(false);
    expect(v.reason).toMatch(/weights are worth more.*does not even pay/);
  });
  it('halves the subsidy at the chosen month, from the market core’s block emission', () => {
    for (const halvingMonth of [12, 30, 38, 72]) {
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
    expect(s1.dilution).toBe(0);
    expect(s1.VkNet).toBeCloseTo(s1.Vk, 6);
    expect(s0.VkNet).toBeLessThan(s1.VkNet);
    expect(s1.coverNeeded).toBe(0);
  });
});

describe('the review’s defects, fixed', () => {
  it('Q₀ and S₀ give the sourced revenue: Q₀ is the whole open-model market, S₀·Q₀·k is Chutes’ $5.5M a year', () => {
    const r = run();
    expect(base.Q0).toBeCloseTo(1e12 * (365.25 / 12), -6); // 1T tokens a day
    const yearly = 12 * r.series.marketRent[0];
    expect(yearly).toBeGreaterThan(5.5e6 * 0.99);
    expect(yearly).toBeLessThan(5.5e6 * 1.01);
  });
  it('prices m₀ and k on one basis: both blended per 1M tokens, m₀ from DeepSeek-V3’s blended price minus Chutes’', () => {
    expect(param('m0').unit).toBe(param('k').unit);
    expect(param('m0').unit).toMatch(/blended/);
    expect(base.m0).toBeCloseTo(0.75 * 0.27 + 0.25 * 1.1 - 0.27, 9);
    expect(weightRent.sameUnits).toContainEqual(['m0', 'k']);
  });
  it('gives the weights a release cadence: each release restores the premium, a sawtooth and not a one-off decay', () => {
    const r = run({ Tr: 4, tauW: 4 });
    for (const t of [0, 4, 8, 56, 60]) expect(r.series.premium[t]).toBeCloseTo(base.m0, 12);
    expect(r.series.premium[3]).toBeCloseTo(base.m0 * Math.exp(-3 / 4), 12);
    expect(r.series.premium[59]).toBeCloseTo(base.m0 * Math.exp(-3 / 4), 12);
    expect(r.summary.releases).toBe(16);
    // One release only (the old model): the premium has gone by the horizon.
    const once = run({ Tr: 24, H: 23 });
    expect(once.summary.releases).toBe(1);
    expect(once.series.premium[23]).toBeLessThan(base.m0 * 0.01);
  });
  it('charges the lab for each release as the market is charged for its subsidy', () => {
    const cheap = run({ Cr: 1e6 }).summary;
    const dear = run({ Cr: 1e7 }).summary;
    expect(dear.releaseCost).toBeCloseTo(10 * cheap.releaseCost, 3);
    expect(dear.VwNet).toBeCloseTo(dear.Vw - dear.releaseCost, 3);
    expect(dear.margin).toBeGreaterThan(cheap.margin);
  });
  it('decides on the market’s value net of dilution: a gross take ahead of the gross premium is not enough', () => {
    const s = run({ g: 0.02, a: 0.05 }).summary;
    expect(s.Vk).toBeGreaterThan(s.Vw); // the first version's test passes …
    expect(s.VkNet).toBeLessThan(s.VwNet); // … but net of the dilution the market is behind
    expect(weightRent.verdict(s).holds).toBe(false);
  });
  it('does not let coverage reached only at the halving carry the verdict', () => {
    const r = run({ g: 0.02, a: 0.06, halvingMonth: 38 });
    const s = r.summary;
    expect(s.firstCovered).toBe(s.halvingAt); // the month the subsidy halves, coverage jumps past 1 …
    expect(r.series.coverage[37]).toBeLessThan(1);
    expect(s.pvCover).toBeLessThan(1); // … but over the horizon the take pays for less than the subsidy
    const v = weightRent.verdict(s);
    expect(v.holds).toBe(false);
    expect(v.reason).toMatch(/does not (even )?pay for its subsidy/);
  });
  it('a falling TAO price does not help the claim: the subsidy buys less share growth', () => {
    const drifts = [-0.05, -0.04, -0.03, -0.02, -0.01, 0];
    const margins = drifts.map((drift) => run({ drift }).summary.margin);
    for (let i = 1; i < margins.length; i++) expect(margins[i]).toBeGreaterThan(margins[i - 1]);
    expect(run({ drift: -0.03 }).summary.shareEnd).toBeLessThan(run().summary.shareEnd);
    expect(verdict(preset('tao-falls')).holds).toBe(false);
  });
  it('starts month 0 in October 2026 with the next halving at the end of 2029 and Chutes’ 2026 emission', () => {
    expect(base.halvingMonth).toBe(38);
    expect(base.E0).toBeCloseTo(329 * 268.37 * (365.25 / 12), -4);
    expect(run().summary.halvingAt).toBe(38);
  });
  it('is decided by demand growth and share growth, which the map shows, and their plausible box is split', () => {
    expect([...weightRent.mapAxes]).toEqual(['a', 'g']);
    let holds = 0;
    const steps = 12;
    for (let i = 0; i < steps; i++) {
      for (let j = 0; j < steps; j++) {
        const a = 0.02 + (0.1 * i) / (steps - 1);
        const g = 0.01 + (0.07 * j) / (steps - 1);
        if (run({ a, g }).summary.margin > 0) holds++;
      }
    }
    expect(holds / steps ** 2).toBeGreaterThan(0.2);
    expect(holds / steps ** 2).toBeLessThan(0.8);
  });
  it('needs demand growth: at g = 0 the take never pays for the subsidy', () => {
    const v = verdict(preset('no-demand-growth'));
    expect(v.holds).toBe(false);
    expect(v.reason).toMatch(/does not (even )?pay for its subsidy/);
  });
  it('treats both sides alike over the same horizon: a longer horizon gives the compounding market more time', () => {
    const m = [24, 36, 48, 60, 84, 120].map((H) => run({ H }).summary.margin);
    for (let i = 1; i < m.length; i++) expect(m[i]).toBeGreaterThan(m[i - 1]);
    expect(m[0]).toBeLessThan(0);
  });
});
