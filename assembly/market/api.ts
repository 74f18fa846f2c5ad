// The market core's entry points for the Web Worker and the scenario runner (flat typed arrays in
// and out; layouts in layout.ts). One network is held at a time: marketLoad replaces it, marketStep
// advances it, the read functions copy parts of it out.
import { Network, buildNetwork } from './state';
import { stepBlock, userTrade, refreshSpots } from './block';
import { collectEligible, shareStages } from './coinbase';
import { TRADE } from './trade';
import { marketPresetRules } from './presets';
import { SplitMix64 } from '../rng';
import {
  RULES, HEADER, H_BLOCK, H_ISSUANCE, H_ROOT_TAO, H_TAO_WEIGHT, H_OWNER_CUT, H_EMA_ALPHA, H_EMA_HALVING,
  H_ROOT_CLAIM, H_SELL_FRAC, H_GATE_THETA, SUBNET_FIELDS, MINER_FIELDS, VALIDATOR_FIELDS, TERMS, BLOCK_TERMS,
  TOTALS, LEDGER_FIXED, LEDGER_PER_VALIDATOR, POOL_FIELDS, TRADE_SLOTS, S_EMA, T_FINAL_SHARE, REFUSED_NO_SUBNET,
  S_NETUID, S_TAO, S_ALPHA_IN, S_W_QUOTE, S_ALPHA_OUT, S_MINER_BURNED, S_EMISSION_ENABLED,
  S_REGISTRATION_ALLOWED, S_OWNER_CUT_ENABLED, S_FIRST_EMISSION, S_LAST_EPOCH, S_TEMPO, S_MINERS,
  S_VALIDATORS, S_USER_FLOW_EMA, S_PROTO_FLOW_EMA, M_INCENTIVE, M_OWNER_KEY, V_DIV_WEIGHT, V_ALPHA_STAKE, V_ROOT_STAKE, V_TAKE,
  V_FUND,
} from './layout';

/** Bumped whenever a layout in layout.ts changes; market-io.ts refuses a core of another version. */
export const MARKET_LAYOUT_VERSION = 2;

let NET: Network | null = null;

/** Sizes of every flat record, for market-io.ts to check against its own copy of the layout. */
export function marketLayout(): Float64Array {
  const out = new Float64Array(13);
  out[0] = <f64>MARKET_LAYOUT_VERSION;
  out[1] = <f64>RULES;
  out[2] = <f64>HEADER;
  out[3] = <f64>SUBNET_FIELDS;
  out[4] = <f64>MINER_FIELDS;
  out[5] = <f64>VALIDATOR_FIELDS;
  out[6] = <f64>TERMS;
  out[7] = <f64>BLOCK_TERMS;
  out[8] = <f64>TOTALS;
  out[9] = <f64>LEDGER_FIXED;
  out[10] = <f64>LEDGER_PER_VALIDATOR;
  out[11] = <f64>POOL_FIELDS;
  out[12] = <f64>TRADE_SLOTS;
  return out;
}

/** Loads a network from state0 (§11.1) with an era's rules; returns its subnet count, or −1 if the
 *  arrays do not fit together (the old network is then dropped). Runner and worker call it first. */
export function marketLoad(
  rules: Float64Array, header: Float64Array, subnets: Float64Array, miners: Float64Array, validators: Float64Array,
): i32 {
  const net = buildNetwork(rules, header, subnets, miners, validators);
  NET = net;
  return net ? net.n : -1;
}

/** Runs `blocks` blocks (§11.2, no trades) on the loaded network; returns the block reached (−1 if
 *  none is loaded). */
export function marketStep(blocks: i32): f64 {
  const net = NET;
  if (!net) return -1;
  for (let k = 0; k < blocks; k++) stepBlock(net);
  return net.block;
}

/** The last block's terms: BLOCK_TERMS block values (B_*), then TERMS per subnet (T_*, §11.2). */
export function marketTerms(): Float64Array {
  const net = NET;
  if (!net) return new Float64Array(0);
  const out = new Float64Array(net.terms.length);
  for (let k = 0; k < net.terms.length; k++) out[k] = unchecked(net.terms[k]);
  return out;
}

