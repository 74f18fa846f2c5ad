// Property tests over the market core (spec market.md) for seeded random VALID inputs, extremes
// included (tiny and huge pools, Balancer weights at their 0.01/0.99 bounds, zero EMA prices, every
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
import { rng, logUniform as logU } from '../support/rng';

const file: { constants: MarketConstants; presets: Record<string, PresetJson> } = JSON.parse(
  readFileSync(new URL('../fixtures/vectors/market.json', import.meta.url), 'utf8'),
);

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const pickOf = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
const FEE = 33 / 65535;

// ---- pools --------------------------------------------------------------------------------------

function randomPool(r: () => number): Float64Array {
  const a = new Float64Array(POOL_FIELDS);
  const kind = r() < 0.5 ? 0 : 1;
  const tao = pickOf(r, [0.002, 1, logU(r, 1e-2, 1e7), logU(r, 1e3, 1e7), 2e7]);
  a[P.KIND] = kind;
  a[P.TAO] = tao;
  a[P.ALPHA] = tao / pickOf(r, [1e-6, 1e3, logU(r, 1e-6, 1e3), logU(r, 1e-3, 1)]);
  a[P.W_QUOTE] = kind === 0 ? 0.5 : pickOf(r, [0.01, 0.99, 0.5, 0.01 + 0.98 * r()]);
  a[P.FEE_RATE] = pickOf(r, [0, FEE, 10000 / 65535, r() * 0.1]);
  a[P.FLAT_FEE] = r() < 0.2 ? 0.00005 : 0;
  a[P.FEE_DEST] = r() < 0.5 ? 0 : 1;
  a[P.FEE_QUANTUM] = 1e-9;
  a[P.MIN_RESERVE] = 0.001;
  a[P.MAX_INPUT_MULT] = 1000;
  return a;
}

/** The pool's invariant: x·y (constant product) or x^w_b·y^w_q (Balancer), in logs to stay finite. */
const logInvariant = (kind: number, tao: number, alpha: number, wq: number) =>
  kind === 0 ? Math.log(tao) + Math.log(alpha) : wq * Math.log(tao) + (1 - wq) * Math.log(alpha);

