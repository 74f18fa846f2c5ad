// Packs market scenarios (vectors schema, spec §11) into the flat arrays the wasm market core takes,
// and reads its flat results back. The slot indices mirror assembly/market/layout.ts: change both
// together (checkMarketLayout compares the sizes and the version at run time).
import type { CoreExports } from './core';
import { checkRank, checkRootRegistered, checkSubnetCount } from './market-checks';

export { MAX_SUBNETS, checkRank, checkRootRegistered, checkSubnetCount } from './market-checks';

export const MARKET_LAYOUT_VERSION = 2;

export const R = {
  AMM: 0, FEE_RATE: 1, FLAT_FEE: 2, FEE_DEST: 3, SHARES: 4, MINER_BURN: 5, GATE_MODE: 6, GATE_Q: 7, GATE_N: 8,
  GATE_H: 9, GATE_INTERVAL: 10, INJECTION: 11, CHAIN_BUY: 12, INJECT_ORDER: 13, ROOT_DIVS: 14, ROOT_SELL_FLAG: 15,
  TAO_WEIGHT: 16, LEGACY_EPOCH: 17, EMISSION_DISABLED_DEFAULT: 18, FLOW_EMA_ALPHA: 19, MIN_WEIGHT: 20,
  FEE_QUANTUM: 21, FLOW_NORM_EXPONENT: 22, FLOW_CUTOFF: 23, MIN_RESERVE: 24, MAX_INPUT_MULT: 25, WEIGHT_OVERFLOW: 26, ROOT_CLAIM_THRESHOLD: 27,
} as const;
export const RULES = 28;

export const H = {
  BLOCK: 0, ISSUANCE: 1, ROOT_TAO: 2, TAO_WEIGHT: 3, OWNER_CUT: 4, EMA_ALPHA: 5, EMA_HALVING: 6, ROOT_CLAIM: 7,
  SELL_FRAC: 8, GATE_THETA: 9,
} as const;
export const HEADER = 10;

export const S = {
  NETUID: 0, TAO: 1, ALPHA_IN: 2, W_QUOTE: 3, ALPHA_OUT: 4, PROTOCOL_ALPHA: 5, EMA: 6, MINER_BURNED: 7,
  EMISSION_ENABLED: 8, REGISTRATION_ALLOWED: 9, OWNER_CUT_ENABLED: 10, FIRST_EMISSION: 11, LAST_EPOCH: 12,
  TEMPO: 13, PEND_SERVER: 14, PEND_VALIDATOR: 15, PEND_ROOT: 16, PEND_OWNER: 17, PEND_ROOT_TAO: 18,
  USER_FLOW_EMA: 19, USER_FLOW_ACC: 20, PROTO_FLOW_EMA: 21, PROTO_FLOW_ACC: 22, MINERS: 23, VALIDATORS: 24,
  SPOT: 25, RES_TAO: 26, RES_ALPHA: 27,
} as const;
export const SUBNET_FIELDS = 28;
export const MINER_FIELDS = 2;
export const VALIDATOR_FIELDS = 9;
export const V = {
  DIV_WEIGHT: 0, ALPHA_STAKE: 1, ROOT_STAKE: 2, TAKE: 3, FUND: 4, QUEUED: 5, HELD: 6, FUND_SHARES: 7, BASKET_RATE: 8,
} as const;