/** The network now: HEADER scalars (H_*), then one SUBNET_FIELDS record per subnet with S_SPOT set. */
export function marketState(): Float64Array {
  const net = NET;
  if (!net) return new Float64Array(0);
  refreshSpots(net);
  const out = new Float64Array(HEADER + net.s.length);
  out[H_BLOCK] = net.block;
  out[H_ISSUANCE] = net.issuance;
  out[H_ROOT_TAO] = net.rootTao;
  out[H_TAO_WEIGHT] = net.taoWeight;
  out[H_OWNER_CUT] = net.ownerCut;
  out[H_EMA_ALPHA] = net.emaAlpha;
  out[H_EMA_HALVING] = net.emaHalving;
  out[H_ROOT_CLAIM] = net.rootClaimKeep ? 1 : 0;
  out[H_SELL_FRAC] = net.sellFrac;
  out[H_GATE_THETA] = net.gateTheta;
  for (let k = 0; k < net.s.length; k++) out[HEADER + k] = unchecked(net.s[k]);
  return out;
}

/** Per-subnet sums of the coinbase terms since load (TOTALS each, C_*). */
export function marketTotals(): Float64Array {
  const net = NET;
  if (!net) return new Float64Array(0);
  const out = new Float64Array(net.totals.length);
  for (let k = 0; k < net.totals.length; k++) out[k] = unchecked(net.totals[k]);
  return out;
}

/** Subnet index i's ledger (§11.3) as (value, touched) pairs: LEDGER_FIXED entries (L_*), one per
 *  miner, LEDGER_PER_VALIDATOR per validator (LV_*). */
export function marketLedger(i: i32): Float64Array {
  const net = NET;
  if (!net || i < 0 || i >= net.n) return new Float64Array(0);
  const a = 2 * unchecked(net.ledgerStart[i]);
  const b = 2 * unchecked(net.ledgerStart[i + 1]);
  const out = new Float64Array(b - a);
  for (let k = a; k < b; k++) out[k - a] = unchecked(net.ledger[k]);
  return out;
}

/** Every validator record now (VALIDATOR_FIELDS each, list order): their stakes grow each epoch. */
export function marketValidators(): Float64Array {
  const net = NET;
  if (!net) return new Float64Array(0);
  const out = new Float64Array(net.validators.length);
  for (let k = 0; k < net.validators.length; k++) out[k] = unchecked(net.validators[k]);
  return out;
}

/** A user's stake (op 0, TAO) or unstake (op 1, alpha) on subnet index i, limit TAO/alpha (≤ 0 none),
 *  after the current block (§11.2 step 6). Returns the trade record (X_*); X_CODE ≠ 0 = refused. */
export function marketUserTrade(i: i32, op: i32, amount: f64, limit: f64): Float64Array {
  const out = new Float64Array(TRADE_SLOTS);
  const net = NET;
  if (!net) {
    out[0] = <f64>REFUSED_NO_SUBNET;
    return out;
  }
  userTrade(net, i, op, amount, limit);
  for (let k = 0; k < TRADE_SLOTS; k++) out[k] = unchecked(TRADE[k]);
  return out;
}

/** Share stages of the current state without running a block (§b.3; the flow EMAs are advanced only
 *  if `updateFlow`): returns marketTerms() with the share terms filled, nothing else changed. */
export function marketComputeShares(updateFlow: bool): Float64Array {
  const net = NET;
  if (!net) return new Float64Array(0);
  const m = collectEligible(net, net.block);
  shareStages(net, m, updateFlow);
  return marketTerms();
}

export const SIM_TRADE_FIELDS = 5; // [block offset, subnet index, op, amount, limit]

/** Runs `blocks` blocks with user trades (rows of SIM_TRADE_FIELDS, by block offset, run after that
 *  block) and samples after block k for k = first, first + every, …: [samples, n, trades, 0], then per
 *  sample [block, final share × n, spot × n, EMA × n], then each trade's record (X_*). Widget (2). */
export function marketSimulate(blocks: i32, first: i32, every: i32, trades: Float64Array): Float64Array {
  const net = NET;
  if (!net || blocks < 0 || every < 1 || trades.length % SIM_TRADE_FIELDS != 0) return new Float64Array(0);
  const n = net.n;
  const nt = trades.length / SIM_TRADE_FIELDS;
  const samples = blocks >= first && first >= 1 ? (blocks - first) / every + 1 : 0;
  const row = 1 + 3 * n;
  const base = 4 + samples * row;
  const out = new Float64Array(base + nt * TRADE_SLOTS);
  out[0] = <f64>samples;
  out[1] = <f64>n;
  out[2] = <f64>nt;
  let s = 0;
  for (let k = 1; k <= blocks; k++) {
    stepBlock(net);
    if (k >= first && first >= 1 && (k - first) % every == 0 && s < samples) {
      const o = 4 + s * row;
      out[o] = net.block;
      for (let i = 0; i < n; i++) {
        out[o + 1 + i] = net.term(i, T_FINAL_SHARE);
        out[o + 1 + n + i] = net.spot(i);
        out[o + 1 + 2 * n + i] = net.get(i, S_EMA);
      }
      s++;
    }
    for (let t = 0; t < nt; t++) {
      const r = t * SIM_TRADE_FIELDS;
      if (<i32>trades[r] != k) continue;
      userTrade(net, <i32>trades[r + 1], <i32>trades[r + 2], trades[r + 3], trades[r + 4]);
      for (let x = 0; x < TRADE_SLOTS; x++) out[base + t * TRADE_SLOTS + x] = unchecked(TRADE[x]);
    }
  }
  return out;
}

