// The pool and trade kernels of the market core (spec §d): the chain tests' curve and limit-order
// numbers (vectors `chain_test_checks`, §10), fees and guards, and property tests (fast-check, fixed seeds): value is
// conserved up to fees, a round trip loses only the fees, Balancer injections keep the price, and a
// trade the pool cannot fill is refused with a code rather than trapping.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { OP_STAKE, OP_UNSTAKE, P, POOL_FIELDS, TRADE_SLOTS, X, tradeOf } from '../../src/engine/market-io';
import { loadTestCore } from '../support/core';
import fc from 'fast-check';
import { either, logUniform, uniform } from '../support/arbitraries';

interface Check { case: string; expected: number; ours: number; tolerance: number }
const file: { chain_test_checks: Check[] } = JSON.parse(readFileSync(new URL('../fixtures/vectors/market.json', import.meta.url), 'utf8'));

const FEE = 33 / 65535;
function pool(o: { kind?: 0 | 1; tao: number; alpha: number; wq?: number; fee?: number; dest?: 0 | 1; flat?: number; minReserve?: number; maxMult?: number }): Float64Array {
  const a = new Float64Array(POOL_FIELDS);
  a[P.KIND] = o.kind ?? 1;
  a[P.TAO] = o.tao;
  a[P.ALPHA] = o.alpha;
  a[P.W_QUOTE] = o.wq ?? 0.5;
  a[P.FEE_RATE] = o.fee ?? FEE;
  a[P.FLAT_FEE] = o.flat ?? 0;
  a[P.FEE_DEST] = o.dest ?? 1;
  a[P.FEE_QUANTUM] = 1e-9;
  a[P.MIN_RESERVE] = o.minReserve ?? 0.001;
  a[P.MAX_INPUT_MULT] = o.maxMult ?? 1000;
  return a;
}

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

describe('Balancer curve against the chain tests (test_convert_deltas, §10)', () => {
  const rows = file.chain_test_checks
    .map((c) => ({ c, m: /^weighted (sell|buy)\s+tao=(\d+) alpha=(\d+) wq=([\d.]+) d=(\d+)$/.exec(c.case) }))
    .filter((r) => r.m);
  it('finds the 16 weighted-pool rows in the vectors file', () => expect(rows.length).toBe(16));
  for (const { c, m } of rows) {
    it(`${c.case} gives ${c.expected} (±${c.tolerance})`, () => {
      const [, side, tao, alpha, wq, d] = m!;
      // Raw reserves in rao, no fee and no guards: the curve alone, floored as the chain floors.
      const p = pool({ tao: +tao, alpha: +alpha, wq: +wq, fee: 0, minReserve: 0, maxMult: 1e12 });
      const t = tradeOf(core.marketTrade(p, side === 'buy' ? OP_STAKE : OP_UNSTAKE, +d, 0));
      expect(t.code).toBe(0);
      expect(Math.abs(Math.floor(t.out) - c.expected)).toBeLessThanOrEqual(c.tolerance);
    });
  }
});

describe('limit orders against the chain tests (get_max_amount_add/remove, §d.4)', () => {
  const rows = file.chain_test_checks
    .map((c) => ({ c, m: /^max_amount_(add|remove) tao=(\d+) alpha=(\d+) limit=(\d+)$/.exec(c.case) }))
    .filter((r) => r.m);
  it('finds the Balancer-era rows', () => expect(rows.length).toBeGreaterThanOrEqual(20));
  for (const { c, m } of rows) {
    it(`${c.case} gives the reference's ${c.ours} (chain expects ${c.expected} ± ${c.tolerance})`, () => {
      const [, side, tao, alpha, limit] = m!;
      const got = core.marketMaxAmount(side === 'add', +tao, +alpha, 0.5, +limit, 33, 1000, 18446744073709551615 / 1e18);
      // Exact integers below 2⁵³; the reference's float pow may differ by a rao above it.
      expect(Math.abs(got - c.ours)).toBeLessThanOrEqual(Math.max(2, c.ours * 1e-12));
      expect(Math.abs(got - c.expected)).toBeLessThanOrEqual(c.tolerance);
    });
  }
  it('returns 0 when the limit is already passed', () => {
    expect(core.marketMaxAmount(true, 1e9, 1e9, 0.5, 5e8, 33, 1000, 18.4)).toBe(0);
    expect(core.marketMaxAmount(false, 1e9, 1e9, 0.5, 2e9, 33, 1000, 18.4)).toBe(0);
  });
});

