// "Where an epoch's alpha goes": the compute against the debug core, at the defaults, at every
// slider's ends, against the vectors' epoch split, and its sentences.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadTestCore } from '../support/core';
import type { CoreExports } from '../../src/engine/core';
import {
  computeMarketSplit, describeRoot, describeSplit, schema, toU16Fraction, TEMPO_BLOCKS, type MarketSplitResult,
} from '../../src/models/market-split';
import { defaults, type ParamValues } from '../../src/state/schema';
import { SOURCES } from '../../src/content/sources';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const run = (over: ParamValues = {}) => computeMarketSplit(core, { ...defaults(schema), ...over });
const flow = (r: MarketSplitResult, key: string) => r.flows.find((f) => f.key === key)?.alpha ?? NaN;
const sum = (r: MarketSplitResult) => r.flows.reduce((s, f) => s + f.alpha, 0);

function expectSane(r: MarketSplitResult) {
  for (const [k, v] of Object.entries(r)) if (typeof v === 'number') expect(Number.isFinite(v), k).toBe(true);
  for (const f of r.flows) {
    expect(Number.isFinite(f.alpha), f.key).toBe(true);
    expect(f.alpha, f.key).toBeGreaterThanOrEqual(-1e-9);
    expect(Number.isFinite(f.share), f.key).toBe(true);
  }
  expect(r.emitted).toBeGreaterThan(0);
  expect(sum(r)).toBeCloseTo(r.emitted, 9);
  expect(r.validatorHalf).toBeCloseTo(r.alphaDividends + r.rootDividends, 9);
  expect(r.takeFromAlpha).toBeGreaterThanOrEqual(-1e-9);
  expect(r.takeFromRoot).toBeGreaterThanOrEqual(-1e-9);
  expect(r.rootProp).toBeGreaterThanOrEqual(0);
  expect(r.rootProp).toBeLessThanOrEqual(1);
}

describe('market-split schema', () => {
  it('cites a source for every default, and every key exists', () => {
    for (const p of schema) {
      expect(p.source, p.id).toBeTruthy();
      expect(SOURCES[p.source], `${p.id} → ${p.source}`).toBeDefined();
    }
    expect(SOURCES['split-tempo']).toBeDefined();
  });

  it('keeps every number default on its slider grid', () => {
    for (const p of schema) {
      if (p.kind !== 'number') continue;
      const k = (p.default - p.min) / p.step;
      expect(Math.abs(k - Math.round(k)), p.id).toBeLessThan(1e-9);
    }
  });

  it('maps a percentage to the u16 the chain stores: 18% is SubnetOwnerCut 11,796/65,535', () => {
    expect(toU16Fraction(18)).toBe(11796 / 65535);
    expect(toU16Fraction(0)).toBe(0);
    expect(toU16Fraction(100)).toBe(1);
  });
});

describe('computeMarketSplit at the defaults', () => {
  it('splits 360 α: owner 18%, miners 41%, the validators’ half into nominators, take and root stakers', () => {
    const r = run();
    expectSane(r);
    expect(r.blocks).toBe(TEMPO_BLOCKS);
    expect(r.emitted).toBeCloseTo(360, 9); // 1 α a block below 10.5M α issued
    expect(r.flows.map((f) => f.key)).toEqual(['owner', 'miners', 'nominators', 'take', 'root']);
    expect(flow(r, 'owner')).toBeCloseTo((360 * 11796) / 65535, 9);
    expect(flow(r, 'miners')).toBeCloseTo(((360 * (65535 - 11796)) / 65535) / 2, 9);
    // root_prop = 5.7M·0.18 / (5.7M·0.18 + 2M), falling by a hair as the tempo adds 360 α
    expect(r.rootProp).toBeCloseTo(1.026 / 3.026, 4);
    expect(r.rootDividends / r.validatorHalf).toBeCloseTo(r.rootProp, 9);
    // the take is 18% of both dividend pots
    expect(flow(r, 'take')).toBeCloseTo(toU16Fraction(18) * r.validatorHalf, 9);
    expect(flow(r, 'nominators')).toBeCloseTo((1 - toU16Fraction(18)) * r.alphaDividends, 9);
    expect(flow(r, 'root')).toBeCloseTo((1 - toU16Fraction(18)) * r.rootDividends, 9);
    expect(r.takeFromRoot).toBeCloseTo(toU16Fraction(18) * r.rootDividends, 9);
  });

  it('matches the whole-network core on the vectors’ epoch split (root 5M TAO, subnet 2M α)', () => {
    const doc = JSON.parse(readFileSync('tests/fixtures/vectors/market.json', 'utf8'));
    const sc = doc.scenarios.find((s: { id: string }) => s.id === 'epoch_split_one_tempo');
    const t = sc.expected.per_tempo_totals;
    const r = run({ rootStake: 5, alphaIssuance: 2 });
    expect(r.emitted).toBeCloseTo(t.alpha_emitted, 9);
    expect(flow(r, 'owner')).toBeCloseTo(t.owner, 6);
    expect(flow(r, 'miners')).toBeCloseTo(t.server, 6);
    // the network also injects alpha into the pool, which lowers root_prop a little within the tempo
    expect(r.rootDividends).toBeCloseTo(t.root, 1);
    expect(r.alphaDividends).toBeCloseTo(t.validator, 1);
  });
});