/** Coinbase terms of one subnet (spec §11.2), by the key the vectors use. */
export const T = {
  eligible: 0, tao_emission: 1, alpha_emission: 2, price: 3, root_prop: 4, tao_in: 5, alpha_in: 6, excess_tao: 7,
  chain_bought_alpha: 8, owner_cut: 9, server: 10, validator: 11, root_alpha: 12, price_after: 13, price_share: 14,
  burn_weighted: 15, gated: 16, flow_value: 17, flow_share: 18, final_share: 19, skipped_tao: 20, root_sold_tao: 21,
} as const;
export type TermKey = keyof typeof T;
export const TERMS = 22;
export const B = { BLOCK: 0, EMISSION: 1, ROOT_SELL_FLAG: 2, THETA: 3, RECYCLED: 4, ELIGIBLE: 5 } as const;
export const BLOCK_TERMS = 6;
export const C = {
  alpha_emitted: 0, owner: 1, server: 2, validator: 3, root: 4, tao_emission: 5, tao_in: 6, excess_tao: 7,
  chain_bought_alpha: 8,
} as const;
export const TOTALS = 9;
export const LEDGER_FIXED_KEYS = [
  'owner_alpha', 'miner_alpha_withheld_burned', 'undistributed_validator_alpha', 'undistributed_root_alpha',
  'root_alpha_recycled', 'chain_buy_recycled_alpha', 'root_alpha_recycled_no_earner',
] as const;
export const LEDGER_VALIDATOR_KEYS = [
  'validator_take', 'nominators_alpha', 'validator_take_tao', 'root_stakers_tao', 'root_stakers_alpha',
  // market-2026h2 §B (README-2026h2 "New ledger keys")
  'basket_credit', 'basket_value_added_tao', 'basket_shares_minted', 'basket_recycled_not_on_root',
  'basket_recycled_no_root_stake',
] as const;

export const P = {
  KIND: 0, TAO: 1, ALPHA: 2, W_QUOTE: 3, FEE_RATE: 4, FLAT_FEE: 5, FEE_DEST: 6, FEE_QUANTUM: 7, MIN_RESERVE: 8,
  MAX_INPUT_MULT: 9,
} as const;
export const POOL_FIELDS = 10;
export const X = {
  CODE: 0, OP: 1, AMOUNT: 2, TO_POOL: 3, FEE_TAO: 4, FEE_ALPHA: 5, OUT: 6, AUTHOR_TAO: 7, REFUND: 8,
  PRICE_BEFORE: 9, PRICE_AFTER: 10, HIT_LIMIT: 11, AVG_PRICE: 12, SLIPPAGE: 13, IMPACT: 14, TAO_AFTER: 15,
  ALPHA_AFTER: 16, W_QUOTE_AFTER: 17,
} as const;
export const TRADE_SLOTS = 18;
export const OP_STAKE = 0;
export const OP_UNSTAKE = 1;
/** Why the core refused a trade (X.CODE); 0 = filled. */
export const REFUSAL: Record<number, string> = {
  1: 'the amount is not a positive number',
  2: 'the trade is more than 1,000 times the pool reserve it pays into',
  3: 'the pool cannot fill it: the reserve paid out would fall below its minimum (0.001)',
  4: 'the limit price is already passed, so nothing can fill',
  5: 'the pool is empty or malformed',
  6: 'no such subnet',
  7: 'there is not that much alpha outside the pool to sell',
};

/** The era presets of the reference, with the dates between which every rule of each held on
 *  mainnet `main` (spec §b.3, §c, §d.1, §8); `index` is the core's preset number. */
export const MARKET_PRESETS = [
  { id: 'dtao_2025_02', index: 0, from: '2025-02-13', to: '2025-06-29', label: 'dTAO launch: price shares, constant product, flat fee' },
  { id: 'flow_2025_12', index: 1, from: '2025-12-12', to: '2026-03-10', label: 'Taoflow: shares from net staking flow' },
  { id: 'netflow_2026_06', index: 2, from: '2026-06-01', to: '2026-06-21', label: 'Net TAO flow, protocol-owned chain buys' },
  { id: 'price_2026_06', index: 3, from: '2026-06-30', to: '2026-07-26', label: 'Price shares × (1 − miner burn), Balancer pools' },
  { id: 'gated_2026_08', index: 4, from: '2026-07-27', to: '2026-08-02', label: 'Price shares through the q-mass emission gate' },
  // market-2026h2 §F: today's era (spec 441 live 2026-08-03).
  { id: 'reborn_2026_10', index: 5, from: '2026-08-03', to: null, label: 'Rank-32 emission gate, root dividends kept in baskets (today)' },
] as const;
export type MarketPresetId = (typeof MARKET_PRESETS)[number]['id'];