describe('swaps never create value beyond fees (seeded)', () => {
  it('600 random pools: stake then sell every alpha back returns at most the TAO staked', () => {
    const r = rng(41);
    const failures: string[] = [];
    let filled = 0;
    for (let k = 0; k < 600; k++) {
      const p = randomPool(r);
      const tao = p[P.TAO] * pickOf(r, [1e-9, 1e-3, logU(r, 1e-6, 1), logU(r, 1, 999)]);
      const buy = tradeOf(core.marketTrade(p, OP_STAKE, tao, 0));
      if (buy.code) continue;
      const after = Float64Array.from(p);
      after[P.TAO] = buy.taoAfter;
      after[P.ALPHA] = buy.alphaAfter;
      after[P.W_QUOTE] = buy.wQuoteAfter;
      const sell = tradeOf(core.marketTrade(after, OP_UNSTAKE, buy.out, 0));
      if (sell.code) continue;
      filled++;
      const back = sell.out + buy.refund;
      const raw = core.marketTrade(after, OP_UNSTAKE, buy.out, 0);
      if (![...core.marketTrade(p, OP_STAKE, tao, 0), ...raw].every(Number.isFinite)) failures.push(`case ${k}: a non-finite field`);
      // The curve's float rounding is a few ulp (1e-16 relative); anything above 1e-14 is value created.
      if (back > tao * (1 + 1e-14)) failures.push(`case ${k} (${Array.from(p).join(',')}, T=${tao}): got back ${back}`);
      if (p[P.FEE_RATE] > 0 && tao * p[P.FEE_RATE] >= 1e-6 && !(back < tao)) failures.push(`case ${k}: a round trip with fees lost nothing`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(filled).toBeGreaterThan(300);
  });

  it('600 random trades (stakes, unstakes, limits) never lower the pool invariant', () => {
    const r = rng(42);
    const failures: string[] = [];
    let filled = 0;
    for (let k = 0; k < 600; k++) {
      const p = randomPool(r);
      const op = r() < 0.5 ? OP_STAKE : OP_UNSTAKE;
      const reserve = op === OP_STAKE ? p[P.TAO] : p[P.ALPHA];
      const amount = reserve * pickOf(r, [1e-9, logU(r, 1e-6, 1), logU(r, 1, 999)]);
      const spot = core.marketTrade(p, OP_STAKE, 1e-12, 0)[9];
      const limit = r() < 0.3 ? spot * (op === OP_STAKE ? 1 + r() : 1 - 0.9 * r()) : 0;
      const raw = core.marketTrade(p, op, amount, limit);
      expect(raw.length).toBe(TRADE_SLOTS);
      if (!Array.from(raw).every(Number.isFinite)) failures.push(`case ${k}: a non-finite field`);
      const t = tradeOf(raw);
      if (t.code) continue;
      filled++;
      // The weights of a swap are fixed: the invariant is taken with the pool's own w_quote.
      const before = logInvariant(p[P.KIND], p[P.TAO], p[P.ALPHA], p[P.W_QUOTE]);
      const after = logInvariant(p[P.KIND], t.taoAfter, t.alphaAfter, p[P.W_QUOTE]);
      if (t.wQuoteAfter !== p[P.W_QUOTE]) failures.push(`case ${k}: a trade moved w_quote`);
      if (after < before - 1e-12) failures.push(`case ${k} (op ${op}, ${Array.from(p).join(',')}, amount ${amount}): log invariant ${before} → ${after}`);
      if (!(t.taoAfter > 0 && t.alphaAfter > 0)) failures.push(`case ${k}: a reserve emptied`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(filled).toBeGreaterThan(300);
  });
});

// ---- networks -----------------------------------------------------------------------------------

function randomNetwork(r: () => number, presetId: string): State0Json {
  const m = pickOf(r, [1, 2, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 48)]);
  const allDisabled = r() < 0.05;
  const subnets: SubnetJson[] = [];
  for (let k = 0; k < m; k++) {
    const tao = pickOf(r, [1000, logU(r, 1, 1e6), logU(r, 1e3, 1e5)]);
    const price = pickOf(r, [logU(r, 1e-4, 2), 0.01, 1, 5]);
    const validators = Array.from({ length: pickOf(r, [0, 1, 1 + Math.floor(r() * 6)]) }, (_, v) => ({
      name: `v${v}`,
      div_weight: r() < 0.15 ? 0 : r(),
      alpha_stake: r() < 0.2 ? 0 : logU(r, 1, 1e6),
      root_stake: r() < 0.3 ? 0 : logU(r, 1, 1e6),
      take: pickOf(r, [0, 0.18, 1, r()]),
    }));
    const miners = Array.from({ length: pickOf(r, [0, 1, 1 + Math.floor(r() * 8)]) }, (_, j) => ({
      name: `m${j}`,
      incentive: r() < 0.2 ? 0 : r(),
      owner_key: r() < 0.2,
    }));
    subnets.push({
      netuid: k + 1, tao, alpha_in: tao / price, w_quote: pickOf(r, [0.5, 0.5, 0.02, 0.98, 0.05 + 0.9 * r()]),
      alpha_out: pickOf(r, [0, logU(r, 1e3, 2e7), 1.05e7]), protocol_alpha: 0,
      ema_price: r() < 0.1 ? 0 : pickOf(r, [price, logU(r, 1e-4, 1)]),
      miner_burned: pickOf(r, [0, 0, r(), 1]),
      emission_enabled: !allDisabled && r() < 0.9, registration_allowed: r() < 0.95, owner_cut_enabled: r() < 0.85,
      first_emission_block: r() < 0.9 ? 1 : 1_000_000_000, last_epoch_block: -Math.floor(r() * 360),
      tempo: pickOf(r, [360, 1, 2 + Math.floor(r() * 40)]),
      pending: { server: 0, validator: 0, root: 0, owner: 0, root_tao: 0 },
      user_flow_ema: (r() - 0.3) * 1e3, user_flow_acc: 0, protocol_flow_ema: r() * 1e3, protocol_flow_acc: 0,
      miners, validators,
    });
  }
  return {
    preset: presetId, block: 7_800_000,
    issuance_tao: pickOf(r, [10_900_000, logU(r, 1, 2.09e7), 20_999_000]),
    root_tao: pickOf(r, [0, 6_500_000, logU(r, 1, 1e8)]),
    tao_weight: pickOf(r, [0.18, 0, 1, r()]), owner_cut: pickOf(r, [11796 / 65535, 0, 1, r()]),
    ema_alpha: 0.0003, ema_halving_blocks: 201_600, root_claim: 'keep', sell_frac: 0, gate_theta: 0, subnets,
  };
}

const ALPHA_LEDGER = /^(owner_alpha|miner:|miner_alpha_withheld_burned|undistributed_validator_alpha|undistributed_root_alpha|root_alpha_recycled|validator_take:|nominators_alpha:|root_stakers_alpha:)/;

describe('random networks under every era (seeded): shares, TAO and the split are conserved', () => {
  for (const preset of MARKET_PRESETS) {
    it(`${preset.id}: 40 networks, up to 400 blocks each`, () => {
      const r = rng(500 + preset.index);
      const failures: string[] = [];
      let blocksWithShares = 0;
      let epochs = 0;
      for (let net = 0; net < 40; net++) {
        const state0 = randomNetwork(r, preset.id);
        const packed = loadNetwork(core, state0, rulesFromPreset(file.presets[preset.id], file.constants));
        const m = state0.subnets.length;
        const sellEachBlock = file.presets[preset.id].root_divs === 'sell_each_block';
        const blocks = 1 + Math.floor(r() * 400);
        const where = `network ${net} (${m} subnets)`;
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
      }
      expect(failures.slice(0, 10)).toEqual([]);
      expect(blocksWithShares).toBeGreaterThan(1000);
      expect(epochs).toBeGreaterThan(20);
    });
  }
});

describe('the tempo split (widget 4) adds up (seeded)', () => {
  it('marketTempoSplit: 500 random settings, the recipients sum to the alpha emitted, all finite and ≥ 0', () => {
    const r = rng(61);
    const failures: string[] = [];
    for (let k = 0; k < 500; k++) {
      const params = Float64Array.from([
        pickOf(r, [0, 1, 360, 50_400]), pickOf(r, [0, 1e4, logU(r, 1, 2.1e7), 2.09e7]), pickOf(r, [0, 11796 / 65535, 1, r()]),
        r() < 0.8 ? 1 : 0, pickOf(r, [0, 0.18, 1, r()]), pickOf(r, [0, 5.7e6, logU(r, 1, 1e9)]), pickOf(r, [0, 0.18, 1, r()]),
        pickOf(r, [0, 1, r()]), r() < 0.5 ? 1 : 0, pickOf(r, [0, 0, 1, 0.5, r()]),
      ]);
      const o = core.marketTempoSplit(params);
      const parts = o[1] + o[2] + o[3] + o[4] + o[5] + o[6] + o[7];
      if (!Array.from(o).every((x) => Number.isFinite(x) && x >= 0)) failures.push(`case ${k} (${Array.from(params).join(',')}): ${Array.from(o).join(',')}`);
      // The core sums block by block (up to 50,400 blocks), so float summation may drift by ~ε per block.
      const drift = 4 * Number.EPSILON * Math.max(params[0], 1) * Math.max(o[0], 1);
      if (Math.abs(parts - o[0]) > drift) failures.push(`case ${k} (${Array.from(params).join(',')}): parts ${parts} ≠ emitted ${o[0]}`);
      if (o[8] < 0 || o[8] > 1) failures.push(`case ${k}: root_prop ${o[8]}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('computeMarketSplit: 300 random slider settings (in and out of range), the flows sum to the alpha emitted and their shares to one', () => {
    const r = rng(62);
    const failures: string[] = [];
    for (let k = 0; k < 300; k++) {
      const params: Record<string, number> = {};
      for (const p of splitSchema) {
        if (p.kind === 'number') params[p.id] = pickOf(r, [p.min, p.max, p.min + (p.max - p.min) * r(), p.max * 10, -1, NaN, Infinity]);
        else if (p.kind === 'choice') params[p.id] = pickOf(r, [...p.options.map((o) => o.value as number), 7]);
      }
      const res = computeMarketSplit(core, params);
      const total = sum(res.flows.map((f) => f.alpha));
      if (!(res.emitted > 0) || Math.abs(total - res.emitted) > 1e-12 * res.emitted) failures.push(`${JSON.stringify(params)}: flows ${total} of ${res.emitted}`);
      if (Math.abs(sum(res.flows.map((f) => f.share)) - 1) > 1e-12) failures.push(`${JSON.stringify(params)}: shares sum to ${sum(res.flows.map((f) => f.share))}`);
      if (Math.abs(res.validatorHalf - (res.takeFromAlpha + res.takeFromRoot + sum(res.flows.filter((f) => ['nominators', 'root', 'recycled'].includes(f.key)).map((f) => f.alpha)))) > 1e-9 * res.emitted) {
        failures.push(`${JSON.stringify(params)}: the validators' half does not equal take + nominators + root`);
      }
      if (![res.rootProp, res.alphaDividends, res.rootDividends, res.takeFromAlpha, res.takeFromRoot].every(Number.isFinite)) failures.push(`${JSON.stringify(params)}: a non-finite figure`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

// The header of a state is H.*: keep the import used (the network tests read subnets through subnetOf).
void H;
