// Property tests over the market core (spec market.md) for random VALID inputs (fast-check, fixed
// seeds, a failure shrunk to a small case), extremes included (tiny and huge pools, Balancer weights at their 0.01/0.99 bounds, zero EMA prices, every
// subnet emission-disabled or burned, no validators or no dividends, takes of 0 and 1, owner cut off,
// issuance past several halvings):
// - swaps never create value beyond fees: staking T TAO and selling back every alpha bought returns
//   at most T; a trade never lowers the pool's invariant (x·y for constant product, x^w_b·y^w_q for
//   Balancer) beyond float rounding;
// - per block: no term is NaN or infinite; the emission shares of the eligible subnets sum to one
//   (or all are zero and the whole block emission is recycled); the block's TAO is conserved:
//   Σ (tao_in + chain-buy TAO) + recycled = the block emission, and per subnet
//   tao_in + excess + skipped = its TAO emission;
// - the split is conserved: per subnet and block owner + miners' half + validators' part + root's part
//   = the alpha emitted; and through the epochs (root claims kept as alpha), every alpha emitted is in
//   the ledger (owner, miners, withheld, take, nominators, root stakers, recycled, undistributed) or
//   still pending; the tempo split of widget 4 (marketTempoSplit, src/models/market-split.ts) adds up
//   to the alpha emitted for random settings and through computeMarketSplit for random slider values.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import {
  B, C, H, MARKET_PRESETS, OP_STAKE, OP_UNSTAKE, P, POOL_FIELDS, S, TOTALS, TRADE_SLOTS, ledgerOf, loadNetwork,
  rulesFromPreset, subnetOf, termsOf, tradeOf, type MarketConstants, type PresetJson, type State0Json, type SubnetJson,
} from '../../src/engine/market-io';
import { computeMarketSplit, schema as splitSchema } from '../../src/models/market-split';
import { loadTestCore } from '../support/core';
import fc from 'fast-check';
import { among, arrayOf, chance, either, int, logUniform as logU, uniform, unit } from '../support/arbitraries';

const read = (name: string): { constants: MarketConstants; presets: Record<string, PresetJson> } =>
  JSON.parse(readFileSync(new URL(`../fixtures/vectors/${name}`, import.meta.url), 'utf8'));
// market-2026h2.json adds today's era reborn_2026_10 (shared/specs/market-2026h2.md §F) to market.json's presets.
const late = read('market-2026h2.json');
const file = { constants: late.constants, presets: { ...read('market.json').presets, ...late.presets } };

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
const FEE = 33 / 65535;

// ---- pools --------------------------------------------------------------------------------------

/** A random pool of either kind: tiny to huge reserves, Balancer weights at their 0.01/0.99 bounds, every fee. */
const poolArb: fc.Arbitrary<Float64Array> = fc.record({
  kind: fc.constantFrom(0, 1),
  tao: among(0.002, 1, logU(1e-2, 1e7), logU(1e3, 1e7), 2e7),
  price: among(1e-6, 1e3, logU(1e-6, 1e3), logU(1e-3, 1)),
  wq: among(0.01, 0.99, 0.5, uniform(0.01, 0.99)),
  fee: among(0, FEE, 10000 / 65535, uniform(0, 0.1)),
  flat: either(0.2, 0.00005, 0),
  dest: fc.constantFrom(0, 1),
}).map(({ kind, tao, price, wq, fee, flat, dest }) => {
  const a = new Float64Array(POOL_FIELDS);
  a[P.KIND] = kind;
  a[P.TAO] = tao;
  a[P.ALPHA] = tao / price;
  a[P.W_QUOTE] = kind === 0 ? 0.5 : wq;
  a[P.FEE_RATE] = fee;
  a[P.FLAT_FEE] = flat;
  a[P.FEE_DEST] = dest;
  a[P.FEE_QUANTUM] = 1e-9;
  a[P.MIN_RESERVE] = 0.001;
  a[P.MAX_INPUT_MULT] = 1000;
  return a;
});

