// Every claim model names and formats each of its summary outputs for the figure's data table:
// a reader-facing label (not the slot name, unique within the model) and a value that reads as a
// number or words at the defaults, with sentinels such as −1 ("never") spelled out.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { CLAIM_MODELS, type ClaimModel } from '../../src/models/claims/index';
import type { ClaimLayout } from '../../src/models/claims/layout';
import { WEIGHT_RENT_LAYOUT } from '../../src/models/claims/weight-rent';
import { LEAKAGE_LAYOUT } from '../../src/models/claims/leakage';
import { THREE_NETWORKS_LAYOUT } from '../../src/models/claims/three-networks';
import { ROUTING_LAYOUT } from '../../src/models/claims/routing';
import { COORDINATION_LAYOUT } from '../../src/models/claims/coordination';
import { claimHarness } from '../support/claims';
import { loadTestCore } from '../support/core';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const LAYOUTS: Record<string, ClaimLayout> = {
  'weight-rent': WEIGHT_RENT_LAYOUT,
  leakage: LEAKAGE_LAYOUT,
  'three-networks': THREE_NETWORKS_LAYOUT,
  routing: ROUTING_LAYOUT,
  coordination: COORDINATION_LAYOUT,
};

const byId = (id: string): ClaimModel => CLAIM_MODELS.find((m) => m.id === id)!;

describe('claim summary outputs', () => {
  it('covers every model', () => {
    expect(CLAIM_MODELS.map((m) => m.id).sort()).toEqual(Object.keys(LAYOUTS).sort());
  });
  for (const model of CLAIM_MODELS) {
    const layout = LAYOUTS[model.id];
    it(`${model.id}: every summary key has a label that is not its slot name, unique within the model`, () => {
      expect(Object.keys(model.outputs).sort()).toEqual([...layout.summary].sort());
      const labels = layout.summary.map((k) => model.outputs[k]?.label ?? '');
      for (const [i, k] of layout.summary.entries()) {
        expect(labels[i].trim(), k).not.toBe('');
        expect(labels[i], k).not.toBe(k);
      }
      expect(new Set(labels).size).toBe(labels.length);
    });
    it(`${model.id}: every output formats the defaults' summary as text without NaN`, () => {
      const { summary } = claimHarness(model, () => core).run();
      for (const k of layout.summary) {
        const text = model.outputs[k].format(summary[k]);
        expect(typeof text, k).toBe('string');
        expect(text.trim(), k).not.toBe('');
        expect(text, k).not.toContain('NaN');
      }
    });
  }

  it('three-networks at the defaults: revenue never covers B’s emissions, and the table says so in words', () => {
    const m = byId('three-networks');
    const { summary } = claimHarness(m, () => core).run();
    expect(summary.crWeek).toBe(-1);
    expect(summary.collapseWeek).toBe(-1);
    expect(m.outputs.crWeek.format(summary.crWeek)).toMatch(/^never/);
    expect(m.outputs.collapseWeek.format(summary.collapseWeek)).toMatch(/^never/);
    expect(m.outputs.crWeek.format(summary.crWeek)).not.toContain('-1');
  });

  it('the other sentinels read as words, not −1', () => {
    // Leakage with Sentient fingerprinting: the subnet never overtakes the originator.
    const lk = claimHarness(byId('leakage'), () => core);
    const lkSummary = lk.run(lk.preset('sentient-fingerprinting')).summary;
    expect(lkSummary.overtakeDay).toBe(-1);
    expect(byId('leakage').outputs.overtakeDay.format(lkSummary.overtakeDay)).toMatch(/^never/);
    // Routing with MoE honesty: no routine share makes the claim hold (f* = −1).
    const rt = claimHarness(byId('routing'), () => core);
    const rtSummary = rt.run(rt.preset('moe-honesty')).summary;
    expect(rtSummary.fStar).toBe(-1);
    expect(byId('routing').outputs.fStar.format(rtSummary.fStar)).toMatch(/^none/);
    // Weight rent: no coverage and no halving within a short horizon; coordination's s* and coverage when there is none.
    const wr = byId('weight-rent').outputs;
    expect(wr.firstCovered.format(-1)).toMatch(/^never/);
    expect(wr.halvingAt.format(-1)).toMatch(/^none/);
    const co = byId('coordination').outputs;
    expect(co.sStar.format(-1)).toMatch(/^none/);
    expect(co.coverage.format(-1)).toMatch(/^no emissions/);
    for (const text of [wr.firstCovered.format(-1), wr.halvingAt.format(-1), co.sStar.format(-1), co.coverage.format(-1), byId('three-networks').outputs.halvingWeek.format(-1)])
      expect(text).not.toMatch(/[-−]1/);
  });
});
