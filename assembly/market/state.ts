// The simulated network (spec §11.1): scalars, one SUBNET_FIELDS record per subnet, miners and
// validators per subnet, the last block's coinbase terms, running totals and the ledger. Everything
// is sized once at load, so stepping blocks never allocates.
import {
  RULES, HEADER, H_BLOCK, H_ISSUANCE, H_ROOT_TAO, H_TAO_WEIGHT, H_OWNER_CUT, H_EMA_ALPHA, H_EMA_HALVING,
  H_ROOT_CLAIM, H_SELL_FRAC, H_GATE_THETA, SUBNET_FIELDS, S_MINERS, S_VALIDATORS, S_TAO, S_ALPHA_IN,
  S_W_QUOTE, S_SPOT, MINER_FIELDS, VALIDATOR_FIELDS, TERMS, TOTALS, LEDGER_FIXED, LEDGER_PER_VALIDATOR,
  BLOCK_TERMS, R_AMM,
} from './layout';
import { spotPrice } from './pool';
import { MAX_SUBNETS } from './shares';

export class Network {
  n: i32;
  rules: StaticArray<f64> = new StaticArray<f64>(RULES);
  block: f64 = 0;
  issuance: f64 = 0;
  rootTao: f64 = 0;
  taoWeight: f64 = 0;
  ownerCut: f64 = 0;
  emaAlpha: f64 = 0;
  emaHalving: f64 = 0;
  rootClaimKeep: bool = false;
  sellFrac: f64 = 0;
  gateTheta: f64 = 0;
  /** n × SUBNET_FIELDS. */
  s: StaticArray<f64>;
  /** First miner / validator record of each subnet. */
  minerStart: StaticArray<i32>;
  validatorStart: StaticArray<i32>;
  miners: StaticArray<f64>;
  validators: StaticArray<f64>;
  /** Ledger of each subnet: (value, touched) pairs, fixed entries, then miners, then validators. */
  ledgerStart: StaticArray<i32>;
  ledger: StaticArray<f64>;
  /** Last block's terms: BLOCK_TERMS, then n × TERMS. */
  terms: StaticArray<f64>;
  totals: StaticArray<f64>;
  /** Scratch for the coinbase: eligible subnet indices and dense per-eligible vectors (shares.ts). */
  eligible: StaticArray<i32>;
  w0: StaticArray<f64>;
  w1: StaticArray<f64>;
  w2: StaticArray<f64>;
  w3: StaticArray<f64>;
  w4: StaticArray<f64>;
  sortBuf: StaticArray<f64>;

  constructor(n: i32, nMiners: i32, nValidators: i32) {
    this.n = n;
    this.s = new StaticArray<f64>(n * SUBNET_FIELDS);
    this.minerStart = new StaticArray<i32>(n + 1);
    this.validatorStart = new StaticArray<i32>(n + 1);
    this.miners = new StaticArray<f64>(nMiners * MINER_FIELDS);
    this.validators = new StaticArray<f64>(nValidators * VALIDATOR_FIELDS);
    this.ledgerStart = new StaticArray<i32>(n + 1);
    this.ledger = new StaticArray<f64>(2 * (n * LEDGER_FIXED + nMiners + nValidators * LEDGER_PER_VALIDATOR));
    this.terms = new StaticArray<f64>(BLOCK_TERMS + n * TERMS);
    this.totals = new StaticArray<f64>(n * TOTALS);
    this.eligible = new StaticArray<i32>(n);
    this.w0 = new StaticArray<f64>(n);
    this.w1 = new StaticArray<f64>(n);
    this.w2 = new StaticArray<f64>(n);
    this.w3 = new StaticArray<f64>(n);
    this.w4 = new StaticArray<f64>(n);
    this.sortBuf = new StaticArray<f64>(n);
  }

  // @ts-ignore: decorator
  @inline get(i: i32, f: i32): f64 {
    return unchecked(this.s[i * SUBNET_FIELDS + f]);
  }

  // @ts-ignore: decorator
  @inline set(i: i32, f: i32, v: f64): void {
    unchecked((this.s[i * SUBNET_FIELDS + f] = v));
  }

  // @ts-ignore: decorator
  @inline add(i: i32, f: i32, v: f64): void {
    const k = i * SUBNET_FIELDS + f;
    unchecked((this.s[k] = this.s[k] + v));
  }

  // @ts-ignore: decorator
  @inline term(i: i32, f: i32): f64 {
    return unchecked(this.terms[BLOCK_TERMS + i * TERMS + f]);
  }