/** A preset as the vectors file writes it (spec §11). */
export interface PresetJson {
  amm: 'cpmm' | 'balancer';
  fee_rate: number;
  flat_fee: number;
  fee_dest: 'pool' | 'author';
  shares: 'price' | 'flow' | 'net_flow';
  miner_burn_weighting: boolean;
  gate: null | { mode: 'quantile' | 'rank'; q: number; N: number; h: number; interval: number };
  injection: 'v1_uncapped_tao' | 'cap_min_aemit_blockemission' | 'cap_root_prop';
  chain_buy_alpha: 'none' | 'recycle' | 'protocol';
  inject_order: 'inject_only' | 'inject_then_buy' | 'weights_then_buy' | 'buy_then_inject';
  root_divs: 'sell_each_block' | 'claim' | 'basket';
  root_sell_flag: boolean;
  tao_weight: number;
  legacy_epoch: boolean;
  emission_disabled_default: boolean;
  /** market-2026h2 §C; absent = skip and recycle (market.md §11.2). */
  weight_overflow?: 'skip_and_recycle' | 'reservoir';
}

export interface MarketConstants {
  fee_rate?: number;
  owner_cut?: number;
  tao_weight?: number;
  flow_ema_alpha?: number;
  fee_quantum_tao?: number;
  balancer_min_weight?: number;
  root_claimable_threshold_tao?: number;
  [k: string]: unknown;
}

export interface PendingJson { server: number; validator: number; root: number; owner: number; root_tao: number }
export interface MinerJson { name: string; incentive: number; owner_key: boolean }
export interface ValidatorJson { name: string; div_weight: number; alpha_stake: number; root_stake: number; take: number }
export interface SubnetJson {
  netuid: number; tao: number; alpha_in: number; w_quote: number; alpha_out: number; protocol_alpha: number;
  ema_price: number; miner_burned: number; emission_enabled: boolean; registration_allowed: boolean;
  owner_cut_enabled: boolean; first_emission_block: number; last_epoch_block: number; tempo: number;
  pending: PendingJson; user_flow_ema: number; user_flow_acc: number; protocol_flow_ema: number;
  protocol_flow_acc: number; miners: MinerJson[]; validators: ValidatorJson[];
}
export interface State0Json {
  preset: string; block: number; issuance_tao: number; root_tao: number; tao_weight: number; owner_cut: number;
  ema_alpha: number; ema_halving_blocks: number; root_claim: 'swap' | 'keep'; sell_frac: number; gate_theta: number;
  subnets: SubnetJson[];
}

const pick = <K extends string>(v: string, options: readonly K[], what: string): number => {
  const k = options.indexOf(v as K);
  if (k < 0) throw new Error(`market: unknown ${what} ${JSON.stringify(v)} (expected one of ${options.join(', ')})`);
  return k;
};