/** The pool's invariant: x·y (constant product) or x^w_b·y^w_q (Balancer), in logs to stay finite. */
const logInvariant = (kind: number, tao: number, alpha: number, wq: number) =>
  kind === 0 ? Math.log(tao) + Math.log(alpha) : wq * Math.log(tao) + (1 - wq) * Math.log(alpha);

describe('swaps never create value beyond fees (fast-check, fixed seeds)', () => {
  it('600 random pools: stake then sell every alpha back returns at most the TAO staked', () => {
    let filled = 0;
    fc.assert(
      fc.property(poolArb, among(1e-9, 1e-3, logU(1e-6, 1), logU(1, 999)), (p, frac) => {
        const tao = p[P.TAO] * frac;
        const buyRaw = core.marketTrade(p, OP_STAKE, tao, 0);
        const buy = tradeOf(buyRaw);
        if (buy.code) return;
        const after = Float64Array.from(p);
        after[P.TAO] = buy.taoAfter;
        after[P.ALPHA] = buy.alphaAfter;
        after[P.W_QUOTE] = buy.wQuoteAfter;
        const raw = core.marketTrade(after, OP_UNSTAKE, buy.out, 0);
        const sell = tradeOf(raw);
        if (sell.code) return;
        filled++;
        const back = sell.out + buy.refund;
        expect([...buyRaw, ...raw].every(Number.isFinite), 'every field finite').toBe(true);
        // The curve's float rounding is a few ulp (1e-16 relative); anything above 1e-14 is value created.
        expect(back, `T=${tao}: got back more than staked`).toBeLessThanOrEqual(tao * (1 + 1e-14));
        if (p[P.FEE_RATE] > 0 && tao * p[P.FEE_RATE] >= 1e-6) expect(back, 'a round trip with fees lost nothing').toBeLessThan(tao);
      }),
      { numRuns: 600, seed: 41 },
    );
    expect(filled).toBeGreaterThan(300);
  });

  it('600 random trades (stakes, unstakes, limits) never lower the pool invariant', () => {
    let filled = 0;
    const tradeArb = fc.record({
      op: fc.constantFrom(OP_STAKE, OP_UNSTAKE),
      frac: among(1e-9, logU(1e-6, 1), logU(1, 999)),
      limit: either(0.3, unit(), null),
    });
    fc.assert(
      fc.property(poolArb, tradeArb, (p, { op, frac, limit: l }) => {
        const reserve = op === OP_STAKE ? p[P.TAO] : p[P.ALPHA];
        const amount = reserve * frac;
        const spot = core.marketTrade(p, OP_STAKE, 1e-12, 0)[9];
        const limit = l === null ? 0 : spot * (op === OP_STAKE ? 1 + l : 1 - 0.9 * l);
        const raw = core.marketTrade(p, op, amount, limit);
        expect(raw.length).toBe(TRADE_SLOTS);
        expect(Array.from(raw).every(Number.isFinite), 'every field finite').toBe(true);
        const t = tradeOf(raw);
        if (t.code) return;
        filled++;
        // The weights of a swap are fixed: the invariant is taken with the pool's own w_quote.
        const before = logInvariant(p[P.KIND], p[P.TAO], p[P.ALPHA], p[P.W_QUOTE]);
        const after = logInvariant(p[P.KIND], t.taoAfter, t.alphaAfter, p[P.W_QUOTE]);
        expect(t.wQuoteAfter, 'a trade moved w_quote').toBe(p[P.W_QUOTE]);
        expect(after, `amount ${amount}: the log invariant fell`).toBeGreaterThanOrEqual(before - 1e-12);
        expect(t.taoAfter > 0 && t.alphaAfter > 0, 'a reserve emptied').toBe(true);
      }),
      { numRuns: 600, seed: 42 },
    );
    expect(filled).toBeGreaterThan(300);
  });
});

// ---- networks -----------------------------------------------------------------------------------

const validatorArb = fc.record({
  div_weight: either(0.85, unit(), 0),
  alpha_stake: either(0.8, logU(1, 1e6), 0),
  root_stake: either(0.7, logU(1, 1e6), 0),
  take: among(0, 0.18, 1, unit()),
});
const minerArb = fc.record({ incentive: either(0.8, unit(), 0), owner_key: chance(0.2) });

