// "Who gets the emission?": the model against the debug core, at the defaults, at every slider's ends,
// with refusals, and its sentences.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestCore } from '../support/core';
import type { CoreExports } from '../../src/engine/core';
import { MARKET_PRESETS, REFUSAL, rulesFromPreset } from '../../src/engine/market-io';
import { defaults, type NumberParam, type ParamValues } from '../../src/state/schema';
import { SOURCES } from '../../src/content/sources';
import {
  computeMarketEmission, describeEmission, describeEra, emissionBenchRun, network, runPlan, schema, simulateEmission,
  beforeIndex, ERAS, NAMES, SAMPLE_EVERY, BLOCKS_PER_DAY, type EmissionResult,
} from '../../src/models/market-emission';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const D: ParamValues = defaults(schema);
const run = (over: ParamValues = {}) => computeMarketEmission(core, { ...D, ...over });
const lastOf = (xs: number[]) => xs[xs.length - 1];

function expectSane(r: EmissionResult) {
  const n = NAMES.length;
  expect(r.shares).toHaveLength(n);
  for (let s = 0; s < r.t.length; s++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = r.shares[i][s];
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      sum += v;
      expect(r.spot[i][s]).toBeGreaterThan(0);
      expect(Number.isFinite(r.spot[i][s])).toBe(true);
    }
    expect(sum).toBeCloseTo(1, 9);
    expect(Number.isFinite(r.baseline[s])).toBe(true);
  }
  for (const t of [r.buy, r.sell]) {
    if (!t) continue;
    for (const v of Object.values(t)) expect(Number.isFinite(v)).toBe(true);
  }
  expect(describeEmission(r)).not.toMatch(/NaN|Infinity|undefined/);
}