/** The core's rules vector for a preset of the file, with the file's constants (spec §11). */
export function rulesFromPreset(p: PresetJson, c: MarketConstants = {}): Float64Array {
  const r = new Float64Array(RULES);
  r[R.AMM] = pick(p.amm, ['cpmm', 'balancer'], 'amm');
  r[R.FEE_RATE] = p.fee_rate;
  r[R.FLAT_FEE] = p.flat_fee ?? 0;
  r[R.FEE_DEST] = pick(p.fee_dest, ['pool', 'author'], 'fee_dest');
  r[R.SHARES] = pick(p.shares, ['price', 'flow', 'net_flow'], 'shares');
  r[R.MINER_BURN] = p.miner_burn_weighting ? 1 : 0;
  if (p.gate) {
    checkRank(p.gate.N);
    r[R.GATE_MODE] = 1 + pick(p.gate.mode, ['quantile', 'rank'], 'gate mode');
    r[R.GATE_Q] = p.gate.q;
    r[R.GATE_N] = p.gate.N;
    r[R.GATE_H] = p.gate.h;
    r[R.GATE_INTERVAL] = p.gate.interval;
  }
  r[R.INJECTION] = pick(p.injection, ['v1_uncapped_tao', 'cap_min_aemit_blockemission', 'cap_root_prop'], 'injection');
  r[R.CHAIN_BUY] = pick(p.chain_buy_alpha, ['none', 'recycle', 'protocol'], 'chain_buy_alpha');
  r[R.INJECT_ORDER] = pick(p.inject_order, ['inject_only', 'inject_then_buy', 'weights_then_buy', 'buy_then_inject'], 'inject_order');
  r[R.ROOT_DIVS] = pick(p.root_divs, ['sell_each_block', 'claim', 'basket'], 'root_divs');
  r[R.ROOT_SELL_FLAG] = p.root_sell_flag ? 1 : 0;
  r[R.TAO_WEIGHT] = p.tao_weight;
  r[R.LEGACY_EPOCH] = p.legacy_epoch ? 1 : 0;
  r[R.EMISSION_DISABLED_DEFAULT] = p.emission_disabled_default ? 1 : 0;
  r[R.FLOW_EMA_ALPHA] = c.flow_ema_alpha ?? 29_597_889_189_277 / 9_223_372_036_854_775_807;
  r[R.MIN_WEIGHT] = c.balancer_min_weight ?? 0.01;
  r[R.FEE_QUANTUM] = c.fee_quantum_tao ?? 1e-9;
  r[R.FLOW_NORM_EXPONENT] = 1;
  r[R.FLOW_CUTOFF] = 0;
  r[R.MIN_RESERVE] = 0.001;
  r[R.MAX_INPUT_MULT] = 1000;
  r[R.WEIGHT_OVERFLOW] = pick(p.weight_overflow ?? 'skip_and_recycle', ['skip_and_recycle', 'reservoir'], 'weight_overflow');
  r[R.ROOT_CLAIM_THRESHOLD] = c.root_claimable_threshold_tao ?? 0.0005;
  return r;
}

export interface PackedNetwork {
  header: Float64Array;
  subnets: Float64Array;
  miners: Float64Array;
  validators: Float64Array;
  netuids: number[];
  minerNames: string[][];
  validatorNames: string[][];
}

/** Flattens a state0 (spec §11.1) for marketLoad. `rootRegistered` names the validators that hold a UID on
 *  root (market-2026h2 §B, `inputs.root_registered_validators`); each name is one fund across subnets. */
export function packState0(s: State0Json, rootRegistered: readonly string[] = []): PackedNetwork {
  checkSubnetCount(s.subnets?.length ?? 0);
  checkRootRegistered(s, rootRegistered);
  const header = new Float64Array(HEADER);
  header[H.BLOCK] = s.block;
  header[H.ISSUANCE] = s.issuance_tao;
  header[H.ROOT_TAO] = s.root_tao ?? 0;
  header[H.TAO_WEIGHT] = s.tao_weight;
  header[H.OWNER_CUT] = s.owner_cut;
  header[H.EMA_ALPHA] = s.ema_alpha;
  header[H.EMA_HALVING] = s.ema_halving_blocks;
  header[H.ROOT_CLAIM] = s.root_claim === 'keep' ? 1 : 0;
  header[H.SELL_FRAC] = s.sell_frac ?? 0;
  header[H.GATE_THETA] = s.gate_theta ?? 0;
  const n = s.subnets.length;
  const subnets = new Float64Array(n * SUBNET_FIELDS);
  const miners: number[] = [];
  const validators: number[] = [];
  s.subnets.forEach((sn, i) => {
    const o = i * SUBNET_FIELDS;
    const put = (f: number, v: number | boolean | undefined) => (subnets[o + f] = typeof v === 'boolean' ? (v ? 1 : 0) : (v ?? 0));
    put(S.NETUID, sn.netuid);
    put(S.TAO, sn.tao);
    put(S.ALPHA_IN, sn.alpha_in);
    put(S.W_QUOTE, sn.w_quote ?? 0.5);
    put(S.ALPHA_OUT, sn.alpha_out);
    put(S.PROTOCOL_ALPHA, sn.protocol_alpha);
    put(S.EMA, sn.ema_price);
    put(S.MINER_BURNED, sn.miner_burned);
    put(S.EMISSION_ENABLED, sn.emission_enabled ?? true);
    put(S.REGISTRATION_ALLOWED, sn.registration_allowed ?? true);
    put(S.OWNER_CUT_ENABLED, sn.owner_cut_enabled ?? true);
    put(S.FIRST_EMISSION, sn.first_emission_block);
    put(S.LAST_EPOCH, sn.last_epoch_block);
    put(S.TEMPO, sn.tempo);
    put(S.PEND_SERVER, sn.pending?.server);
    put(S.PEND_VALIDATOR, sn.pending?.validator);
    put(S.PEND_ROOT, sn.pending?.root);
    put(S.PEND_OWNER, sn.pending?.owner);
    put(S.PEND_ROOT_TAO, sn.pending?.root_tao);
    put(S.USER_FLOW_EMA, sn.user_flow_ema);
    put(S.USER_FLOW_ACC, sn.user_flow_acc);
    put(S.PROTO_FLOW_EMA, sn.protocol_flow_ema);
    put(S.PROTO_FLOW_ACC, sn.protocol_flow_acc);
    put(S.MINERS, sn.miners?.length ?? 0);
    put(S.VALIDATORS, sn.validators?.length ?? 0);
    for (const m of sn.miners ?? []) miners.push(m.incentive, m.owner_key ? 1 : 0);
    for (const v of sn.validators ?? []) {
      const fund = rootRegistered.indexOf(v.name) + 1;
      validators.push(v.div_weight, v.alpha_stake, v.root_stake, v.take, fund, 0, 0, 0, 0);
    }
  });
  return {
    header,
    subnets,
    miners: Float64Array.from(miners),
    validators: Float64Array.from(validators),
    netuids: s.subnets.map((sn) => sn.netuid),
    minerNames: s.subnets.map((sn) => (sn.miners ?? []).map((m) => m.name)),
    validatorNames: s.subnets.map((sn) => (sn.validators ?? []).map((v) => v.name)),
  };
}

