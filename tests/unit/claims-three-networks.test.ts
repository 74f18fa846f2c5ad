// Model 3, three networks: outputs pinned at the defaults and one preset (6 significant digits); the
// essay's mechanism (the subnets absorb the long tail centralized hosts do not list) deciding the
// verdict both ways, with the two hosts treated alike; the subsidy passed on bounded (no price floor);
// the token feedback moving the run; no share collapse; seeded releases, the halving and the dTAO miner
// share from the market core; the appeals calibrated at the schema's defaults.
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
/** The subnets list 90% of the long tail, centralized hosts 40%: the essay's picture. */
const TAIL = { chiB: 0.9, chiC: 0.4 };

describe('three networks: are releases fuel?', () => {
  it('pins its outputs at the defaults', () => {
    expect(pinned(run())).toMatchInlineSnapshot(`
      {
        "series": {
          "EB": [
            1080580,
            911932,
            410805,
          ],
          "coverage": [
            0.105905,
            0.119209,
            0.247433,
          ],
          "pA": [
            0.42,
            0.42,
            0.42,
          ],
          "pB": [
            0.127222,
            0.128493,
            0.14323,
          ],
          "pC": [
            0.197779,
            0.198188,
            0.198098,
          ],
          "releasesB": [
            0,
            124,
            228,
          ],
          "releasesC": [
            0,
            125,
            228,
          ],
          "revenueB": [
            114438,
            108711,
            101647,
          ],
          "sA": [
            0.000996037,
            0.00000897435,
            7.18938e-8,
          ],
          "sB": [
            0.119935,
            0.112806,
            0.0946235,
          ],
          "sBNone": [
            0.119935,
            0.115682,
            0.0960427,
          ],
          "sC": [
            0.879069,
            0.887185,
            0.905376,
          ],
          "subsidyRatio": [
            2.4903,
            2.24896,
            1.20436,
          ],
          "taoPrice": [
            268,
            268,
            268,
          ],
          "token": [
            1,
            0.843931,
            0.760344,
          ],
        },
        "summary": {
          "collapseWeek": -1,
          "crEnd": 0.247433,
          "crMax": 0.30062,
          "crWeek": -1,
          "discount0": 0.356746,
          "discountEnd": 0.273176,
          "fuel": -0.00141922,
          "fuelOne": 0.0000274397,
          "halvingWeek": 209,
          "margin": -0.141922,
          "muDtao": 0.410002,
          "n": 261,
          "releases": 228,
          "sAEnd": 7.18938e-8,
          "sB0": 0.119935,
          "sBEnd": 0.0946235,
          "sBEndNone": 0.0960427,
          "sBFrontEnd": 0.0940241,
          "sBPreHalving": 0.11229,
          "sBTailEnd": 0.0950231,
          "sCEnd": 0.905376,
          "subsidyRatio0": 2.4903,
          "taoPriceEnd": 268,
          "tokenEnd": 0.760344,
        },
      }
    `);
  });
  it('pins its outputs under “The subnets list the long tail”', () => {
    expect(pinned(run(preset('subnet-lists-tail')))).toMatchInlineSnapshot(`
      {
        "series": {
          "EB": [
            1080580,
            929512,
            429652,
          ],
          "coverage": [
            0.105905,
            0.146551,
            0.303534,
          ],
          "pA": [
            0.42,
            0.42,
            0.42,
          ],
          "pB": [
            0.127222,
            0.0804626,
            0.0866013,
          ],
          "pC": [
            0.197779,
            0.220886,
            0.218681,
          ],
          "releasesB": [
            0,
            124,
            228,
          ],
          "releasesC": [
            0,
            125,
            228,
          ],
          "revenueB": [
            114438,
            136221,
            130414,
          ],
          "sA": [
            0.000996037,
            0.00000902886,
            7.22577e-8,
          ],
          "sB": [
            0.119935,
            0.22573,
            0.200788,
          ],
          "sBNone": [
            0.119935,
            0.115682,
            0.0960427,
          ],
          "sC": [
            0.879069,
            0.774261,
            0.799212,
          ],
          "subsidyRatio": [
            2.4903,
            1.88388,
            1.01119,
          ],
          "taoPrice": [
            268,
            268,
            268,
          ],
          "token": [
            1,
            0.860201,
            0.795228,
          ],
        },
        "summary": {
          "collapseWeek": -1,
          "crEnd": 0.303534,
          "crMax": 0.365078,
          "crWeek": -1,
          "discount0": 0.356746,
          "discountEnd": 0.251391,
          "fuel": 0.104746,
          "fuelOne": 0.00216111,
          "halvingWeek": 209,
          "margin": 10.4746,
          "muDtao": 0.410002,
          "n": 261,
          "releases": 228,
          "sAEnd": 7.22577e-8,
          "sB0": 0.119935,
          "sBEnd": 0.200788,
          "sBEndNone": 0.0960427,
          "sBFrontEnd": 0.0891106,
          "sBPreHalving": 0.228352,
          "sBTailEnd": 0.27524,
          "sCEnd": 0.799212,
          "subsidyRatio0": 2.4903,
          "taoPriceEnd": 268,
          "tokenEnd": 0.795228,
        },
      }
    `);
  });

  // The essay's mechanism, which the old model lacked (B and C received the same releases, so one
  // more release moved B's share by about 10⁻⁵ points whatever the settings).
  it('is fuel when the subnets list more of the long tail than centralized hosts, and a threat when they list less', () => {
    const tail = run(TAIL).summary;
    expect(verdict(TAIL).holds).toBe(true);
    expect(tail.margin).toBeGreaterThan(5); // points of demand at week 260
    expect(tail.fuelOne).toBeGreaterThan(0.001); // one release: a tenth of a point after 12 weeks
    expect(tail.sBTailEnd).toBeGreaterThan(2 * tail.sBFrontEnd);
    const lora = run({ chiB: 0.6, chiC: 0.9 }).summary;
    expect(verdict({ chiB: 0.6, chiC: 0.9 }).holds).toBe(false);
    expect(lora.margin).toBeLessThan(-1);
    expect(lora.fuelOne).toBeLessThan(0);
  });
  it('with the same lag and the same share of the tail on both sides, releases are neither fuel nor a threat', () => {
    for (const chi of [0.3, 0.6, 0.95]) {
      const s = run({ chiB: chi, chiC: chi, LB: 1, LC: 1 }).summary;
      expect(Math.abs(s.margin), `χ = ${chi}`).toBeLessThan(0.02);
    }
  });
  it('fails at the defaults because centralized hosts list each release sooner', () => {
    const v = verdict();
    expect(v.holds).toBe(false);
    expect(v.margin).toBeLessThan(0);
    expect(v.margin).toBeGreaterThan(-1);
    expect(verdict({ LB: 0 }).holds).toBe(true); // the subnets first: the lead is theirs
    expect(v.reason).toMatch(/sooner/);
  });
  it('when only the best model matters (no demand for the long tail), releases are no fuel even if only the subnets list the tail', () => {
    expect(verdict({ ...TAIL, fs: 0 }).holds).toBe(false);
    const margins = [0, 0.1, 0.3, 0.6].map((fs) => run({ ...TAIL, fs }).summary.margin);
    for (let i = 1; i < margins.length; i++) expect(margins[i]).toBeGreaterThan(margins[i - 1]);
  });
  it('finds no one-release fuel when the subnets list a release only after the 12 weeks it is read at', () => {
    expect(run({ ...TAIL, LB: 90 }).summary.fuelOne).toBeLessThanOrEqual(0);
    expect(verdict({ LB: 90 }).holds).toBe(false);
  });

  // The price floor: the old model priced B at cost − ψ·subsidy per token, floored at $0.01, and at
  // the defaults the subsidy per token exceeded an 8B model's cost, so B sat on the floor.
  it('takes at most ψ of its cost off B’s price, however large the subsidy: no floor', () => {
    const d = run().summary;
    expect(d.discount0).toBeGreaterThan(0);
    expect(d.discount0).toBeLessThan(base.psi);
    const rich = run({ wInf: 0.5, PB0: 800 }).summary;
    expect(rich.subsidyRatio0).toBeGreaterThan(5 * d.subsidyRatio0);
    expect(rich.discount0).toBeGreaterThan(d.discount0);
    expect(rich.discount0).toBeLessThan(base.psi);
    expect(run({ wInf: 0 }).summary.discount0).toBe(0);
    // B's price is its blended cost less the discount: far above $0.01, and it moves with the subsidy.
    const r = run();
    const cost = (1 - base.fs) * base.cFront + base.fs * base.cTail;
    expect(r.series.pB[0]).toBeGreaterThan(0.5 * cost * (1 - base.psi));
    for (const p of r.series.pB) expect(p).toBeGreaterThan(0.05);
  });
  it('raises B’s price when the halving cuts its subsidy, smoothly rather than off a floor', () => {
    const r = run();
    expect(r.summary.halvingWeek).toBe(209);
    expect(r.series.pB[209] / r.series.pB[208]).toBeGreaterThan(1.03);
    expect(r.summary.discountEnd).toBeLessThan(r.summary.discount0);
    expect(r.series.subsidyRatio[209] / r.series.subsidyRatio[208]).toBeCloseTo(0.5, 1);
  });

  // The token-price feedback: the old model's η moved TAO by under 1% in five years, and η = 0 gave
  // the same result as η = 0.5.
  it('η moves the TAO price path of the subnets’ token, and with it the subsidy and the verdict', () => {
    const still = run({ ...TAIL, eta: 0 });
    const moved = run({ ...TAIL, eta: 1 });
    expect(Array.from(still.series.token).every((x) => x === 1)).toBe(true);
    expect(moved.summary.tokenEnd).toBeLessThan(0.9); // emissions sold outweigh buybacks
    expect(moved.series.EB[100] / still.series.EB[100]).toBeCloseTo(moved.series.token[100], 10);
    expect(Math.abs(moved.summary.margin - still.summary.margin)).toBeGreaterThan(0.1);
    expect(Math.abs(run({ eta: 2 }).summary.sBEnd - run({ eta: 0 }).summary.sBEnd)).toBeGreaterThan(0.005);
    // More buybacks, a higher token.
    expect(run({ b: 1, sigma: 0.15 }).summary.tokenEnd).toBeGreaterThan(run({ b: 0.5, sigma: 0.5 }).summary.tokenEnd);
  });

  // The collapse: where the old model held (w_inf = 0) the subnet's share fell from 12% to 2.5% by
  // week 5, because its GPUs, sized for a subsidised start, left at once.
  it('where the claim holds, the subnets’ share does not collapse, with or without emissions', () => {
    for (const over of [TAIL, { ...TAIL, wInf: 0 }, { ...TAIL, wInf: 0.05, psi: 0 }, { wInf: 0 }]) {
      const r = run(over);
      expect(r.summary.collapseWeek, JSON.stringify(over)).toBe(-1);
      expect(r.series.sB[5] / r.series.sB[0], JSON.stringify(over)).toBeGreaterThan(0.95);
      expect(Math.min(...r.series.sB), JSON.stringify(over)).toBeGreaterThan(0.8 * r.summary.sB0);
    }
    expect(verdict({ ...TAIL, wInf: 0 }).holds).toBe(true);
  });

  it('starts from the observed shares at the defaults (B 12%, A 0.1%)', () => {
    const r = run();
    expect(r.series.sB[0]).toBeCloseTo(0.12, 3);
    expect(r.series.sA[0]).toBeCloseTo(0.001, 4);
    expect(r.series.sB[1]).toBeCloseTo(r.series.sB[0], 3);
    expect(r.series.sBNone[0]).toBe(r.series.sB[0]);
  });
  it('calibrates the networks’ appeal at exactly the schema’s defaults', () => {
    const cal = Array.from(core.claimThreeNetworksCalibration());
    expect(cal.slice(0, threeNetworks.schema.length)).toEqual(threeNetworks.schema.map((p) => p.default));
    expect(cal[threeNetworks.schema.length]).toBeLessThan(0); // the subnets’ own appeal is below the centralized hosts’
  });
  it('halves B’s emissions at week 209, from the market core’s block emission', () => {
    const r = run();
    const perDay = (t: number) => r.series.EB[t] / (r.series.taoPrice[t] * base.wInf * r.series.token[t] * 7);
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
    expect(Array.from(run({ seed: 7 }).series.releasesB)).toEqual(Array.from(run({ seed: 7 }).series.releasesB));
    expect(Array.from(run({ seed: 8 }).series.releasesB)).not.toEqual(Array.from(run({ seed: 7 }).series.releasesB));
  });
  it('releases about λ a month over five years, listed by each host after its lag', () => {
    const r = run({ lambda: 4 });
    expect(r.summary.releases).toBeGreaterThan(4 * 59.8 * 0.85);
    expect(r.summary.releases).toBeLessThan(4 * 59.8 * 1.15);
    expect(run({ lambda: 0 }).summary.releases).toBe(0);
    // A lag of 30 days puts the host's count about a month of releases behind.
    const late = run({ LB: 30 });
    expect(late.series.releasesB[150]).toBeLessThan(late.series.releasesC[150]);
    expect(late.series.releasesB[150]).toBeGreaterThanOrEqual(late.series.releasesC[145]);
  });
  it('lowers TAO by a fifth in the week after a governance shock', () => {
    const r = run({ shock: 1, shockWeek: 17 });
    expect(r.series.taoPrice[18] / r.series.taoPrice[17]).toBeCloseTo(0.8, 12);
  });
  it('lets Ambient’s one model fade as releases age it, unless it has users on a subsidy', () => {
    const r = run();
    expect(r.series.sA[260]).toBeLessThan(r.series.sA[0] / 10);
    expect(run({ EA: 1e6 }).summary.sAEnd).toBeGreaterThan(r.summary.sAEnd);
  });
});