/** Loads a seeded random network of `n` subnets under era `preset` (0–5, presets.ts) for benchmarks
 *  and demos: mainnet-like pools, prices, EMA and a 360-block tempo staggered by subnet. Returns n. */
export function marketLoadRandom(n: i32, preset: i32, seed: i32): i32 {
  const rules = marketPresetRules(preset);
  if (rules.length == 0 || n < 1) return -1;
  const rng = new SplitMix64(<u64>seed);
  const header = new Float64Array(HEADER);
  header[H_BLOCK] = 7_800_000;
  header[H_ISSUANCE] = 10_900_000;
  header[H_ROOT_TAO] = 6_500_000;
  header[H_TAO_WEIGHT] = 0.18;
  header[H_OWNER_CUT] = 11796.0 / 65535.0;
  header[H_EMA_ALPHA] = 0.0003;
  header[H_EMA_HALVING] = 201_600;
  const subnets = new Float64Array(n * SUBNET_FIELDS);
  const miners = new Float64Array(n * 2 * MINER_FIELDS);
  const validators = new Float64Array(n * 2 * VALIDATOR_FIELDS);
  for (let i = 0; i < n; i++) {
    const o = i * SUBNET_FIELDS;
    const tao = 1000 + 49000 * uniform(rng);
    const price = Math.exp(Math.log(0.0005) + (Math.log(0.2) - Math.log(0.0005)) * uniform(rng));
    subnets[o + S_NETUID] = <f64>(i + 1);
    subnets[o + S_TAO] = tao;
    subnets[o + S_ALPHA_IN] = tao / price;
    subnets[o + S_W_QUOTE] = 0.5;
    subnets[o + S_ALPHA_OUT] = 100_000 + 3_000_000 * uniform(rng);
    subnets[o + S_EMA] = price * (0.8 + 0.4 * uniform(rng));
    subnets[o + S_MINER_BURNED] = uniform(rng) < 0.3 ? uniform(rng) : 0;
    subnets[o + S_EMISSION_ENABLED] = uniform(rng) < 0.9 ? 1 : 0;
    // Flow EMAs (TAO/block) for the flow eras: mostly inflow, a fifth of subnets in net outflow.
    subnets[o + S_USER_FLOW_EMA] = uniform(rng) - 0.2;
    subnets[o + S_PROTO_FLOW_EMA] = 0.3 * uniform(rng);
    subnets[o + S_REGISTRATION_ALLOWED] = 1;
    subnets[o + S_OWNER_CUT_ENABLED] = 1;
    subnets[o + S_FIRST_EMISSION] = 1_000_000;
    subnets[o + S_LAST_EPOCH] = 7_800_000 - <f64>(i % 360);
    subnets[o + S_TEMPO] = 360;
    subnets[o + S_MINERS] = 2;
    subnets[o + S_VALIDATORS] = 2;
    for (let m = 0; m < 2; m++) {
      miners[(i * 2 + m) * MINER_FIELDS + M_INCENTIVE] = uniform(rng);
      miners[(i * 2 + m) * MINER_FIELDS + M_OWNER_KEY] = m == 1 && uniform(rng) < 0.2 ? 1 : 0;
      const v = (i * 2 + m) * VALIDATOR_FIELDS;
      validators[v + V_DIV_WEIGHT] = 0.5;
      validators[v + V_ALPHA_STAKE] = 1000 + 100_000 * uniform(rng);
      validators[v + V_ROOT_STAKE] = m == 0 ? 100_000 * uniform(rng) : 0;
      validators[v + V_TAKE] = 0.18;
      // The root-staked validator of each subnet holds a root UID: its own fund (market-2026h2 §B).
      validators[v + V_FUND] = m == 0 ? <f64>(i + 1) : 0;
    }
  }
  return marketLoad(rules, header, subnets, miners, validators);
}

function uniform(rng: SplitMix64): f64 {
  return <f64>(rng.next() >> 11) / 9007199254740992.0;
}
