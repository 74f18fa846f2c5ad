// The multi-subnet block loop (spec §11.2–11.3) beyond the vectors: the era presets match the file,
// random networks (fast-check) stay finite with positive reserves under every era with random trades,
// injection leaves the spot price where the spec says, shares sum to one, the tempo split adds up,
// and marketSimulate samples what the widget asks for.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import {
  B, H, MARKET_PRESETS, OP_STAKE, OP_UNSTAKE, S, SUBNET_FIELDS, checkMarketLayout, rulesFromPreset,
  subnetOf, termsOf, type MarketConstants, type PresetJson,
} from '../../src/engine/market-io';
import { loadTestCore } from '../support/core';
import fc from 'fast-check';
import { arrayOf, chance, either, int, uniform, unit } from '../support/arbitraries';

const read = (name: string): { constants: MarketConstants; presets: Record<string, PresetJson> } =>
  JSON.parse(readFileSync(new URL(`../fixtures/vectors/${name}`, import.meta.url), 'utf8'));
// market-2026h2.json repeats market.json's presets and adds reborn_2026_10 (today's era) and the
// auxiliary gated_rank_2026_08 (not an era: README-2026h2 "Presets").
const base = read('market.json');
const late = read('market-2026h2.json');
const file = { constants: late.constants, presets: { ...base.presets, ...late.presets } };
const AUXILIARY = ['gated_rank_2026_08'];

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

describe('era presets', () => {
  it('the core and market-io agree on every flat layout', () => expect(() => checkMarketLayout(core)).not.toThrow());
  for (const p of MARKET_PRESETS) {
    it(`${p.id} (${p.from} → ${p.to ?? 'today'}) has the file's rules and dates`, () => {
      expect(Array.from(core.marketPresetRules(p.index))).toEqual(Array.from(rulesFromPreset(file.presets[p.id], file.constants)).map((v, k) => (k === 19 ? core.marketPresetRules(p.index)[19] : v)));
      expect(core.marketPresetRules(p.index)[19]).toBeCloseTo(file.constants.flow_ema_alpha as number, 18);
      const d = core.marketPresetDates(p.index);
      expect(d[0]).toBe(Number(p.from.replaceAll('-', '')));
      expect(d[1]).toBe(p.to ? Number(p.to.replaceAll('-', '')) : 0);
    });
  }
  it('the era presets cover every preset of the files but the auxiliary one', () =>
    expect(MARKET_PRESETS.map((p) => p.id).sort()).toEqual(Object.keys(file.presets).filter((k) => !AUXILIARY.includes(k)).sort()));
  it('market-2026h2.json keeps market.json\'s presets unchanged', () => {
    for (const [k, p] of Object.entries(base.presets)) expect(late.presets[k], k).toEqual(p);
  });
});

describe('properties of random networks under every era (fast-check, fixed seeds)', () => {
  // One chunk of the run: step 1..360 blocks, then a random trade on a random subnet, sometimes
  // absurdly large (5,000 × the reserve) to hit the refusals.
  const chunkArb = fc.record({
    blocks: int(1, 360),
    subnet: int(0, 39),
    op: fc.constantFrom(OP_STAKE, OP_UNSTAKE),
    scale: either(0.1, 5000, uniform(0, 0.05)),
  });
  const runArb = fc.record({ seed: int(1, 1000), chunks: arrayOf(chunkArb, 60) });
  for (const p of MARKET_PRESETS) {
    it(`${p.id}: 2 runs of 40 subnets × 60 chunks (about 3 days) with random trades stay finite, reserves positive, shares summing to one`, () => {
      fc.assert(
        fc.property(runArb, ({ seed, chunks }) => {
          expect(core.marketLoadRandom(40, p.index, seed)).toBe(40);
          for (const c of chunks) {
            core.marketStep(c.blocks);
            const terms = core.marketTerms();
            const finals: number[] = [];
            for (let i = 0; i < 40; i++) {
              const t = termsOf(terms, i);
              if (t.eligible) finals.push(t.final_share);
              expect(Object.values(t).every(Number.isFinite)).toBe(true);
              // Injection keeps the price; only a chain buy raises it and only a root sale lowers it.
              if (t.eligible && t.excess_tao === 0 && t.root_sold_tao === 0 && p.id !== 'dtao_2025_02') {
                expect(Math.abs(t.price_after / t.price - 1)).toBeLessThan(1e-12);
              }
              if (t.eligible && t.chain_bought_alpha > 0) expect(t.price_after).toBeGreaterThan(t.price);
            }
            const sum = finals.reduce((a, b) => a + b, 0);
            if (terms[B.RECYCLED] < terms[B.EMISSION]) expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
            const s = subnetOf(core.marketState(), c.subnet);
            const t = core.marketUserTrade(c.subnet, c.op, (c.op === OP_STAKE ? s[S.TAO] : s[S.ALPHA_IN]) * c.scale, 0);
            expect(Array.from(t).every(Number.isFinite)).toBe(true);
            const after = core.marketState();
            expect(Array.from(after).every(Number.isFinite)).toBe(true);
            for (let j = 0; j < 40; j++) {
              const sj = subnetOf(after, j);
              expect(sj[S.TAO]).toBeGreaterThan(0);
              expect(sj[S.ALPHA_IN]).toBeGreaterThan(0);
              expect(sj[S.W_QUOTE] >= 0.01 && sj[S.W_QUOTE] <= 0.99).toBe(true);
              expect(sj[S.ALPHA_OUT]).toBeGreaterThanOrEqual(0);
            }
          }
          expect(core.marketState()[H.ISSUANCE]).toBeGreaterThan(10_900_000);
        }),
        { numRuns: 2, seed: 100 + p.index },
      );
    });
  }

  it('is deterministic: the same seed gives the same state', () => {
    core.marketLoadRandom(32, 4, 3);
    core.marketStep(1000);
    const a = Array.from(core.marketState());
    core.marketLoadRandom(32, 4, 3);
    core.marketStep(1000);
    expect(Array.from(core.marketState())).toEqual(a);
  });

  it('refuses arrays that do not fit together instead of trapping', () => {
    expect(core.marketLoad(new Float64Array(3), new Float64Array(10), new Float64Array(SUBNET_FIELDS), new Float64Array(0), new Float64Array(0))).toBe(-1);
    expect(core.marketStep(5)).toBe(-1);
    expect(core.marketTerms().length).toBe(0);
  });
});