describe('fees (§d.4, §11.4)', () => {
  const cases = [
    { name: 'stake, fee to author: fee floored to rao and paid out', dest: 1 as const, op: OP_STAKE, amount: 10, fee: 0.005035477, author: 0.005035477 },
    { name: 'stake, fee to pool: the fee stays in the TAO reserve', dest: 0 as const, op: OP_STAKE, amount: 10, fee: 0.005035477, author: 0 },
    { name: 'stake of 1 rao: the fee floors to nothing', dest: 1 as const, op: OP_STAKE, amount: 1e-9, fee: 0, author: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const p = pool({ tao: 1000, alpha: 10000, dest: c.dest });
      const t = tradeOf(core.marketTrade(p, c.op, c.amount, 0));
      expect(t.code).toBe(0);
      expect(t.feeTao).toBeCloseTo(c.fee, 12);
      expect(t.authorTao).toBeCloseTo(c.author, 12);
      expect(t.taoAfter).toBeCloseTo(1000 + c.amount - c.author, 9);
    });
  }
  it('unstake with the fee to the author sells the fee alpha after the main leg', () => {
    const t = tradeOf(core.marketTrade(pool({ tao: 1000, alpha: 10000 }), OP_UNSTAKE, 100, 0));
    expect(t.feeAlpha).toBeCloseTo(0.050354772, 12);
    expect(t.alphaAfter).toBeCloseTo(10100, 9);
    expect(t.authorTao).toBeGreaterThan(0);
    expect(t.out + t.authorTao).toBeCloseTo(1000 - t.taoAfter, 9);
  });
  it('the Feb-2025 flat fee (50,000 rao) stays in the pool on a stake', () => {
    const t = tradeOf(core.marketTrade(pool({ kind: 0, tao: 1000, alpha: 1000, fee: 0, flat: 0.00005, dest: 0 }), OP_STAKE, 1, 0));
    expect(t.toPool).toBeCloseTo(1 - 0.00005, 12);
    expect(t.taoAfter).toBeCloseTo(1001, 12);
  });
  it('a limit truncates a stake at the marginal price and refunds the rest', () => {
    const t = tradeOf(core.marketTrade(pool({ tao: 1000, alpha: 10000 }), OP_STAKE, 500, 0.11));
    expect(t.hitLimit).toBe(true);
    expect(t.priceAfter).toBeCloseTo(0.11, 12);
    expect(t.refund).toBeGreaterThan(0);
    expect(t.toPool + t.feeTao + t.refund).toBeCloseTo(500, 9);
    expect(t.feeTao).toBeCloseTo(Math.floor((t.toPool * FEE) / (1 - FEE) * 1e9) / 1e9, 12);
  });
});

