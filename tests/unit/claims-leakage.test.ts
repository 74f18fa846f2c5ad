// Model 2, leakage of an open release: outputs pinned at the defaults and two presets (6 significant
// digits), the verdict on both sides of its boundary, and the cases facts.md says break the claim.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { leakage } from '../../src/models/claims/index';
import { loadTestCore } from '../support/core';
import { claimHarness, pinned } from '../support/claims';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const { run, verdict, preset } = claimHarness(leakage, () => core);

describe('leakage of an open release', () => {
  it('pins its outputs at the defaults', () => {
    expect(pinned(run())).toMatchInlineSnapshot(`
      {
        "series": {
          "alphaO": [
            1,
            0.130898,
            0.0173259,
          ],
          "demand": [
            1,
            1,
            1,
          ],
          "derivatives": [
            0.600498,
            145.289,
            26254.6,
          ],
          "sB": [
            0,
            0.511311,
            0.521638,
          ],
          "sC": [
            0,
            0.304282,
            0.310428,
          ],
          "sO": [
            1,
            0.184407,
            0.167934,
          ],
        },
        "summary": {
          "derivativesEnd": 26254.6,
          "derivativesMid": 404.838,
          "margin": -0.0106703,
          "n": 366,
          "overtakeDay": 7,
          "phiB": 0.490548,
          "phiC": 0.298781,
          "phiO": 0.21067,
          "sBEnd": 0.521638,
          "sOEnd": 0.167934,
          "threshold": 0.2,
        },
      }
    `);
  });
  it('pins its outputs under “DeepSeek V3.2 prices”', () => {
    expect(pinned(run(preset('deepseek-v32')))).toMatchInlineSnapshot(`
      {
        "series": {
          "alphaO": [
            1,
            0.130898,
            0.0173259,
          ],
          "demand": [
            1,
            1,
            1,
          ],
          "derivatives": [
            0.600498,
            145.289,
            26254.6,
          ],
          "sB": [
            0,
            0.411092,
            0.42687,
          ],
          "sC": [
            0,
            0.244642,
            0.254031,
          ],
          "sO": [
            1,
            0.344266,
            0.3191,
          ],
        },
        "summary": {
          "derivativesEnd": 26254.6,
          "derivativesMid": 404.838,
          "margin": -0.176361,
          "n": 366,
          "overtakeDay": 106,
          "phiB": 0.388542,
          "phiC": 0.235097,
          "phiO": 0.376361,
          "sBEnd": 0.42687,
          "sOEnd": 0.3191,
          "threshold": 0.2,
        },
      }
    `);
  });
  it('pins its outputs under “Sentient fingerprinting”', () => {
    expect(pinned(run(preset('sentient-fingerprinting')))).toMatchInlineSnapshot(`
      {
        "series": {
          "alphaO": [
            2.5,
            1.6309,
            1.51733,
          ],
          "demand": [
            1,
            1,
            1,
          ],
          "derivatives": [
            0.600498,
            145.289,
            26254.6,
          ],
          "sB": [
            0,
            0.311386,
            0.329173,
          ],
          "sC": [
            0,
            0.185306,
            0.195891,
          ],
          "sO": [
            1,
            0.503308,
            0.474936,
          ],
        },
        "summary": {
          "derivativesEnd": 26254.6,
          "derivativesMid": 404.838,
          "margin": -0.333851,
          "n": 366,
          "overtakeDay": -1,
          "phiB": 0.290817,
          "phiC": 0.175332,
          "phiO": 0.533851,
          "sBEnd": 0.329173,
          "sOEnd": 0.474936,
          "threshold": 0.2,
        },
      }
    `);
  });

  it('breaks narrowly at the defaults: the originator keeps 21.1% of demand against a 20% bar', () => {
    const v = verdict();
    expect(v.holds).toBe(false);
    expect(v.marginText).toBe('the originator keeps 21.1% of the demand for its model over the first year; the claim needs under 20%');
    expect(v.margin).toBeCloseTo(0.2 - 0.210669, 5);
  });
  it('holds once the subnet charges $0.25 instead of $0.26', () => {
    expect(verdict({ pB: 0.25 }).holds).toBe(true);
    expect(verdict({ pB: 0.26 }).holds).toBe(false);
  });
  it('holds once the bar is 22% rather than 21%', () => {
    expect(verdict({ threshold: 0.22 }).holds).toBe(true);
    expect(verdict({ threshold: 0.21 }).holds).toBe(false);
  });
  it('gives the originator all the demand when the licence keeps other hosts out', () => {
    const s = run({ licence: 1 }).summary;
    expect(s.phiO).toBe(1);
    expect(s.phiB + s.phiC).toBe(0);
    expect(leakage.verdict(s).reason).toMatch(/No other host/);
  });
  it('lets the subnet overtake the originator the day it starts serving', () => {
    expect(run().summary.overtakeDay).toBe(7);
    expect(run({ LB: 30 }).summary.overtakeDay).toBe(30);
    expect(run({ pB: 5 }).summary.overtakeDay).toBe(-1);
  });
  it('raises the originator’s capture when emissions fall and the subnet’s price rises', () => {
    expect(run({ emissionsFall: 1 }).summary.phiO).toBeGreaterThan(run().summary.phiO);
  });
  it('splits demand among the three channels every day', () => {
    const r = run();
    for (let t = 0; t < r.summary.n; t += 30) expect(r.series.sO[t] + r.series.sB[t] + r.series.sC[t]).toBeCloseTo(1, 12);
    expect(r.summary.phiO + r.summary.phiB + r.summary.phiC).toBeCloseTo(1, 12);
  });
  it('draws a derivative curve that passes 1 on day 17 (Stanford Alpaca)', () => {
    expect(run().series.derivatives[17]).toBeCloseTo(1, 9);
  });
});