/** Throws unless the core's market layout is the one this file was written for. */
export function checkMarketLayout(core: CoreExports): void {
  const got = Array.from(core.marketLayout());
  const want = [MARKET_LAYOUT_VERSION, RULES, HEADER, SUBNET_FIELDS, MINER_FIELDS, VALIDATOR_FIELDS, TERMS,
    BLOCK_TERMS, TOTALS, LEDGER_FIXED_KEYS.length, LEDGER_VALIDATOR_KEYS.length, POOL_FIELDS, TRADE_SLOTS];
  if (got.join() !== want.join()) throw new Error(`market: core layout ${got.join()} differs from market-io.ts ${want.join()}`);
}

/** Loads a state0 into the core under the given rules; returns the packing (names, netuids). */
export function loadNetwork(core: CoreExports, state0: State0Json, rules: Float64Array, rootRegistered: readonly string[] = []): PackedNetwork {
  checkMarketLayout(core);
  const p = packState0(state0, rootRegistered);
  const n = core.marketLoad(rules, p.header, p.subnets, p.miners, p.validators);
  if (n !== state0.subnets.length) throw new Error('market: the core refused the network (arrays do not fit together)');
  return p;
}

/** One subnet's terms of the last block, by vectors key. */
export function termsOf(flat: Float64Array, i: number): Record<TermKey, number> {
  const o = BLOCK_TERMS + i * TERMS;
  const out = {} as Record<TermKey, number>;
  for (const [k, slot] of Object.entries(T)) out[k as TermKey] = flat[o + slot];
  return out;
}

/** Subnet i's record in a marketState() result, by S index. */
export function subnetOf(state: Float64Array, i: number): Float64Array {
  return state.subarray(HEADER + i * SUBNET_FIELDS, HEADER + (i + 1) * SUBNET_FIELDS);
}

/** Subnet i's ledger (spec §11.3) as the vectors key it: only entries whose line has run. */
export function ledgerOf(core: CoreExports, p: PackedNetwork, i: number): Record<string, number> {
  const flat = core.marketLedger(i);
  const out: Record<string, number> = {};
  const at = (k: number, key: string) => {
    if (flat[2 * k + 1]) out[key] = flat[2 * k];
  };
  at(0, LEDGER_FIXED_KEYS[0]);
  const miners = p.minerNames[i];
  miners.forEach((name, m) => at(LEDGER_FIXED_KEYS.length + m, `miner:${name}`));
  LEDGER_FIXED_KEYS.slice(1).forEach((key, k) => at(k + 1, key));
  p.validatorNames[i].forEach((name, v) => {
    const base = LEDGER_FIXED_KEYS.length + miners.length + v * LEDGER_VALIDATOR_KEYS.length;
    LEDGER_VALIDATOR_KEYS.forEach((key, k) => at(base + k, `${key}:${name}`));
  });
  return out;
}