describe('refusals: a trade the pool cannot fill gets a code, not a trap', () => {
  const p = () => pool({ tao: 1000, alpha: 10000 });
  const cases: { name: string; pool: Float64Array; op: number; amount: number; limit: number; code: number }[] = [
    { name: 'NaN amount', pool: p(), op: OP_STAKE, amount: NaN, limit: 0, code: 1 },
    { name: 'negative amount', pool: p(), op: OP_UNSTAKE, amount: -5, limit: 0, code: 1 },
    { name: 'stake more than 1,000 × the TAO reserve', pool: p(), op: OP_STAKE, amount: 1_000_001, limit: 0, code: 2 },
    { name: 'unstake more than 1,000 × the alpha reserve', pool: p(), op: OP_UNSTAKE, amount: 10_000_001, limit: 0, code: 2 },
    { name: 'unstake that would leave < 0.001 TAO in the pool', pool: pool({ tao: 0.002, alpha: 1000 }), op: OP_UNSTAKE, amount: 900_000, limit: 0, code: 3 },
    { name: 'stake that would leave < 0.001 alpha in the pool', pool: pool({ tao: 1000, alpha: 0.002 }), op: OP_STAKE, amount: 900_000, limit: 0, code: 3 },
    { name: 'stake with a limit below the price', pool: p(), op: OP_STAKE, amount: 10, limit: 0.05, code: 4 },
    { name: 'unstake with a limit above the price', pool: p(), op: OP_UNSTAKE, amount: 10, limit: 0.2, code: 4 },
    { name: 'empty pool', pool: pool({ tao: 0, alpha: 0 }), op: OP_STAKE, amount: 10, limit: 0, code: 5 },
    { name: 'malformed pool record', pool: new Float64Array(3), op: OP_STAKE, amount: 10, limit: 0, code: 5 },
  ];
  for (const c of cases) {
    it(`${c.name} → code ${c.code}, pool untouched, every field finite`, () => {
      const raw = core.marketTrade(c.pool, c.op, c.amount, c.limit);
      expect(raw.length).toBe(TRADE_SLOTS);
      const t = tradeOf(raw);
      expect(t.code).toBe(c.code);
      expect(Array.from(raw).every(Number.isFinite)).toBe(true);
      if (c.pool.length >= POOL_FIELDS) {
        expect(t.taoAfter).toBe(c.pool[P.TAO]);
        expect(t.alphaAfter).toBe(c.pool[P.ALPHA]);
      }
    });
  }
  it('the network refuses a trade on a subnet it does not have', () => {
    core.marketLoadRandom(4, 4, 1);
    expect(core.marketUserTrade(9, OP_STAKE, 1, 0)[X.CODE]).toBe(6);
  });
});