describe('computeMarketSplit as the sliders move', () => {
  it('a larger owner cut widens the owner and narrows every other flow', () => {
    const a = run({ ownerCut: 10 });
    const b = run({ ownerCut: 30 });
    expect(flow(b, 'owner')).toBeGreaterThan(flow(a, 'owner'));
    for (const k of ['miners', 'nominators', 'take', 'root']) expect(flow(b, k), k).toBeLessThan(flow(a, k));
  });

  it('more TAO weight or more root stake sends more to root stakers and less to nominators', () => {
    const base = run();
    for (const over of [{ taoWeight: 50 }, { rootStake: 9 }, { alphaIssuance: 0.5 }] as ParamValues[]) {
      const r = run(over);
      expect(flow(r, 'root')).toBeGreaterThan(flow(base, 'root'));
      expect(flow(r, 'nominators')).toBeLessThan(flow(base, 'nominators'));
      expect(flow(r, 'owner')).toBeCloseTo(flow(base, 'owner'), 9);
      expect(flow(r, 'miners')).toBeCloseTo(flow(base, 'miners'), 9);
    }
    expect(flow(run({ taoWeight: 0 }), 'root')).toBe(0);
    expect(flow(run({ rootStake: 0 }), 'root')).toBe(0);
  });

  it('a lower take moves alpha from the validators to their nominators and root stakers', () => {
    const r = run({ take: 0 });
    expectSane(r);
    expect(flow(r, 'take')).toBe(0);
    expect(flow(r, 'nominators')).toBeCloseTo(r.alphaDividends, 9);
    expect(flow(r, 'root')).toBeCloseTo(r.rootDividends, 9);
  });

  it('with the root sell flag off, root’s part is recycled and the take comes from the alpha part only', () => {
    const r = run({ rootSell: 0 });
    expectSane(r);
    expect(r.flows.map((f) => f.key)).toEqual(['owner', 'miners', 'nominators', 'take', 'recycled']);
    expect(flow(r, 'recycled')).toBeCloseTo(r.rootDividends, 9);
    expect(r.takeFromRoot).toBeCloseTo(0, 9);
    expect(describeRoot(r)).toContain('recycled');
  });

  it('past 10.5M α issued the subnet emits half as much, and the flows still sum to it', () => {
    const r = run({ alphaIssuance: 12 });
    expectSane(r);
    expect(r.emitted).toBeCloseTo(180, 9);
  });

  it('gives finite, non-negative flows summing to the emission at every slider’s ends and their corners', () => {
    const ends = schema.map((p) => (p.kind === 'number' ? [p.min, p.max] : p.options.map((o) => o.value)));
    const corners: ParamValues[] = [{}];
    schema.forEach((p, i) => {
      for (const v of ends[i]) {
        corners.push({ [p.id]: v });
      }
    });
    const lo = Object.fromEntries(schema.map((p, i) => [p.id, ends[i][0]]));
    const hi = Object.fromEntries(schema.map((p, i) => [p.id, ends[i][ends[i].length - 1]]));
    corners.push(lo, hi, { ...lo, rootStake: 10, taoWeight: 100 }, { ...hi, rootStake: 0 });
    for (const c of corners) expectSane(run(c));
  });

  it('ignores values no slider can give (a stale or forged input) instead of producing NaN', () => {
    for (const bad of [{ ownerCut: NaN }, { taoWeight: Infinity }, { rootStake: -5 }, { alphaIssuance: 1e308 }, { rootSell: 7 }] as ParamValues[]) {
      expectSane(run(bad));
    }
    expect(flow(run({ ownerCut: 200 }), 'owner')).toBeCloseTo(flow(run({ ownerCut: 50 }), 'owner'), 9);
  });
});

describe('market-split sentences', () => {
  it('names every recipient with its alpha and share, and explains root’s part', () => {
    const r = run();
    const s = describeSplit(r);
    expect(s).toContain('Of 360.0 α emitted in one tempo (360 blocks)');
    expect(s).toContain('the owner 64.8 α (18.0%)');
    expect(s).toContain('miners 147.6 α (41.0%)');
    expect(s).toMatch(/nominators \d+\.\d α \(\d+\.\d%\), validators’ take .* and root stakers \d+\.\d α/);
    const root = describeRoot(r);
    expect(root).toContain('5.70M TAO on root × τ 18.0% = 1.03M against the subnet’s 2.00M α');
    expect(root).toContain('root takes 33.9% of the validators’ half');
    expect(root).toContain('goes to root stakers');
    expect(describeRoot(run({ alphaIssuance: 0.05 }))).toContain('50k α');
  });
});