describe('market-emission model', () => {
  it('every default cites a source the registry knows', () => {
    for (const p of schema) expect(SOURCES[p.source], p.id).toBeDefined();
    for (const e of ERAS) expect(SOURCES[e.source], e.short).toBeDefined();
    for (const k of ['emission-network', 'emission-ema', 'emission-whale-vector']) expect(SOURCES[k]).toBeDefined();
  });

  it('reproduces the reference scenario whale_stake_share (same calls, its own network)', async () => {
    const doc = JSON.parse(await readFile(new URL('../fixtures/vectors/market.json', import.meta.url), 'utf8'));
    const sc = doc.scenarios.find((s: { id: string }) => s.id === 'whale_stake_share');
    const t = sc.inputs.trades[0];
    const netuids: number[] = sc.inputs.state0.subnets.map((s: { netuid: number }) => s.netuid);
    const series = runPlan(core, sc.inputs.state0, rulesFromPreset(doc.presets[sc.preset], doc.constants), {
      blocks: sc.inputs.blocks, first: 1, every: 1200, tradeBlock: t.block_offset, to: netuids.indexOf(t.netuid),
      from: -1, tao: t.tao, sampleStart: false,
    });
    const want = sc.expected.series_every_1200_blocks as { block: number; share: Record<string, number>; ema: Record<string, number> }[];
    expect(series.blocks.map((b) => b + sc.inputs.state0.block)).toEqual(want.map((w) => w.block));
    want.forEach((w, k) => {
      netuids.forEach((id, i) => {
        expect(series.shares[i][k]).toBeCloseTo(w.share[String(id)], 10);
        expect(series.ema[i][k]).toBeCloseTo(w.ema[String(id)], 10);
      });
    });
    expect(series.buy!.out).toBeCloseTo(sc.expected.whale_trade.alpha_out, 5);
  });

  it('at the defaults: 5 days under today’s era, sampled every 2 hours, the whale lifts SN5', () => {
    const r = run();
    expectSane(r);
    expect(r.era).toBe(MARKET_PRESETS.length - 1);
    expect(r.days).toBe(5);
    expect(r.t).toHaveLength((5 * BLOCKS_PER_DAY) / SAMPLE_EVERY + 1);
    expect(r.t[0]).toBe(0);
    expect(lastOf(r.t)).toBe(5);
    expect(r.to).toBe(4);
    expect(r.refusal).toBeNull();
    expect(r.buy!.amount).toBe(2000);
    expect(r.buy!.priceAfter).toBeGreaterThan(r.buy!.priceBefore);
    const before = r.shares[4][beforeIndex(r)];
    expect(lastOf(r.shares[4])).toBeGreaterThan(2 * before);
    expect(lastOf(r.shares[4])).toBeGreaterThan(2 * lastOf(r.baseline));
    // Before the trade the run and the no-whale run are the same.
    for (let s = 0; s <= beforeIndex(r); s++) expect(r.shares[4][s]).toBe(r.baseline[s]);
    expect(describeEmission(r)).toMatch(/^Under today’s rank-gated rule, the whale’s 2,000 TAO into SN5 on day 1 lifts SN5’s share from/);
  });

  it('a bigger whale lifts its subnet more after the trade day under the price and flow eras', () => {
    for (const era of [0, 1, 3, 4]) {
      const small = run({ era, whaleTao: 1000 });
      const big = run({ era, whaleTao: 20_000 });
      expectSane(big);
      expect(lastOf(big.shares[4]), `era ${era}`).toBeGreaterThan(lastOf(small.shares[4]));
      const k = beforeIndex(big);
      expect(big.shares[4][k + 6], `era ${era}`).toBeGreaterThan(big.shares[4][k]);
    }
  });

  it('the era changes the shares and the sentence', () => {
    const shares = MARKET_PRESETS.map((_, era) => run({ era }).shares.map(lastOf));
    const sentences = MARKET_PRESETS.map((_, era) => describeEra(era));
    const n = MARKET_PRESETS.length;
    expect(new Set(sentences).size).toBe(n);
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) expect(shares[a]).not.toEqual(shares[b]);
    // Taoflow: a subnet with net outflow gets nothing.
    expect(shares[1][5]).toBe(0);
    expect(sentences[1]).toContain('4 Nov 2025');
    expect(sentences[4]).toContain('27 Jul 2026');
  });

  it('min and max of every slider give finite shares', () => {
    for (const p of schema.filter((q): q is NumberParam => q.kind === 'number')) {
      for (const v of [p.min, p.max]) expectSane(run({ [p.id]: v, days: p.id === 'days' ? v : 2 }));
    }
  });

  it('no whale: the run equals the baseline; selling and buying the same subnet trades nothing', () => {
    const none = run({ whaleTao: 0, days: 2 });
    expect(none.buy).toBeNull();
    expect(none.shares[4]).toEqual(none.baseline);
    expect(describeEmission(none)).toContain('with no whale');
    const same = run({ from: 5, to: 5, days: 2 });
    expect(same.sameSubnet).toBe(true);
    expect(same.buy).toBeNull();
    expect(same.shares[4]).toEqual(same.baseline);
  });

  it('moving stake: selling SN1’s alpha lowers SN1 and pays for the buy', () => {
    const r = run({ from: 1, whaleTao: 10_000, era: 3, days: 3 });
    expectSane(r);
    expect(r.sell!.code).toBe(0);
    expect(r.sell!.priceAfter).toBeLessThan(r.sell!.priceBefore);
    expect(r.buy!.amount).toBeCloseTo(r.sell!.out, 9);
    expect(r.buy!.amount).toBeLessThan(10_000);
    const fresh = run({ whaleTao: 10_000, era: 3, days: 3 });
    expect(lastOf(r.shares[0])).toBeLessThan(lastOf(fresh.shares[0]));
    expect(describeEmission(r)).toContain('of SN1’s alpha into SN5');
  });

  it('selling more alpha than exists outside the pool is refused, visibly, and nothing moves', () => {
    // SN6 has 1.5M α outside its pool at 0.01 TAO/α: 20,000 TAO of it does not exist.
    const r = run({ from: 6, whaleTao: 20_000, days: 2 });
    expectSane(r);
    expect(r.refusal).toBe(REFUSAL[7]);
    expect(r.buy).toBeNull();
    expect(r.shares[4]).toEqual(r.baseline);
    expect(describeEmission(r)).toContain('was refused');
  });

  it('a trade day past the horizon moves to the last day and says so', () => {
    const r = run({ tradeDay: 20, days: 3 });
    expect(r.tradeDay).toBe(2);
    expect(r.tradeDayMoved).toBe(true);
    expect(run({ tradeDay: 0, days: 1 }).buy).not.toBeNull();
  });

  it('hostile values reaching the engine are made safe', () => {
    for (const bad of [{ whaleTao: NaN }, { whaleTao: -5 }, { days: Infinity }, { tradeDay: 1e308 }, { era: 9 }, { to: 0 }, { from: -3 }]) {
      expectSane(run(bad as unknown as ParamValues));
    }
  });

  it('the benchmark entry runs one uncached recompute at the defaults', () => {
    const share = emissionBenchRun(core, 2);
    expect(share).toBeGreaterThan(0);
    const again = simulateEmission(core, { ...D, days: 2 });
    expect(lastOf(again.shares[4])).toBe(share);
    expect(network().subnets).toHaveLength(6);
  });
});
