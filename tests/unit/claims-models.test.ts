// What the five claim models share: the TS layouts mirror the core's, every slider and preset is
// sourced and on its range, the essay is quoted briefly, and the page's verdict equals the margin
// the map sweeps (same number, same sign) for every model.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { CLAIM_MODELS, type ClaimModel } from '../../src/models/claims/index';
import { claimSource } from '../../src/models/claims/sources';
import type { ClaimLayout } from '../../src/models/claims/layout';
import { WEIGHT_RENT_LAYOUT } from '../../src/models/claims/weight-rent';
import { LEAKAGE_LAYOUT } from '../../src/models/claims/leakage';
import { THREE_NETWORKS_LAYOUT } from '../../src/models/claims/three-networks';
import { ROUTING_LAYOUT } from '../../src/models/claims/routing';
import { COORDINATION_LAYOUT } from '../../src/models/claims/coordination';
import { clampToParam, defaults, type NumberParam, type Param } from '../../src/state/schema';
import { loadTestCore } from '../support/core';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const LAYOUTS: [ClaimModel, ClaimLayout][] = [
  [CLAIM_MODELS[0], WEIGHT_RENT_LAYOUT],
  [CLAIM_MODELS[1], LEAKAGE_LAYOUT],
  [CLAIM_MODELS[2], THREE_NETWORKS_LAYOUT],
  [CLAIM_MODELS[3], ROUTING_LAYOUT],
  [CLAIM_MODELS[4], COORDINATION_LAYOUT],
];

/** `count` values spread over a slider (geometrically on a log slider), snapped onto it. */
function spread(p: Param, count: number): Float64Array {
  if (p.kind === 'choice') return Float64Array.from(p.options.map((o) => o.value));
  const at = (t: number) => (p.scale === 'log' ? p.min * (p.max / p.min) ** t : p.min + (p.max - p.min) * t);
  return Float64Array.from({ length: count }, (_, i) => clampToParam(p, at(i / (count - 1))) as number);
}

describe('claim layouts', () => {
  it('lists the five models in the essay’s order', () => {
    expect(CLAIM_MODELS.map((m) => m.id)).toEqual(['weight-rent', 'leakage', 'three-networks', 'routing', 'coordination']);
  });
  for (const [model, layout] of LAYOUTS) {
    it(`${model.id}: the TS layout has the core’s sizes (claimLayout(${layout.model}))`, () => {
      expect(Array.from(core.claimLayout(layout.model))).toEqual([layout.params.length, layout.summary.length, layout.series.length, layout.length]);
    });
    it(`${model.id}: the schema lists the layout’s parameters in order`, () => {
      expect(model.schema.map((p) => p.id)).toEqual([...layout.params]);
    });
    it(`${model.id}: a run returns the summary and every series at full length`, () => {
      const flat = model.compute(core, defaults(model.schema));
      const n = flat.summary.n;
      expect(n).toBeGreaterThan(0);
      for (const s of layout.series) expect(flat.series[s]).toHaveLength(n);
    });
  }
  for (const [model, layout] of LAYOUTS) {
    it(`${model.id}: degenerate parameters (NaN, ±∞, 0, −1) give a margin in [−50, 50], never a trap`, () => {
      for (const fill of [NaN, Infinity, -Infinity, 0, -1, 1e300]) {
        const flat = model.compute(core, Object.fromEntries(layout.params.map((id) => [id, fill])));
        expect(flat.summary.margin, String(fill)).toBeGreaterThanOrEqual(-50);
        expect(flat.summary.margin, String(fill)).toBeLessThanOrEqual(50);
      }
      // A missing parameter is packed as NaN and fails the claim.
      expect(model.verdict(model.compute(core, {}).summary).holds).toBe(false);
    });
  }
  it('refuses a parameter vector that is too short with an empty result', () => {
    expect(core.claimRunWeightRent(new Float64Array(3))).toHaveLength(0);
    expect(core.claimSweepLeakage(new Float64Array(3), 0, 1, new Float64Array(2), new Float64Array(2))).toHaveLength(0);
    expect(core.claimLayout(9)).toHaveLength(0);
  });
});

