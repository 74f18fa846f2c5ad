// "Stake into a subnet": the compute function against the debug core, at defaults, at every slider's
// ends and on hostile input; the golden vectors it must reproduce; the sentences that describe it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestCore } from '../support/core';
import type { CoreExports } from '../../src/engine/core';
import { REFUSAL } from '../../src/engine/market-io';
import { defaults, type NumberParam } from '../../src/state/schema';
import { SOURCES } from '../../src/content/sources';
import {
  computeMarketStake, curveAmounts, describeCurve, describeTrade, schema, POOL_LAUNCH, POOL_TODAY,
  type MarketStakeView,
} from '../../src/models/market-stake';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const D = defaults(schema);
const run = (over: Record<string, number> = {}) => computeMarketStake(core, { ...D, ...over });
const numbers = schema.filter((p): p is NumberParam => p.kind === 'number');

/** Every number of a view is finite; reserves never negative; refused points are null, never NaN. */
function expectSane(v: MarketStakeView) {
  const t = v.trade;
  for (const [k, x] of Object.entries(t)) if (typeof x === 'number') expect(Number.isFinite(x), `trade.${k} = ${x}`).toBe(true);
  expect(t.taoAfter).toBeGreaterThan(0);
  expect(t.alphaAfter).toBeGreaterThan(0);
  if (t.code === 0) {
    expect(t.refusal).toBeNull();
    expect(t.alphaOut).toBeGreaterThan(0);
    expect(t.alphaOut).toBeLessThan(v.alpha);
    expect(t.priceAfter).toBeGreaterThan(t.priceBefore);
    expect(t.slippage).toBeGreaterThan(0);
    expect(t.slippage).toBeLessThan(1);
    expect(v.roundTrip).not.toBeNull();
    expect(Number.isFinite(v.roundTrip!.lossFrac)).toBe(true);
    expect(v.roundTrip!.taoBack).toBeLessThan(t.tao);
  } else {
    expect(t.refusal).toBe(REFUSAL[t.code]);
    expect(v.roundTrip).toBeNull();
  }
  for (const c of v.curves) {
    expect(c.slippage).toHaveLength(v.amounts.length);
    for (const s of [...c.slippage, ...c.alphaOut, ...c.priceAfter]) if (s !== null) expect(Number.isFinite(s)).toBe(true);
    for (const s of c.slippage) if (s !== null) expect(s).toBeGreaterThanOrEqual(0);
  }
  if (v.maxWithinLimit !== null) expect(Number.isFinite(v.maxWithinLimit)).toBe(true);
  for (const text of [describeTrade(v), describeCurve(v)]) expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

describe('market-stake schema', () => {
  it('has every default inside its range and a source for each', () => {
    for (const p of schema) {
      expect(SOURCES[p.source], p.id).toBeDefined();
      if (p.kind === 'number') {
        expect(p.default).toBeGreaterThanOrEqual(p.min);
        expect(p.default).toBeLessThanOrEqual(p.max);
      }
    }
  });
  it('uses log scales for the reserves and the stake', () => {
    for (const id of ['tao', 'alpha', 'trade']) expect(numbers.find((p) => p.id === id)?.scale).toBe('log');
  });
});

describe('computeMarketStake', () => {
  it('reproduces the golden vectors of the slippage_curve scenario at its defaults', () => {
    const doc = JSON.parse(readFileSync(new URL('../fixtures/vectors/market.json', import.meta.url), 'utf8'));
    const sc = doc.scenarios.find((s: { id: string }) => s.id === 'slippage_curve');
    expect(sc.inputs.pool.tao).toBe(D.tao);
    expect(sc.inputs.pool.alpha).toBe(D.alpha);
    for (const row of sc.expected.buys) {
      const v = run({ trade: row.tao_in });
      expect(v.trade.code).toBe(0);
      expect(v.trade.alphaOut).toBeCloseTo(row.alpha_out, 5);
      expect(v.trade.priceAfter).toBeCloseTo(row.price_after, 10);
      expect(100 * v.trade.slippage).toBeCloseTo(row.slippage_pct, 6);
      expect(100 * v.trade.impact).toBeCloseTo(row.price_impact_pct, 6);
    }
  });

  it('reproduces swap_balancer_buy_sell and swap_balancer_weighted, round trip included', () => {
    const doc = JSON.parse(readFileSync(new URL('../fixtures/vectors/market.json', import.meta.url), 'utf8'));
    for (const id of ['swap_balancer_buy_sell', 'swap_balancer_weighted']) {
      const sc = doc.scenarios.find((s: { id: string }) => s.id === id);
      const { pool, buy_tao } = sc.inputs;
      const v = run({ tao: pool.tao, alpha: pool.alpha, wq: pool.w_quote, trade: buy_tao, pool: POOL_TODAY });
      expect(v.trade.priceBefore).toBeCloseTo(sc.expected.price_before, 12);
      expect(v.trade.alphaOut).toBeCloseTo(sc.expected.buy.alpha_out, 8);
      expect(v.trade.fee).toBeCloseTo(sc.expected.buy.fee_tao, 12);
      expect(v.roundTrip!.taoBack).toBeCloseTo(sc.expected.sell_back.tao_out, 9);
      expect(v.roundTrip!.lossTao).toBeCloseTo(sc.expected.round_trip_loss_tao, 9);
      expect(v.roundTrip!.feesToAuthor).toBeCloseTo(sc.expected.author_fees_tao, 9);
    }
  });

  it('at the defaults: 50 TAO into today’s pool buys 2,474 α with 1.04% slippage and loses only the fees back', () => {
    const v = run();
    expectSane(v);
    expect(v.kind).toBe(POOL_TODAY);
    expect(v.trade.priceBefore).toBeCloseTo(0.02, 12);
    expect(v.trade.alphaOut).toBeCloseTo(2474.013454, 5);
    expect(v.trade.fee).toBeCloseTo(50 * (33 / 65535), 8);
    expect(v.trade.feeToAuthor).toBeCloseTo(v.trade.fee, 12);
    expect(v.roundTrip!.lossFrac).toBeCloseTo(0.001, 4); // two fees of 0.0504%
    expect(v.roundTrip!.priceAfter).toBeCloseTo(0.02, 12); // the pool is back where it was
    expect(v.maxWithinLimit).toBeGreaterThan(24);
    expect(v.maxWithinLimit).toBeLessThan(26);
  });

  it('the launch pool: constant product, flat fee kept by the pool, nothing to the author', () => {
    const v = run({ pool: POOL_LAUNCH });
    expectSane(v);
    expect(v.kind).toBe(POOL_LAUNCH);
    expect(v.trade.fee).toBeCloseTo(0.00005, 12);
    expect(v.trade.feeToAuthor).toBe(0);
    // x·y = k on what went in: alpha out = A·net/(T+net).
    const net = 50 - 0.00005;
    expect(v.trade.alphaOut).toBeCloseTo((250_000 * net) / (5_000 + net), 8);
    expect(v.trade.taoAfter).toBeCloseTo(5_050, 9);
    expect(v.maxWithinLimit).toBeNull();
    // Its small-trade slippage is the flat fee's share; today's is the 0.0504 % fee.
    expect(v.curves[0].slippage[0]).toBeGreaterThan(0.004);
    expect(v.curves[1].slippage[0]).toBeLessThan(0.001);
  });

  it('slippage and the price after rise with the stake, on both pools', () => {
    for (const pool of [POOL_LAUNCH, POOL_TODAY]) {
      const sizes = [1, 10, 100, 1000, 10_000];
      const views = sizes.map((trade) => run({ pool, trade }));
      for (let i = 1; i < views.length; i++) {
        expect(views[i].trade.priceAfter).toBeGreaterThan(views[i - 1].trade.priceAfter);
        expect(views[i].trade.slippage).toBeGreaterThan(views[i - 1].trade.slippage);
      }
    }
  });

  it('the curve spans the stake slider and refuses every size above 1,000× the pool’s TAO', () => {
    const v = run();
    const trade = numbers.find((p) => p.id === 'trade')!;
    expect(v.amounts[0]).toBeCloseTo(trade.min, 12);
    expect(v.amounts[v.amounts.length - 1]).toBeCloseTo(trade.max, 3);
    expect(v.amounts).toEqual(curveAmounts());
    v.amounts.forEach((a, i) => expect(v.curves[0].slippage[i] === null).toBe(a > 1000 * D.tao));
  });

  it('refuses the largest stake with the core’s code and text, and describes the refusal', () => {
    const v = run({ trade: 10_000_000 });
    expectSane(v);
    expect(v.trade.code).toBe(2);
    expect(v.trade.refusal).toBe(REFUSAL[2]);
    expect(describeTrade(v)).toMatch(/^Refused: .*10M TAO.*1,000 times/);
    expect(describeCurve(v)).toContain('refused zone');
  });

  it('refuses a stake that would drain the alpha reserve of a steep weighted pool (code 3)', () => {
    const v = run({ tao: 10, alpha: 250_000, wq: 0.99, trade: 10_000 });
    expectSane(v);
    expect(v.trade.code).toBe(3);
    expect(v.trade.refusal).toBe(REFUSAL[3]);
  });

  it('gives finite numbers at every corner of the sliders, on both pools', () => {
    const ends = (id: string) => {
      const p = numbers.find((q) => q.id === id)!;
      return [p.min, p.default, p.max];
    };
    let filled = 0;
    let refused = 0;
    for (const pool of [POOL_LAUNCH, POOL_TODAY])
      for (const tao of ends('tao'))
        for (const alpha of ends('alpha'))
          for (const trade of ends('trade'))
            for (const wq of ends('wq')) {
              const v = run({ pool, tao, alpha, trade, wq });
              expectSane(v);
              if (v.trade.code === 0) filled++;
              else refused++;
            }
    expect(filled).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('never passes NaN, a negative or an unknown value to the core: hostile input falls back or is clamped', () => {
    const hostile: Record<string, number>[] = [
      { trade: NaN }, { trade: -5 }, { trade: Infinity }, { tao: 0 }, { alpha: -1 }, { wq: 2 }, { wq: NaN }, { pool: 7 },
    ];
    for (const bad of hostile) {
      const v = computeMarketStake(core, { ...D, ...bad });
      expectSane(v);
    }
    const v = computeMarketStake(core, {});
    expectSane(v);
    expect(v.trade.tao).toBe(D.trade);
  });

  it('the quote weight changes today’s pool and leaves the launch pool alone', () => {
    expect(run({ wq: 0.6 }).trade.priceBefore).toBeCloseTo((0.4 / 0.6) * (5_000 / 250_000), 12);
    expect(run({ wq: 0.6 }).trade.alphaOut).not.toBeCloseTo(run({ wq: 0.5 }).trade.alphaOut, 3);
    expect(run({ pool: POOL_LAUNCH, wq: 0.6 }).trade.alphaOut).toBeCloseTo(run({ pool: POOL_LAUNCH, wq: 0.5 }).trade.alphaOut, 12);
  });
});

describe('market-stake descriptions', () => {
  it('say what the numbers are now', () => {
    const v = run();
    expect(describeTrade(v)).toBe(
      'Staking 50 TAO into today’s pool (5,000 TAO and 250,000 α) buys 2,474 α at an average 0.02021 TAO each, ' +
        '1.04% worse than the 0.02 spot price, and lifts the price 2.01% to 0.0204. ' +
        'Selling it straight back returns 49.95 TAO, a loss of 0.100%: the slippage comes back, the fees do not.',
    );
    expect(describeCurve(v)).toMatch(/^For today’s pool, slippage stays under 1% up to about 50\.12 TAO, reaches 50% at about 5,012 TAO, and from 5\.012M TAO the pool refuses the trade; your stake is marked at 1\.04%\.$/);
  });
  it('name the launch pool when it is chosen', () => {
    expect(describeTrade(run({ pool: POOL_LAUNCH }))).toContain('into the launch pool');
    expect(describeCurve(run({ pool: POOL_LAUNCH }))).toMatch(/^For the launch pool/);
  });
});