/** One subnet; `enabled` is false for all when the network has every subnet emission-disabled. */
const subnetArb = (allDisabled: boolean) =>
  fc.record({
    tao: among(1000, logU(1, 1e6), logU(1e3, 1e5)),
    price: among(logU(1e-4, 2), 0.01, 1, 5),
    // The EMA price: zero (one in ten), the spot price, or another price.
    ema: either<number | 'spot'>(0.9, among<number | 'spot'>('spot', logU(1e-4, 1)), 0),
    validators: among(arrayOf(validatorArb, 0), arrayOf(validatorArb, 1), fc.array(validatorArb, { minLength: 1, maxLength: 6, size: 'max' })),
    miners: among(arrayOf(minerArb, 0), arrayOf(minerArb, 1), fc.array(minerArb, { minLength: 1, maxLength: 8, size: 'max' })),
    w_quote: among(0.5, 0.5, 0.02, 0.98, uniform(0.05, 0.95)),
    alpha_out: among(0, logU(1e3, 2e7), 1.05e7),
    miner_burned: among(0, 0, unit(), 1),
    emission_enabled: allDisabled ? fc.constant(false) : chance(0.9),
    registration_allowed: chance(0.95),
    owner_cut_enabled: chance(0.85),
    first_emission_block: either(0.1, 1_000_000_000, 1),
    last_epoch_block: int(0, 359).map((b) => -b),
    tempo: among(360, 1, int(2, 41)),
    user_flow_ema: uniform(-300, 700),
    protocol_flow_ema: uniform(0, 1e3),
  });

/** A random valid network of 1 to 48 subnets for one era preset, and how many blocks to run it. */
const networkArb = (presetId: string): fc.Arbitrary<{ state0: State0Json; blocks: number }> =>
  fc.record({
    subnets: chance(0.05).chain((allDisabled) => {
      const sub = subnetArb(allDisabled);
      return among(arrayOf(sub, 1), arrayOf(sub, 2), fc.array(sub, { minLength: 1, maxLength: 12, size: 'max' }), fc.array(sub, { minLength: 1, maxLength: 48, size: 'max' }));
    }),
    issuance_tao: among(10_900_000, logU(1, 2.09e7), 20_999_000),
    root_tao: among(0, 6_500_000, logU(1, 1e8)),
    tao_weight: among(0.18, 0, 1, unit()),
    owner_cut: among(11796 / 65535, 0, 1, unit()),
    blocks: int(1, 400),
  }).map(({ subnets, blocks, ...g }) => ({
    blocks,
    state0: {
      preset: presetId, block: 7_800_000, ...g,
      ema_alpha: 0.0003, ema_halving_blocks: 201_600, root_claim: 'keep', sell_frac: 0, gate_theta: 0,
      subnets: subnets.map(({ price, ema, validators, miners, ...x }, k): SubnetJson => ({
        ...x,
        netuid: k + 1,
        alpha_in: x.tao / price,
        protocol_alpha: 0,
        ema_price: ema === 'spot' ? price : ema,
        pending: { server: 0, validator: 0, root: 0, owner: 0, root_tao: 0 },
        user_flow_acc: 0,
        protocol_flow_acc: 0,
        miners: miners.map((m, j) => ({ name: `m${j}`, ...m })),
        validators: validators.map((v, i) => ({ name: `v${i}`, ...v })),
      })),
    },
  }));

const ALPHA_LEDGER = /^(owner_alpha|miner:|miner_alpha_withheld_burned|undistributed_validator_alpha|undistributed_root_alpha|root_alpha_recycled|validator_take:|nominators_alpha:|root_stakers_alpha:|basket_credit:)/;

const onRoot = (state0: { subnets: { validators: { name: string }[] }[] }): string[] =>
  state0.subnets.some((sn) => sn.validators.some((v) => v.name === 'v0')) ? ['v0'] : [];

