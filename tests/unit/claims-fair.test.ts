// Fair by construction: every number parameter of every claim has a sourced plausible range inside
// its slider; units that must agree do; each claim holds in one named plausible world and fails in
// another; across plausible worlds neither outcome is certain; the tornado and the sample come from
// the core and agree with single runs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { CLAIM_MODELS } from '../../src/models/claims/index';
import { claimSource } from '../../src/models/claims/sources';
import {
  computeTornado, decisiveAxes, drawWorlds, evaluateWorlds, isUncertain, latinHypercube, summariseWorlds, FIRST_WORLDS, WORLDS_SEED,
} from '../../src/models/claims/analysis';
import { defaults, type ParamValues } from '../../src/state/schema';
import { loadTestCore } from '../support/core';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

describe('the Latin hypercube', () => {
  it('puts exactly one point in each of the n strata of every dimension', () => {
    const n = 64;
    const dims = 5;
    const u = latinHypercube(n, dims, 7);
    for (let d = 0; d < dims; d++) {
      const strata = Array.from({ length: n }, (_, i) => Math.floor(u[i * dims + d] * n)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });
  it('is the same design for the same seed and a different one for another', () => {
    expect(latinHypercube(16, 3, 1)).toEqual(latinHypercube(16, 3, 1));
    expect(latinHypercube(16, 3, 1)).not.toEqual(latinHypercube(16, 3, 2));
  });
});

for (const model of CLAIM_MODELS) {
  describe(`${model.id}: fair by construction`, () => {
    const base = defaults(model.schema);
    const run = (over: Partial<ParamValues>) => model.verdict(model.compute(core, { ...base, ...over } as ParamValues).summary);

    it('names the essay sentence it formalises', () => {
      expect(model.formalises.length).toBeGreaterThan(20);
    });

    it('gives every number parameter a sourced plausible range inside its slider', () => {
      for (const p of model.schema) {
        if (p.kind !== 'number') continue;
        expect(p.plausible, p.id).toBeDefined();
        const { low, high, source } = p.plausible!;
        expect(low, p.id).toBeLessThanOrEqual(high);
        expect(low, p.id).toBeGreaterThanOrEqual(p.min);
        expect(high, p.id).toBeLessThanOrEqual(p.max);
        expect(source === 'assumption' || claimSource(source) !== undefined, `${p.id}: source ${source}`).toBe(true);
        if (p.scale === 'log') expect(low, p.id).toBeGreaterThan(0);
      }
    });

    it('keeps the units of paired parameters equal', () => {
      for (const [a, b] of model.sameUnits) {
        const pa = model.schema.find((p) => p.id === a);
        const pb = model.schema.find((p) => p.id === b);
        expect(pa?.kind === 'number' && pb?.kind === 'number', `${a}, ${b}`).toBe(true);
        if (pa?.kind === 'number' && pb?.kind === 'number') expect(pa.unit, `${a} vs ${b}`).toBe(pb.unit);
      }
    });

    for (const side of ['holds', 'fails'] as const) {
      const w = model.witnesses[side];
      it(`${side} in a plausible world: ${w.sentence}`, () => {
        for (const [id, v] of Object.entries(w.values)) {
          const p = model.schema.find((q) => q.id === id);
          expect(p, id).toBeDefined();
          if (p?.kind === 'number' && p.plausible) {
            expect(v, id).toBeGreaterThanOrEqual(p.plausible.low);
            expect(v, id).toBeLessThanOrEqual(p.plausible.high);
          }
        }
        expect(run(w.values).holds).toBe(side === 'holds');
      });
    }

    it('is neither certain nor impossible across plausible worlds', () => {
      const draws = drawWorlds(model, base, WORLDS_SEED, FIRST_WORLDS, 0, FIRST_WORLDS);
      const est = summariseWorlds(evaluateWorlds(core, model, draws));
      expect(est.share).toBeGreaterThan(0.02);
      expect(est.share).toBeLessThan(0.98);
    });

    it('draws every world inside the plausible box, and the core’s margin of a world is a single run’s', () => {
      const draws = drawWorlds(model, base, WORLDS_SEED, 64, 0, 8);
      const margins = evaluateWorlds(core, model, draws);
      const dims = model.layout.params.length;
      for (let w = 0; w < 8; w++) {
        const values = Object.fromEntries(model.layout.params.map((id, k) => [id, draws[w * dims + k]]));
        for (const p of model.schema) {
          if (!isUncertain(p)) continue;
          expect(values[p.id]).toBeGreaterThanOrEqual(p.plausible.low * (1 - 1e-12));
          expect(values[p.id]).toBeLessThanOrEqual(p.plausible.high * (1 + 1e-12));
        }
        expect(margins[w]).toBe(model.compute(core, values).summary.margin);
      }
    });

    it('has a tornado whose end margins are single runs, and whose top two bars are decisive', () => {
      const t = computeTornado(core, model, base);
      expect(t.margin).toBe(model.compute(core, base).summary.margin);
      expect(t.bars.length).toBe(model.schema.filter(isUncertain).length);
      for (const bar of t.bars.slice(0, 3)) {
        expect(bar.marginLow).toBe(model.compute(core, { ...base, [bar.id]: bar.low }).summary.margin);
        expect(bar.marginHigh).toBe(model.compute(core, { ...base, [bar.id]: bar.high }).summary.margin);
        if (bar.flip !== null) {
          expect(bar.flip).toBeGreaterThanOrEqual(Math.min(bar.low, bar.high));
          expect(bar.flip).toBeLessThanOrEqual(Math.max(bar.low, bar.high));
        }
      }
      for (let i = 1; i < t.bars.length; i++) expect(t.bars[i - 1].swing).toBeGreaterThanOrEqual(t.bars[i].swing);
      expect(decisiveAxes(t, ['x', 'y'])).toEqual([t.bars[0].id, t.bars[1].id]);
    });

    it('maps by default the two parameters the tornado finds decisive at the defaults', () => {
      expect([...model.mapAxes]).toEqual(decisiveAxes(computeTornado(core, model, base), model.mapAxes));
    });
  });
}

describe('the claim stories', () => {
  it('show only the defaults or a preset, so each state a step shows is a button in its figure and a cell of the scorecard', async () => {
    const { CLAIM_STORIES } = await import('../../src/content/stories');
    for (const model of CLAIM_MODELS) {
      for (const step of CLAIM_STORIES[model.id as keyof typeof CLAIM_STORIES]) {
        expect(Object.keys(step).every((k) => k === 'name' || k === 'preset'), `${model.id}: ${step.name}`).toBe(true);
        if (step.preset) expect(model.presets.some((p) => p.id === step.preset), `${model.id}: ${step.preset}`).toBe(true);
      }
    }
  });
});
