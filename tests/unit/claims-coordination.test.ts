// Model 5, who captures the coordination layer: outputs pinned at the defaults and two presets (6
// significant digits), and one test per fix of the review (issue 13): the market's size no longer
// cancels, the coordination profit is a platform's take on the network's own share, the default share
// gives Chutes' sourced revenue, buybacks are set against the subnet's own emissions, σ is a share of
// emissions sold, and token holders keep the take only as far as buybacks net of dilution leave it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { coordination } from '../../src/models/claims/index';
import { CHUTES_REVENUE } from '../../src/models/claims/coordination';
import type { NumberParam } from '../../src/state/schema';
import { loadTestCore } from '../support/core';
import { claimHarness, pinned } from '../support/claims';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const { run, verdict, preset } = claimHarness(coordination, () => core);
const param = (id: string) => coordination.schema.find((p) => p.id === id) as NumberParam;
/** The two conditions, as the verdict computes them: coordination vs code, and what the token keeps. */
const conditions = (over = {}) => {
  const s = run(over).summary;
  return { layer: Math.log(s.take / (s.X * s.code)), token: Math.log(s.buyback / (s.dilution + s.X * s.code)) };
};

describe('who captures the coordination layer', () => {
  it('pins its outputs at the defaults', () => {
    expect(pinned(run())).toMatchInlineSnapshot(`
      {
        "series": {
          "buybacks": [
            56000,
            5600000,
            560000000,
          ],
          "needed": [
            13218800,
            13773200,
            69213200,
          ],
          "share": [
            0.00001,
            0.001,
            0.1,
          ],
        },
        "summary": {
          "X": 10,
          "buyback": 5600000,
          "code": 56000,
          "coverage": 0.173766,
          "dilution": 13213200,
          "eUsd": 32227200,
          "flow": -7613160,
          "kept": -7613160,
          "margin": -0.899955,
          "n": 81,
          "revenue": 5600000,
          "sStar": 0.00262166,
          "take": 308000,
        },
      }
    `);
  });
  it('pins its outputs under “AWS-like margin”', () => {
    expect(pinned(run(preset('aws-like')))).toMatchInlineSnapshot(`
      {
        "series": {
          "buybacks": [
            56000,
            5600000,
            560000000,
          ],
          "needed": [
            13218800,
            13773200,
            69213200,
          ],
          "share": [
            0.00001,
            0.001,
            0.1,
          ],
        },
        "summary": {
          "X": 10,
          "buyback": 5600000,
          "code": 56000,
          "coverage": 0.173766,
          "dilution": 13213200,
          "eUsd": 32227200,
          "flow": -7613160,
          "kept": -7613160,
          "margin": -0.899955,
          "n": 81,
          "revenue": 5600000,
          "sStar": 0.00262166,
          "take": 2060800,
        },
      }
    `);
  });
  it('pins its outputs under “Revenue matches emissions”', () => {
    expect(pinned(run(preset('emissions-covered')))).toMatchInlineSnapshot(`
      {
        "series": {
          "buybacks": [
            56000,
            5600000,
            560000000,
          ],
          "needed": [
            13218800,
            13773200,
            69213200,
          ],
          "share": [
            0.00001,
            0.001,
            0.1,
          ],
        },
        "summary": {
          "X": 10,
          "buyback": 32480000,
          "code": 324800,
          "coverage": 1.00784,
          "dilution": 13213200,
          "eUsd": 32227200,
          "flow": 19266800,
          "kept": 1786400,
          "margin": -0.597837,
          "n": 81,
          "revenue": 32480000,
          "sStar": 0.00262166,
          "take": 1786400,
        },
      }
    `);
  });

  it('formalises the essay’s Linux sentence, quoted verbatim', () => {
    const essay = readFileSync('tests/fixtures/essay.md', 'utf8');
    expect(essay).toContain(coordination.formalises);
    expect(coordination.formalises).toBe('Linux gave away the code; Amazon and Google captured the value by coordinating compute at scale.');
  });

  it('the default share gives the sourced revenue order (Chutes’ $5.5M a year, not $280M)', () => {
    const s = run().summary;
    expect(s.revenue).toBeGreaterThan(CHUTES_REVENUE / 2);
    expect(s.revenue).toBeLessThan(CHUTES_REVENUE * 2);
    // The plausible shares run from Chutes' $4.3M ARR to revenue as large as its emissions.
    const { low, high } = param('netShare').plausible!;
    expect(low * param('V').default).toBeCloseTo(4.3e6, -5);
    expect(high * param('V').default).toBeCloseTo(s.eUsd, -6);
  });

  it('counts as coordination profit a platform’s take on the network’s share of the spend, not a Cournot margin on all of it', () => {
    const s = run().summary;
    expect(s.take).toBeCloseTo(0.055 * 0.001 * 5.6e9, 6);
    expect(param('tau').plausible).toMatchObject({ low: 0.05, high: 0.055, source: 'co-openrouter-take' });
    // No competitor count sets it: the take is the same whatever the market's breadth.
    expect(coordination.schema.map((p) => p.id)).not.toContain('nDec');
    // Twice the share, twice the profit.
    expect(run({ netShare: 0.002 }).summary.take).toBeCloseTo(2 * s.take, 6);
  });

  it('lets the market’s size V matter: the same share of a bigger market brings more revenue against the same emissions', () => {
    const base = conditions();
    const bigger = conditions({ V: 11.2e9 });
    expect(bigger.token).toBeGreaterThan(base.token + 0.3);
    expect(run({ V: 11.2e9 }).summary.margin).toBeGreaterThan(run().summary.margin);
    // Only revenue enters: doubling V is doubling the share.
    expect(run({ V: 11.2e9 }).summary.margin).toBeCloseTo(run({ netShare: 0.002 }).summary.margin, 12);
    // And it can flip the verdict: with a 0.5% code layer, a market 6× larger at the same share holds.
    expect(verdict({ theta: 0.005 }).holds).toBe(false);
    expect(verdict({ theta: 0.005, V: 3.36e10 }).holds).toBe(true);
  });

  it('sets buybacks of the subnet’s alpha against that subnet’s own emissions (329 TAO/day), not the whole network’s 3,600', () => {
    const s = run().summary;
    expect(param('e').default).toBe(329);
    expect(s.eUsd).toBeCloseTo(329 * 365 * 268.37, 4);
    expect(s.coverage).toBeCloseTo(s.revenue / s.eUsd, 12);
    expect(s.coverage).toBeGreaterThan(0.1);
    expect(s.coverage).toBeLessThan(0.25); // facts-2026h2 §2(c): Chutes ≈ 0.17
  });

  it('reads σ as the share of emissions sold: miners’ 41% by default, 26–59% plausible', () => {
    expect(param('sigma').default).toBe(0.41);
    expect(param('sigma').plausible).toMatchObject({ low: 0.26, high: 0.59, source: 'co-sell-share' });
    const s = run().summary;
    expect(s.dilution).toBeCloseTo(0.41 * s.eUsd, 4);
  });

  it('breaks at the defaults on both counts: emissions sold outrun buybacks, and a 5.5% take is under 10× a 1% code layer', () => {
    const s = run().summary;
    const v = coordination.verdict(s);
    const c = conditions();
    expect(v.holds).toBe(false);
    expect(c.token).toBeLessThan(0);
    expect(c.layer).toBeLessThan(0);
    expect(s.flow).toBeLessThan(0);
    expect(v.margin).toBeCloseTo(Math.min(c.layer, c.token), 9);
    expect(v.reason).toMatch(/emissions sold \(\$13\.2M\/yr\) outrun the buybacks \(\$5\.6M\/yr\)/);
  });

  it('holds only when both conditions hold, on either side of each boundary', () => {
    // Revenue matching emissions fixes the token's side but not coordination vs code …
    expect(conditions(preset('emissions-covered')).token).toBeGreaterThan(0);
    expect(verdict(preset('emissions-covered')).holds).toBe(false);
    expect(verdict(preset('emissions-covered')).reason).toMatch(/does not dwarf the code/);
    // … an AWS-like margin fixes coordination vs code but not the token's side …
    expect(conditions(preset('aws-like')).layer).toBeGreaterThan(0);
    expect(verdict(preset('aws-like')).holds).toBe(false);
    // … and both together hold, as does a 0.5% code layer (5% < 5.5%) with revenue matching emissions.
    expect(verdict({ ...preset('emissions-covered'), ...preset('aws-like') }).holds).toBe(true);
    expect(verdict({ ...preset('emissions-covered'), theta: 0.005 }).holds).toBe(true);
    expect(verdict({ ...preset('emissions-covered'), theta: 0.006 }).holds).toBe(false);
  });

  it('lets token holders keep the take only as far as buybacks net of emissions sold leave it', () => {
    const low = run().summary;
    expect(low.kept).toBe(low.flow);
    const high = run(preset('emissions-covered')).summary;
    expect(high.flow).toBeGreaterThan(high.take);
    expect(high.kept).toBe(high.take);
    // The code layer's cut counts against what the token keeps: buybacks barely above the emissions sold fail.
    const s = run().summary;
    const justOver = (1.01 * s.dilution) / (param('V').default * 1); // b = 1
    expect(run({ netShare: justOver }).summary.flow).toBeGreaterThan(0);
    expect(verdict({ netShare: justOver, theta: 0.005 }).holds).toBe(false);
  });

  it('puts s* where the token’s condition flips, and says “none” when each dollar buys back less than X × the code cut', () => {
    const s = run().summary;
    expect(s.sStar).toBeCloseTo(s.dilution / (5.6e9 * (1 - 10 * 0.01)), 12);
    const at = conditions({ netShare: s.sStar });
    expect(at.token).toBeCloseTo(0, 9);
    expect(run({ b: 0.5, theta: 0.05 }).summary.sStar).toBe(-1);
    expect(coordination.outputs.sStar.format(-1)).toMatch(/^none/);
  });

  it('after the next halving the emissions sold fall by half, and a smaller market share suffices', () => {
    const now = run().summary;
    const later = run(preset('next-halving')).summary;
    expect(later.dilution).toBeCloseTo((now.dilution * 165) / 329, 4);
    expect(later.sStar).toBeLessThan(now.sStar);
  });

  it('fails with no buybacks, whatever the share', () => {
    expect(verdict(preset('no-buybacks')).holds).toBe(false);
    expect(verdict({ ...preset('no-buybacks'), netShare: 1, theta: 0 }).holds).toBe(false);
  });
});