describe('claim schemas, presets and citations', () => {
  for (const model of CLAIM_MODELS) {
    it(`${model.id}: every parameter cites a known source`, () => {
      for (const p of model.schema) expect(claimSource(p.source), `${p.id} → ${p.source}`).toBeDefined();
    });
    it(`${model.id}: every default sits on its slider`, () => {
      for (const p of model.schema) expect(clampToParam(p, p.default), p.id).toBe(p.default);
    });
    it(`${model.id}: every preset sets known parameters to values on their sliders, with a source`, () => {
      expect(model.presets.length).toBeGreaterThanOrEqual(2);
      for (const pr of model.presets) {
        expect(claimSource(pr.source), pr.name).toBeDefined();
        for (const [id, v] of Object.entries(pr.values)) {
          const p = model.schema.find((q) => q.id === id);
          expect(p, `${pr.name}: ${id}`).toBeDefined();
          expect(clampToParam(p!, v as number), `${pr.name}: ${id}`).toBe(v);
        }
      }
    });
    it(`${model.id}: quotes Ezza in at most 20 words and cites its counter-evidence`, () => {
      expect(model.claim.author).toBe('Ezza');
      expect(model.claim.quote.split(/\s+/).filter((w) => /\w/.test(w)).length).toBeLessThanOrEqual(20);
      expect(claimSource(model.claim.source)).toBeDefined();
      expect(claimSource(model.counterEvidence.source)).toBeDefined();
    });
    it(`${model.id}: maps two distinct numeric parameters`, () => {
      const [a, b] = model.mapAxes;
      expect(a).not.toBe(b);
      for (const id of model.mapAxes) expect(model.schema.find((p) => p.id === id)?.kind).toBe('number');
    });
  }
});

describe('verdicts and sweeps', () => {
  for (const model of CLAIM_MODELS) {
    it(`${model.id}: the verdict’s margin is the core’s margin at the defaults`, () => {
      const r = model.compute(core, defaults(model.schema));
      expect(model.verdict(r.summary).margin).toBeCloseTo(r.summary.margin, 12);
    });
    it(`${model.id}: the sweep’s margins equal the verdicts of single runs, row-major with rows = the second axis`, () => {
      const p = defaults(model.schema);
      const [a, b] = model.mapAxes;
      const pa = model.schema.find((q) => q.id === a) as NumberParam;
      const pb = model.schema.find((q) => q.id === b) as NumberParam;
      const av = spread(pa, 7);
      const bv = spread(pb, 5);
      const m = model.sweep(core, p, a, b, av, bv);
      expect(m).toHaveLength(av.length * bv.length);
      let holds = 0;
      for (let j = 0; j < bv.length; j++) {
        for (let i = 0; i < av.length; i++) {
          const v = model.verdict(model.compute(core, { ...p, [a]: av[i], [b]: bv[j] }).summary);
          const cell = m[j * av.length + i];
          expect(v.margin, `${a}=${av[i]} ${b}=${bv[j]}`).toBeCloseTo(cell, 12);
          expect(v.holds).toBe(cell > 0);
          if (v.holds) holds++;
        }
      }
      // A map worth drawing crosses its boundary.
      expect(holds).toBeGreaterThan(0);
      expect(holds).toBeLessThan(av.length * bv.length);
    });
    it(`${model.id}: every verdict reads as one sentence with a margin in the claim’s units`, () => {
      const v = model.verdict(model.compute(core, defaults(model.schema)).summary);
      expect(v.reason).toMatch(/^[A-Z].*\.$/);
      expect(v.reason.split(/\.\s/)).toHaveLength(1);
      expect(v.marginText).toMatch(/the claim needs/);
    });
  }
});