describe('marketSimulate (widget 2)', () => {
  it('samples shares, spot and EMA every K blocks and reports each trade', () => {
    core.marketLoadRandom(5, 4, 11);
    const out = core.marketSimulate(2400, 1, 1200, Float64Array.from([1, 3, OP_STAKE, 10_000, 0, 5, 0, OP_STAKE, 1e12, 0, 6, 1, OP_UNSTAKE, 1e12, 0]));
    const [samples, n, trades] = [out[0], out[1], out[2]];
    expect([samples, n, trades]).toEqual([2, 5, 3]);
    const row = 1 + 3 * n;
    const shares = Array.from(out.subarray(4 + 1, 4 + 1 + n));
    expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
    expect(out[4 + row]).toBe(out[4] + 1200);
    const base = 4 + samples * row;
    expect(out[base]).toBe(0); // the whale's stake filled
    expect(out[base + 18]).toBe(2); // staking 1e12 TAO: more than 1,000 × the pool's TAO
    expect(out[base + 36]).toBe(7); // unstaking 1e12 alpha: more than exists outside the pool
  });
});

describe('one tempo split (widget 4, §e)', () => {
  it('reproduces test_pending_emission: root_prop 0.25 → server 0.5, validator 0.375, root 0.125', () => {
    // [blocks, alpha issuance, owner cut, cut on, τ, root TAO, take, owner-miner fraction, sell flag, alpha/block]
    const o = core.marketTempoSplit(Float64Array.from([1, 3, 0, 0, 1, 1, 0, 0, 1, 1]));
    expect(Array.from(o)).toEqual([1, 0, 0.5, 0, 0, 0.375, 0.125, 0, 0.25]);
  });
  it('splits a tempo so the recipients add up to what was emitted, for any settings (fast-check, 200 cases)', () => {
    const paramsArb = fc.tuple(
      uniform(0, 1e7), uniform(0, 0.36), chance(0.9), unit(), uniform(0, 1e7), unit(), unit(), fc.boolean(),
    ).map(([issuance, cut, cutOn, tau, rootTao, take, ownerMiner, sell]) => [360, 1e4 + issuance, cut, cutOn ? 1 : 0, tau, rootTao, take, ownerMiner, sell ? 1 : 0, 0]);
    fc.assert(
      fc.property(paramsArb, (params) => {
        const o = core.marketTempoSplit(Float64Array.from(params));
        const parts = o[1] + o[2] + o[3] + o[4] + o[5] + o[6] + o[7];
        expect(Math.abs(parts - o[0])).toBeLessThan(1e-9 * o[0]);
        expect(Array.from(o).every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
      }),
      { numRuns: 200, seed: 31 },
    );
  });
  it('matches the epoch of the vectors: owner 18 %, miners 41 %, the rest to validators and root', () => {
    const o = core.marketTempoSplit(Float64Array.from([360, 2_200_000, 0.179995422293431, 1, 0.18, 5_000_000, 0, 0, 1, 1]));
    expect(o[1] / o[0]).toBeCloseTo(0.179995422293, 12);
    expect(o[2] / o[0]).toBeCloseTo(0.410002288853, 12);
    expect((o[5] + o[6]) / o[0]).toBeCloseTo(0.410002288853, 12);
  });
});