describe('properties (fast-check, fixed seeds)', () => {
  // A pool of either kind around a price in [1e-4, 2], TAO reserves from 1 to 1e6, fees to the pool or the author.
  const poolArb = (kinds: (0 | 1)[]) =>
    fc.record({
      kind: fc.constantFrom(...kinds),
      tao: logUniform(1, 1e6),
      price: logUniform(1e-4, 2),
      wq: uniform(0.2, 0.8),
      dest: fc.constantFrom<0 | 1>(0, 1),
    }).map(({ kind, tao, price, wq, dest }) => pool({ kind, tao, alpha: tao / price, wq: kind === 0 ? 0.5 : wq, dest }));

  it('a stake conserves value: TAO offered = into the pool + fee + refund; pool alpha falls by what the user got (400 cases)', () => {
    let filled = 0;
    fc.assert(
      fc.property(poolArb([0, 1]), logUniform(1e-6, 100), either(0.3, uniform(1, 2), null), (p, frac, limitAbove) => {
        const amount = p[P.TAO] * frac;
        const limit = limitAbove === null ? 0 : core.marketTrade(p, 0, 1e-3, 0)[X.PRICE_BEFORE] * limitAbove;
        const t = tradeOf(core.marketTrade(p, OP_STAKE, amount, limit));
        if (t.code) return;
        filled++;
        const paid = t.toPool + t.feeTao + t.refund;
        expect(Math.abs(paid - amount)).toBeLessThanOrEqual(1e-12 * amount + 1e-12);
        expect(Math.abs(t.taoAfter - p[P.TAO] - (t.toPool + t.feeTao - t.authorTao))).toBeLessThanOrEqual(1e-9 * t.taoAfter);
        expect(Math.abs(p[P.ALPHA] - t.alphaAfter - t.out)).toBeLessThanOrEqual(1e-9 * p[P.ALPHA]);
        expect(t.priceAfter).toBeGreaterThanOrEqual(t.priceBefore);
        expect(t.taoAfter > 0 && t.alphaAfter > 0).toBe(true);
      }),
      { numRuns: 400, seed: 11 },
    );
    expect(filled).toBeGreaterThan(200);
  });

  it('an unstake conserves value: the pool pays out exactly what the user and the author receive (400 cases)', () => {
    let filled = 0;
    fc.assert(
      fc.property(poolArb([0, 1]), logUniform(1e-6, 100), (p, frac) => {
        const amount = p[P.ALPHA] * frac;
        const t = tradeOf(core.marketTrade(p, OP_UNSTAKE, amount, 0));
        if (t.code) return;
        filled++;
        expect(Math.abs(p[P.TAO] - t.taoAfter - t.out - t.authorTao)).toBeLessThanOrEqual(1e-9 * p[P.TAO]);
        expect(Math.abs(t.alphaAfter - p[P.ALPHA] - amount)).toBeLessThanOrEqual(1e-9 * t.alphaAfter);
        expect(t.priceAfter).toBeLessThanOrEqual(t.priceBefore);
      }),
      { numRuns: 400, seed: 12 },
    );
    expect(filled).toBeGreaterThan(200);
  });

  it('a round trip on a Balancer pool with fees to the author restores the reserves and loses only the fees (200 cases)', () => {
    const arb = fc.record({ tao: logUniform(10, 1e6), price: logUniform(1e-3, 1), wq: uniform(0.3, 0.7), frac: logUniform(1e-5, 2) });
    fc.assert(
      fc.property(arb, ({ tao, price, wq, frac }) => {
        const p = pool({ tao, alpha: tao / price, wq });
        const rt = core.marketRoundTrip(p, tao * frac);
        const buy = tradeOf(rt, 0);
        const sell = tradeOf(rt, TRADE_SLOTS);
        expect(buy.code + sell.code).toBe(0);
        expect(Math.abs(sell.taoAfter / tao - 1)).toBeLessThan(1e-9);
        expect(Math.abs(sell.alphaAfter / p[P.ALPHA] - 1)).toBeLessThan(1e-9);
        const lossFrac = rt[2 * TRADE_SLOTS + 1];
        expect(lossFrac).toBeGreaterThan(0);
        expect(lossFrac).toBeLessThan(2.01 * FEE + 1e-8);
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it('a Balancer injection of any ratio keeps the spot price (test_adjust_protocol_liquidity_happy; 4 fixed + 200 cases)', () => {
    const keepsPrice = (dTao: number, dAlpha: number) => {
      const out = core.marketInject(Float64Array.from([1, 1e12, 4e12, 0.5]), dTao, dAlpha, 0.01);
      if (out[5]) return false;
      expect(Math.abs(out[3] / 0.25 - 1)).toBeLessThan(1e-12);
      return true;
    };
    for (const [dTao, dAlpha] of [[1e9, 0], [0, 1e12], [1234567, 2432765890], [2e12, 1e12]]) keepsPrice(dTao, dAlpha);
    let injected = 0;
    fc.assert(
      fc.property(logUniform(1, 1e12), logUniform(1, 1e12), (dTao, dAlpha) => {
        if (keepsPrice(dTao, dAlpha)) injected++;
      }),
      { numRuns: 200, seed: 14 },
    );
    expect(injected).toBeGreaterThan(100);
  });

  it('a constant-product injection keeps the price only at the price ratio', () => {
    const at = core.marketInject(Float64Array.from([0, 100, 1000, 0.5]), 1, 10, 0.01);
    expect(at[3]).toBeCloseTo(0.1, 14);
    const off = core.marketInject(Float64Array.from([0, 100, 1000, 0.5]), 1, 0, 0.01);
    expect(off[3]).toBeGreaterThan(0.1);
  });

  it('a Balancer injection that would push w_quote out of [0.01, 0.99] is skipped', () => {
    const out = core.marketInject(Float64Array.from([1, 1, 1e6, 0.5]), 0, 1e12, 0.01);
    expect(out[5]).toBe(1);
    expect(Array.from(out.subarray(0, 3))).toEqual([1, 1e6, 0.5]);
  });

  it('the slippage curve is monotone and never NaN', () => {
    const fr = [0.001, 0.01, 0.1, 1, 10, 100];
    for (const op of [OP_STAKE, OP_UNSTAKE]) {
      const p = pool({ tao: 5000, alpha: 250000 });
      const amounts = Float64Array.from(fr.map((f) => f * (op === OP_STAKE ? 5000 : 250000)));
      const rows = core.marketSlippageCurve(p, op, amounts);
      expect(Array.from(rows).every(Number.isFinite)).toBe(true);
      const slip = fr.map((_, i) => rows[i * TRADE_SLOTS + X.SLIPPAGE]);
      for (let i = 1; i < slip.length; i++) expect(slip[i]).toBeGreaterThan(slip[i - 1]);
    }
  });
});