/** A standalone pool for marketTrade from the vectors' `pool` object (spec §11.1 `swap_*`). */
export function poolArray(
  pool: { kind: string; tao: number; alpha: number; w_quote?: number; fee_rate: number; fee_dest: string; flat_fee?: number },
  c: MarketConstants = {},
): Float64Array {
  const a = new Float64Array(POOL_FIELDS);
  a[P.KIND] = pick(pool.kind, ['cpmm', 'balancer'], 'pool kind');
  a[P.TAO] = pool.tao;
  a[P.ALPHA] = pool.alpha;
  a[P.W_QUOTE] = pool.w_quote ?? 0.5;
  a[P.FEE_RATE] = pool.fee_rate;
  a[P.FLAT_FEE] = pool.flat_fee ?? 0;
  a[P.FEE_DEST] = pick(pool.fee_dest, ['pool', 'author'], 'fee_dest');
  a[P.FEE_QUANTUM] = c.fee_quantum_tao ?? 1e-9;
  a[P.MIN_RESERVE] = 0.001;
  a[P.MAX_INPUT_MULT] = 1000;
  return a;
}

/** A trade record (X_*) by name. */
export function tradeOf(flat: Float64Array, offset = 0) {
  const g = (k: number) => flat[offset + k];
  return {
    code: g(X.CODE), op: g(X.OP), amount: g(X.AMOUNT), toPool: g(X.TO_POOL), feeTao: g(X.FEE_TAO),
    feeAlpha: g(X.FEE_ALPHA), out: g(X.OUT), authorTao: g(X.AUTHOR_TAO), refund: g(X.REFUND),
    priceBefore: g(X.PRICE_BEFORE), priceAfter: g(X.PRICE_AFTER), hitLimit: g(X.HIT_LIMIT) !== 0,
    avgPrice: g(X.AVG_PRICE), slippage: g(X.SLIPPAGE), impact: g(X.IMPACT), taoAfter: g(X.TAO_AFTER),
    alphaAfter: g(X.ALPHA_AFTER), wQuoteAfter: g(X.W_QUOTE_AFTER),
  };
}
export type TradeRecord = ReturnType<typeof tradeOf>;

/** Everything of the loaded network that later blocks read: the rules, the scalars and subnet records
 *  (marketState), the miners (never changed by a block) and the validators (their stakes grow each
 *  epoch). The last block's terms, the totals and the ledger are outputs only (every block writes the
 *  terms it reads before reading them; totals and ledger are only added to), so they are not kept:
 *  after restoreNetwork they count from the restore. Blocks run after a restore are bit for bit the
 *  blocks the saved network would have run (tests/unit/market-emission-resume.test.ts). */
export interface NetworkSnapshot {
  rules: Float64Array;
  header: Float64Array;
  subnets: Float64Array;
  miners: Float64Array;
  validators: Float64Array;
}

/** Saves the loaded network (loaded with `rules`; `miners` as packed for marketLoad). */
export function saveNetwork(core: CoreExports, rules: Float64Array, miners: Float64Array): NetworkSnapshot {
  const st = core.marketState();
  return { rules, header: st.slice(0, HEADER), subnets: st.slice(HEADER), miners, validators: core.marketValidators() };
}

/** Loads a saved network back into the core (the snapshot itself is not changed, so it can be reused). */
export function restoreNetwork(core: CoreExports, snap: NetworkSnapshot): void {
  checkMarketLayout(core);
  const n = core.marketLoad(snap.rules, snap.header, snap.subnets, snap.miners, snap.validators);
  if (n !== snap.subnets.length / SUBNET_FIELDS) throw new Error('market: the core refused a saved network');
}