  // @ts-ignore: decorator
  @inline setTerm(i: i32, f: i32, v: f64): void {
    unchecked((this.terms[BLOCK_TERMS + i * TERMS + f] = v));
  }

  // @ts-ignore: decorator
  @inline rule(r: i32): f64 {
    return unchecked(this.rules[r]);
  }

  spot(i: i32): f64 {
    return spotPrice(<i32>this.rule(R_AMM), this.get(i, S_TAO), this.get(i, S_ALPHA_IN), this.get(i, S_W_QUOTE));
  }

  /** Adds `v` to ledger entry `slot` (absolute index of its pair) and marks it as existing (§11.3). */
  // @ts-ignore: decorator
  @inline credit(slot: i32, v: f64): void {
    unchecked((this.ledger[2 * slot] = this.ledger[2 * slot] + v));
    unchecked((this.ledger[2 * slot + 1] = 1));
  }

  /** Pair index of subnet i's fixed ledger entry `k` (L_*). */
  // @ts-ignore: decorator
  @inline fixedSlot(i: i32, k: i32): i32 {
    return unchecked(this.ledgerStart[i]) + k;
  }

  /** Pair index of miner record `m` (absolute) of subnet i. */
  // @ts-ignore: decorator
  @inline minerSlot(i: i32, m: i32): i32 {
    return unchecked(this.ledgerStart[i]) + LEDGER_FIXED + (m - unchecked(this.minerStart[i]));
  }

  /** Pair index of validator record `v` (absolute) of subnet i, entry `k` (LV_*). */
  // @ts-ignore: decorator
  @inline validatorSlot(i: i32, v: i32, k: i32): i32 {
    const nm = unchecked(this.minerStart[i + 1]) - unchecked(this.minerStart[i]);
    return unchecked(this.ledgerStart[i]) + LEDGER_FIXED + nm + (v - unchecked(this.validatorStart[i])) * LEDGER_PER_VALIDATOR + k;
  }
}

/** Builds a network from the flat state0 (spec §11.1; layouts in layout.ts); null if the arrays do
 *  not fit together or there are more than MAX_SUBNETS (128) subnets. Called by marketLoad. */
export function buildNetwork(
  rules: Float64Array, header: Float64Array, subnets: Float64Array, miners: Float64Array, validators: Float64Array,
): Network | null {
  if (rules.length < RULES || header.length < HEADER || subnets.length % SUBNET_FIELDS != 0) return null;
  const n = subnets.length / SUBNET_FIELDS;
  if (n > MAX_SUBNETS) return null;
  let nm = 0;
  let nv = 0;
  for (let i = 0; i < n; i++) {
    const a = subnets[i * SUBNET_FIELDS + S_MINERS];
    const b = subnets[i * SUBNET_FIELDS + S_VALIDATORS];
    if (!(a >= 0) || !(b >= 0)) return null;
    nm += <i32>a;
    nv += <i32>b;
  }
  if (miners.length != nm * MINER_FIELDS || validators.length != nv * VALIDATOR_FIELDS) return null;
  const net = new Network(n, nm, nv);
  for (let k = 0; k < RULES; k++) net.rules[k] = rules[k];
  net.block = header[H_BLOCK];
  net.issuance = header[H_ISSUANCE];
  net.rootTao = header[H_ROOT_TAO];
  net.taoWeight = header[H_TAO_WEIGHT];
  net.ownerCut = header[H_OWNER_CUT];
  net.emaAlpha = header[H_EMA_ALPHA];
  net.emaHalving = header[H_EMA_HALVING];
  net.rootClaimKeep = header[H_ROOT_CLAIM] != 0;
  net.sellFrac = header[H_SELL_FRAC];
  net.gateTheta = header[H_GATE_THETA];
  for (let k = 0; k < n * SUBNET_FIELDS; k++) net.s[k] = subnets[k];
  for (let k = 0; k < miners.length; k++) net.miners[k] = miners[k];
  for (let k = 0; k < validators.length; k++) net.validators[k] = validators[k];
  let m = 0;
  let v = 0;
  let l = 0;
  for (let i = 0; i < n; i++) {
    net.minerStart[i] = m;
    net.validatorStart[i] = v;
    net.ledgerStart[i] = l;
    const a = <i32>net.get(i, S_MINERS);
    const b = <i32>net.get(i, S_VALIDATORS);
    m += a;
    v += b;
    l += LEDGER_FIXED + a + b * LEDGER_PER_VALIDATOR;
    net.set(i, S_SPOT, net.spot(i));
  }
  net.minerStart[n] = m;
  net.validatorStart[n] = v;
  net.ledgerStart[n] = l;
  return net;
}