describe('random networks under every era (fast-check, fixed seeds): shares, TAO and the split are conserved', () => {
  for (const preset of MARKET_PRESETS) {
    it(`${preset.id}: 40 networks, up to 400 blocks each`, () => {
      let blocksWithShares = 0;
      let epochs = 0;
      fc.assert(fc.property(networkArb(preset.id), ({ state0, blocks }) => {
        const failures: string[] = [];
        // Under baskets (market-2026h2 §B) hotkey v0 holds a root UID: one fund across every subnet it validates.
        const packed = loadNetwork(core, state0, rulesFromPreset(file.presets[preset.id], file.constants), onRoot(state0));
        const m = state0.subnets.length;
        const sellEachBlock = file.presets[preset.id].root_divs === 'sell_each_block';
        const where = `${m} subnets`;
        for (let b = 0; b < blocks && failures.length < 10; b++) {
          core.marketStep(1);
          const terms = core.marketTerms();
          if (!Array.from(terms).every(Number.isFinite)) failures.push(`${where} block ${b}: a non-finite term`);
          const E = terms[B.EMISSION];
          let shares = 0;
          let taoOut = 0;
          for (let i = 0; i < m; i++) {
            const t = termsOf(terms, i);
            if (!t.eligible) continue;
            shares += t.final_share;
            taoOut += t.tao_in + t.excess_tao;
            if (t.final_share < 0) failures.push(`${where} block ${b} subnet ${i}: negative share`);
            const tao = Math.abs(t.tao_in + t.excess_tao + t.skipped_tao - t.tao_emission);
            if (tao > 1e-12 * Math.max(E, 1)) failures.push(`${where} block ${b} subnet ${i}: tao_in ${t.tao_in} + excess ${t.excess_tao} + skipped ${t.skipped_tao} ≠ ${t.tao_emission}`);
            const split = t.owner_cut + t.server + t.validator + t.root_alpha;
            if (Math.abs(split - t.alpha_emission) > 1e-12 * Math.max(t.alpha_emission, 1)) failures.push(`${where} block ${b} subnet ${i}: split ${split} ≠ alpha emitted ${t.alpha_emission}`);
          }
          if (terms[B.ELIGIBLE] > 0 && shares > 0) {
            blocksWithShares++;
            if (Math.abs(shares - 1) > 1e-12) failures.push(`${where} block ${b}: shares sum to ${shares}`);
          }
          // The block's TAO: what reached the pools (injected or chain-bought) plus what was recycled.
          if (Math.abs(taoOut + terms[B.RECYCLED] - E) > 1e-12 * Math.max(E, 1)) failures.push(`${where} block ${b}: ${taoOut} into pools + ${terms[B.RECYCLED]} recycled ≠ emission ${E}`);
        }
        // Through the epochs: every alpha emitted is in the ledger or still pending (claims kept as alpha).
        const totals = core.marketTotals();
        const state = core.marketState();
        if (!Array.from(state).every(Number.isFinite)) failures.push(`${where}: a non-finite state field`);
        for (let i = 0; i < m; i++) {
          const c = i * TOTALS;
          const emitted = totals[c + C.owner] + totals[c + C.server] + totals[c + C.validator] + totals[c + C.root];
          if (Math.abs(emitted - totals[c + C.alpha_emitted]) > 1e-9 * Math.max(emitted, 1)) failures.push(`${where} subnet ${i}: totals split ${emitted} ≠ ${totals[c + C.alpha_emitted]}`);
          const ledger = ledgerOf(core, packed, i);
          if (Object.keys(ledger).length) epochs++;
          const inLedger = sum(Object.entries(ledger).filter(([k]) => ALPHA_LEDGER.test(k)).map(([, v]) => v));
          const s = subnetOf(state, i);
          const pending = s[S.PEND_SERVER] + s[S.PEND_VALIDATOR] + s[S.PEND_ROOT] + s[S.PEND_OWNER];
          // Before root claims (2025-02 era) root's alpha was sold every block: it leaves as TAO.
          const expected = totals[c + C.alpha_emitted] - (sellEachBlock ? totals[c + C.root] : 0);
          if (Math.abs(inLedger + pending - expected) > 1e-9 * Math.max(expected, 1)) {
            failures.push(`${where} subnet ${i}: ledger ${inLedger} + pending ${pending} ≠ alpha emitted ${expected} (${JSON.stringify(ledger)})`);
          }
          if (!(s[S.TAO] > 0 && s[S.ALPHA_IN] > 0)) failures.push(`${where} subnet ${i}: a reserve emptied`);
        }
        expect(failures.slice(0, 10)).toEqual([]);
      }), { numRuns: 40, seed: 500 + preset.index });
      expect(blocksWithShares).toBeGreaterThan(1000);
      expect(epochs).toBeGreaterThan(20);
    });
  }
});

describe('the tempo split (widget 4) adds up (fast-check, fixed seeds)', () => {
  it('marketTempoSplit: 500 random settings, the recipients sum to the alpha emitted, all finite and ≥ 0', () => {
    // [blocks, alpha issuance, owner cut, cut on, τ, root TAO, take, owner-miner fraction, sell flag, alpha/block]
    const paramsArb = fc.tuple(
      among(0, 1, 360, 50_400), among(0, 1e4, logU(1, 2.1e7), 2.09e7), among(0, 11796 / 65535, 1, unit()),
      either(0.8, 1, 0), among(0, 0.18, 1, unit()), among(0, 5.7e6, logU(1, 1e9)), among(0, 0.18, 1, unit()),
      among(0, 1, unit()), fc.constantFrom(0, 1), among(0, 0, 1, 0.5, unit()),
    );
    fc.assert(
      fc.property(paramsArb, (list) => {
        const params = Float64Array.from(list);
        const o = core.marketTempoSplit(params);
        const parts = o[1] + o[2] + o[3] + o[4] + o[5] + o[6] + o[7];
        expect(Array.from(o).every((x) => Number.isFinite(x) && x >= 0), `every output finite and ≥ 0: ${Array.from(o).join(',')}`).toBe(true);
        // The core sums block by block (up to 50,400 blocks), so float summation may drift by ~ε per block.
        const drift = 4 * Number.EPSILON * Math.max(params[0], 1) * Math.max(o[0], 1);
        expect(Math.abs(parts - o[0]), `parts ${parts} ≠ emitted ${o[0]}`).toBeLessThanOrEqual(drift);
        expect(o[8] >= 0 && o[8] <= 1, `root_prop ${o[8]}`).toBe(true);
      }),
      { numRuns: 500, seed: 61 },
    );
  });

  it('computeMarketSplit: 300 random slider settings (in and out of range), the flows sum to the alpha emitted and their shares to one', () => {
    // Every slider at its ends, inside, ten times its top, negative or not a number; every choice or an unknown one.
    const paramsArb = fc.record(Object.fromEntries(splitSchema.map((p) => [
      p.id,
      p.kind === 'number'
        ? among(p.min, p.max, uniform(p.min, p.max), p.max * 10, -1, NaN, Infinity)
        : among(...p.options.map((o) => o.value), 7),
    ])));
    fc.assert(
      fc.property(paramsArb, (params) => {
        const res = computeMarketSplit(core, params);
        const total = sum(res.flows.map((f) => f.alpha));
        expect(res.emitted).toBeGreaterThan(0);
        expect(Math.abs(total - res.emitted), `flows ${total} of ${res.emitted}`).toBeLessThanOrEqual(1e-12 * res.emitted);
        expect(Math.abs(sum(res.flows.map((f) => f.share)) - 1), 'the shares sum to one').toBeLessThanOrEqual(1e-12);
        const others = sum(res.flows.filter((f) => ['nominators', 'root', 'recycled'].includes(f.key)).map((f) => f.alpha));
        expect(Math.abs(res.validatorHalf - (res.takeFromAlpha + res.takeFromRoot + others)), 'the validators’ half = take + nominators + root').toBeLessThanOrEqual(1e-9 * res.emitted);
        expect([res.rootProp, res.alphaDividends, res.rootDividends, res.takeFromAlpha, res.takeFromRoot].every(Number.isFinite), 'every figure finite').toBe(true);
      }),
      { numRuns: 300, seed: 62 },
    );
  });
});

// The header of a state is H.*: keep the import used (the network tests read subnets through subnetOf).
void H;
