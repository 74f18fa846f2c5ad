// "Who gets the emission?": six subnets and their pools under one era's share rule; a whale buys into
// one of them (with new TAO, or by selling another subnet's alpha) on a chosen day, and the figure
// follows every subnet's share of the TAO block emission, sampled every 600 blocks (2 hours).
// Schema, the network handed to the core, the run (in the engine) and the sentences that describe it.
// Speed: one run of 6 subnets costs ≈ 1.2 µs per block in the release core (Node or Chromium, quiet
// machine): ≈ 45 ms for the default 5 days, ≈ 250 ms for 30 days. The 30-day default is too
// slow to follow a drag, so the horizon is a slider (1–30 days) that starts at 5.
import type { CoreExports } from '../engine/core';
import {
  MARKET_PRESETS, OP_STAKE, OP_UNSTAKE, REFUSAL, S, loadNetwork, restoreNetwork, saveNetwork, subnetOf, termsOf,
  tradeOf, type NetworkSnapshot, type State0Json, type SubnetJson, type TradeRecord,
} from '../engine/market-io';
import type { Param, ParamValues } from '../state/schema';
import { ERAS } from './market-eras';

export { ERAS };

export const BLOCKS_PER_DAY = 7200;
/** Shares are sampled every 600 blocks (2 hours): 12 points a day. */
export const SAMPLE_EVERY = 600;

const OWNER_CUT = 11_796 / 65_535;

interface SubnetDef {
  name: string;
  /** What sets it apart, for the legend and the table. */
  note: string;
  tao: number;
  price: number;
  alphaOut: number;
  /** Fraction of miner pay the owner's own miners take (withheld and burned each epoch). */
  burned: number;
  /** Net staking inflow, TAO per block (30-day EMA), used by the flow eras. */
  flow: number;
}

/** The illustrative network (not real subnets): pool sizes and prices of the order of mainnet's. */
export const SUBNETS: readonly SubnetDef[] = [
  { name: 'SN1', note: 'largest pool', tao: 40_000, price: 0.08, alphaOut: 4_000_000, burned: 0, flow: 0.15 },
  { name: 'SN2', note: 'large pool', tao: 20_000, price: 0.05, alphaOut: 3_000_000, burned: 0, flow: 0.08 },
  { name: 'SN3', note: 'owner’s own miners take half the miner pay', tao: 16_000, price: 0.04, alphaOut: 2_500_000, burned: 0.5, flow: 0.12 },
  { name: 'SN4', note: 'mid-size pool', tao: 8_000, price: 0.02, alphaOut: 2_000_000, burned: 0, flow: 0.05 },
  { name: 'SN5', note: 'small pool', tao: 5_000, price: 0.015, alphaOut: 1_200_000, burned: 0, flow: 0.03 },
  { name: 'SN6', note: 'stakers leaving (net outflow)', tao: 4_000, price: 0.01, alphaOut: 1_500_000, burned: 0, flow: -0.02 },
];
export const NAMES = SUBNETS.map((s) => s.name);


const tao = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 0 });
const day = (v: number) => `day ${v}`;

export const schema: readonly Param[] = [
  {
    kind: 'choice',
    id: 'era',
    label: 'Era (share rule)',
    options: MARKET_PRESETS.map((p, i) => ({ value: i, label: `${ERAS[i].short} · ${p.from.slice(0, 7)}` })),
    default: MARKET_PRESETS.length - 1,
    source: 'emission-eras',
  },
  {
    kind: 'number',
    id: 'whaleTao',
    label: 'Whale’s trade',
    unit: 'TAO',
    min: 0,
    max: 20_000,
    step: 100,
    scale: 'linear',
    default: 2_000,
    source: 'assumption',
    format: tao,
  },
  {
    kind: 'choice',
    id: 'to',
    label: 'Whale buys into',
    options: SUBNETS.map((s, i) => ({ value: i + 1, label: s.name })),
    default: 5,
    source: 'assumption',
  },
  {
    kind: 'choice',
    id: 'from',
    label: 'Paid with',
    options: [{ value: 0, label: 'new TAO' }, ...SUBNETS.map((s, i) => ({ value: i + 1, label: `${s.name}’s alpha` }))],
    default: 0,
    source: 'assumption',
  },
  {
    kind: 'number',
    id: 'tradeDay',
    label: 'Trade on',
    unit: '',
    min: 0,
    max: 29,
    step: 1,
    scale: 'linear',
    default: 1,
    source: 'assumption',
    format: day,
  },
  {
    kind: 'number',
    id: 'days',
    label: 'Days simulated',
    unit: 'days',
    min: 1,
    max: 30,
    step: 1,
    scale: 'linear',
    default: 5,
    source: 'assumption',
    format: (v) => String(v),
  },
];

// ---- the network ---------------------------------------------------------------------------------

/** Each subnet's one validator is also registered on root, as the large validators are, so under
 *  today's era (market-2026h2 §B) its root dividends go to its fund rather than being recycled. */
const ROOT_VALIDATOR = 'validator';
export const ROOT_REGISTERED = [ROOT_VALIDATOR] as const;

/** The starting state: 10.7M TAO issued (0.5 TAO per block), 5.7M TAO on root, mainnet EMA settings.
 *  Every era runs on this same network, so only the share rule changes. */
export function network(): State0Json {
  const block = 7_800_000;
  const totalEma = SUBNETS.reduce((a, s) => a + s.price, 0);
  const subnets: SubnetJson[] = SUBNETS.map((s, i) => ({
    netuid: i + 1,
    tao: s.tao,
    alpha_in: s.tao / s.price,
    w_quote: 0.5,
    alpha_out: s.alphaOut,
    protocol_alpha: 0,
    ema_price: s.price,
    miner_burned: s.burned,
    emission_enabled: true,
    registration_allowed: true,
    owner_cut_enabled: true,
    first_emission_block: 1_000_000,
    last_epoch_block: block - 1 - 37 * i,
    tempo: 360,
    pending: { server: 0, validator: 0, root: 0, owner: 0, root_tao: 0 },
    user_flow_ema: s.flow,
    user_flow_acc: 0,
    // The protocol's own flow starts at each subnet's price share of the 0.5 TAO block emission.
    protocol_flow_ema: (0.5 * s.price) / totalEma,
    protocol_flow_acc: 0,
    miners:
      s.burned > 0
        ? [
            { name: 'miner', incentive: 1 - s.burned, owner_key: false },
            { name: 'owner miner', incentive: s.burned, owner_key: true },
          ]
        : [{ name: 'miner', incentive: 1, owner_key: false }],
    validators: [{ name: ROOT_VALIDATOR, div_weight: 1, alpha_stake: 0.3 * s.alphaOut, root_stake: 100_000, take: OWNER_CUT }],
  }));
  return {
    preset: MARKET_PRESETS[MARKET_PRESETS.length - 1].id,
    block,
    issuance_tao: 10_700_000,
    root_tao: 5_700_000,
    tao_weight: 0.18,
    owner_cut: OWNER_CUT,
    ema_alpha: 0.0003,
    ema_halving_blocks: 201_600,
    root_claim: 'swap',
    sell_frac: 0,
    gate_theta: 0,
    subnets,
  };
}

// ---- one run ------------------------------------------------------------------------------------

export interface RunPlan {
  blocks: number;
  /** First sampled block (≥ 1) and the spacing; samples are taken after the block's EMA update. */
  first: number;
  every: number;
  /** The whale trades after this block (1 ≤ tradeBlock ≤ blocks); amount 0 = no trade. */
  tradeBlock: number;
  /** Subnet index bought into, the index whose alpha pays for it (−1 = new TAO), TAO value. */
  to: number;
  from: number;
  tao: number;
  /** Also sample the shares before the first block (marketComputeShares), as block 0. */
  sampleStart: boolean;
}

export interface RunSeries {
  /** Block offset of each sample (0 = the starting state). */
  blocks: number[];
  /** [subnet][sample] final share of the block emission, spot and EMA price. */
  shares: number[][];
  spot: number[][];
  ema: number[][];
  sell: TradeRecord | null;
  buy: TradeRecord | null;
  /** REFUSAL code of the trade that was refused (0 = none); nothing moved then. */
  refused: number;
}

/** Appends the samples of one marketSimulate result ([samples, n, trades, 0], then rows of
 *  [block, share × n, spot × n, EMA × n]), at block offsets from the starting block. */
function appendSamples(out: RunSeries, flat: Float64Array, startBlock: number): void {
  const samples = flat[0];
  const n = flat[1];
  const row = 1 + 3 * n;
  for (let s = 0; s < samples; s++) {
    const o = 4 + s * row;
    out.blocks.push(flat[o] - startBlock);
    for (let i = 0; i < n; i++) {
      out.shares[i].push(flat[o + 1 + i]);
      out.spot[i].push(flat[o + 1 + n + i]);
      out.ema[i].push(flat[o + 1 + 2 * n + i]);
    }
  }
}

/** An empty series for n subnets. */
const emptySeries = (n: number): RunSeries => ({
  blocks: [], shares: Array.from({ length: n }, () => []), spot: Array.from({ length: n }, () => []),
  ema: Array.from({ length: n }, () => []), sell: null, buy: null, refused: 0,
});

/** Samples the shares of the state just loaded (marketComputeShares) as block 0. */
function sampleStart(core: CoreExports, out: RunSeries, n: number): void {
  const terms = core.marketComputeShares(false);
  const st = core.marketState();
  out.blocks.push(0);
  for (let i = 0; i < n; i++) {
    const sub = subnetOf(st, i);
    out.shares[i].push(termsOf(terms, i).final_share);
    out.spot[i].push(sub[S.SPOT]);
    out.ema[i].push(sub[S.EMA]);
  }
}

/** The first grid block after block offset k (the sample grid continues across a split at k). */
const nextGrid = (plan: RunPlan, k: number) =>
  k < plan.first ? plan.first : plan.first + (Math.floor((k - plan.first) / plan.every) + 1) * plan.every;

/** The block the whale trades after, clamped to the run. */
const tradeBlockOf = (plan: RunPlan) => Math.min(Math.max(1, Math.floor(plan.tradeBlock)), plan.blocks);

const NONE = new Float64Array(0);

/** The whale's trade (one or two marketUserTrade calls) on the loaded network, recorded in `out`. */
function trade(core: CoreExports, plan: RunPlan, out: RunSeries): void {
  if (!(plan.tao > 0)) return;
  let pay = plan.tao;
  if (plan.from >= 0) {
    // Sell alpha worth `tao` at the spot price now; the TAO it fetches pays for the buy.
    const spot = subnetOf(core.marketState(), plan.from)[S.SPOT];
    const sell = tradeOf(core.marketUserTrade(plan.from, OP_UNSTAKE, spot > 0 ? plan.tao / spot : Infinity, 0));
    out.sell = sell;
    if (sell.code) out.refused = sell.code;
    pay = sell.code ? 0 : sell.out;
  }
  if (pay > 0) {
    const buy = tradeOf(core.marketUserTrade(plan.to, OP_STAKE, pay, 0));
    out.buy = buy;
    if (buy.code) out.refused = buy.code;
  }
}

/** Runs the loaded network from block offset k to the end of the plan, sampling on its grid. */
function runOn(core: CoreExports, plan: RunPlan, k: number, out: RunSeries, startBlock: number): void {
  if (plan.blocks > k) appendSamples(out, core.marketSimulate(plan.blocks - k, nextGrid(plan, k) - k, plan.every, NONE), startBlock);
}

/** Runs one plan on a state0 under a rules vector: one marketLoad, two marketSimulate calls around
 *  the whale's trade (one or two marketUserTrade calls). Pure: the same inputs give the same series.
 *  The plain full run: the widget resumes from a kept trunk instead (runFromTrunk), bit for bit the same. */
export function runPlan(core: CoreExports, state0: State0Json, rules: Float64Array, plan: RunPlan, rootRegistered: readonly string[] = []): RunSeries {
  const n = state0.subnets.length;
  loadNetwork(core, state0, rules, rootRegistered);
  const startBlock = state0.block;
  const out = emptySeries(n);
  if (plan.sampleStart) sampleStart(core, out, n);
  const k = tradeBlockOf(plan);
  appendSamples(out, core.marketSimulate(k, plan.first, plan.every, NONE), startBlock);
  trade(core, plan, out);
  runOn(core, plan, k, out, startBlock);
  return out;
}

// ---- the trunk: the network without the whale, kept ----------------------------------------------

/** Where the trunk keeps the network: block 1 (a day-0 trade) and every day's end. */
const keptAt = (b: number) => b === 1 || (b > 0 && b % BLOCKS_PER_DAY === 0);

/** Up to the whale's trade every run of an era is the same network on the same blocks, whatever the
 *  trade, the subnets or the horizon; and a run with no trade is that network to the end. So each
 *  era's network is run once, without the whale, as far as any request has needed (its samples are
 *  the baseline), and saved at block 1 and every day's end: a run with a trade loads the save at its
 *  trade block, trades and runs only the blocks after it. */
interface Trunk {
  startBlock: number;
  rules: Float64Array;
  miners: Float64Array;
  n: number;
  /** Samples from block 0 (as plan.sampleStart) to `reached`, on the widget's grid. */
  series: RunSeries;
  reached: number;
  saved: Map<number, NetworkSnapshot>;
}

const trunks = new WeakMap<object, Map<number, Trunk>>();

/** The widget's sample grid (every plan of planOf has it). */
const GRID = { first: SAMPLE_EVERY, every: SAMPLE_EVERY };

function trunkOf(core: CoreExports, era: number): Trunk {
  let byEra = trunks.get(core);
  if (!byEra) trunks.set(core, (byEra = new Map()));
  let t = byEra.get(era);
  if (!t) {
    const state0 = network();
    const rules = core.marketPresetRules(MARKET_PRESETS[era].index);
    const packed = loadNetwork(core, state0, rules, ROOT_REGISTERED);
    const series = emptySeries(state0.subnets.length);
    sampleStart(core, series, state0.subnets.length);
    t = { startBlock: state0.block, rules, miners: packed.miners, n: state0.subnets.length, series, reached: 0, saved: new Map() };
    t.saved.set(0, saveNetwork(core, rules, packed.miners));
    byEra.set(era, t);
  }
  return t;
}

/** Runs the trunk on to block offset `to` (at least), keeping the network at every keptAt block. */
function extendTrunk(core: CoreExports, t: Trunk, to: number): void {
  if (t.reached >= to) return;
  restoreNetwork(core, t.saved.get(t.reached)!);
  const plan = { ...GRID } as RunPlan;
  while (t.reached < to) {
    const from = t.reached;
    const stop = from < 1 ? 1 : (Math.floor(from / BLOCKS_PER_DAY) + 1) * BLOCKS_PER_DAY;
    const first = from < 1 ? GRID.first : nextGrid(plan, from) - from;
    appendSamples(t.series, core.marketSimulate(stop - from, first, GRID.every, NONE), t.startBlock);
    t.reached = stop;
    if (keptAt(stop)) t.saved.set(stop, saveNetwork(core, t.rules, t.miners));
  }
}

/** The trunk's samples up to block offset `to` (inclusive), as a new series. */
const trunkSeries = (t: Trunk, to: number): RunSeries => ({ ...prefix(t.series, to), sell: null, buy: null, refused: 0 });

/** A whale run kept where a request stopped short of its horizon (a partial stage): the network at
 *  block offset `at` after the trade, the series to it (trunk prefix, trade records) and the time the
 *  blocks after the trade took. The request for the full horizon resumes from it. */
interface Branch {
  at: number;
  series: RunSeries;
  snap: NetworkSnapshot;
  elapsedMs: number;
}

/** Per core, by everything that decides a whale run up to any horizon: era, trade block, to, from, amount. */
const branches = new WeakMap<object, Map<string, Branch>>();
const BRANCHES_KEPT = 16;

const copySeries = (s: RunSeries): RunSeries => ({
  blocks: s.blocks.slice(), shares: s.shares.map((x) => x.slice()), spot: s.spot.map((x) => x.slice()),
  ema: s.ema.map((x) => x.slice()), sell: s.sell && { ...s.sell }, buy: s.buy && { ...s.buy }, refused: s.refused,
});

const branchKey = (era: number, k: number, plan: RunPlan) => JSON.stringify([era, k, plan.to, plan.from, plan.tao]);

/** runPlan for the widget's plans (era's network, the widget's grid, sampleStart), resumed from the
 *  era's trunk: equal to runPlan(core, network(), rules of era, plan, ROOT_REGISTERED) bit for bit. With `until` (a block
 *  offset below plan.blocks) the run stops there: the full run's prefix to `until`, bit for bit, and the
 *  whale's network is kept there so that the same plan asked in full (or further) resumes from it. */
export function runFromTrunk(core: CoreExports, era: number, plan: RunPlan, until = plan.blocks): RunSeries {
  return runFromTrunkTimed(core, era, plan, until).series;
}

/** The series, and the engine time already spent on it by earlier requests (the kept partial run it resumed from). */
function runFromTrunkTimed(core: CoreExports, era: number, plan: RunPlan, until: number): { series: RunSeries; earlierMs: number } {
  const end = Math.min(plan.blocks, Math.max(1, Math.floor(until)));
  if (plan.first !== GRID.first || plan.every !== GRID.every || !plan.sampleStart) {
    const full = runPlan(core, network(), core.marketPresetRules(MARKET_PRESETS[era].index), plan, ROOT_REGISTERED);
    return { series: end < plan.blocks ? prefix(full, end) : full, earlierMs: 0 };
  }
  const t = trunkOf(core, era);
  const k = tradeBlockOf(plan);
  if (!(plan.tao > 0) || !keptAt(k)) {
    // No trade: the trunk itself (a trade block the trunk does not keep cannot occur from planOf).
    if (plan.tao > 0) {
      const full = runPlan(core, network(), t.rules, plan, ROOT_REGISTERED);
      return { series: end < plan.blocks ? prefix(full, end) : full, earlierMs: 0 };
    }
    extendTrunk(core, t, end);
    return { series: trunkSeries(t, end), earlierMs: 0 };
  }
  let byKey = branches.get(core);
  if (!byKey) branches.set(core, (byKey = new Map()));
  const key = branchKey(era, k, plan);
  const kept = byKey.get(key);
  let out: RunSeries;
  let from: number;
  let spent = 0;
  const t0 = performance.now();
  if (kept && kept.at > k && kept.at <= end) {
    // Resume the whale's own run where a shorter request left it.
    out = copySeries(kept.series);
    from = kept.at;
    spent = kept.elapsedMs;
    restoreNetwork(core, kept.snap);
  } else {
    extendTrunk(core, t, k);
    out = trunkSeries(t, k);
    restoreNetwork(core, t.saved.get(k)!);
    trade(core, plan, out);
    from = k;
  }
  runOn(core, { ...plan, blocks: end }, from, out, t.startBlock);
  const whaleMs = spent + (performance.now() - t0);
  if (end < plan.blocks && end > from) {
    byKey.delete(key);
    if (byKey.size >= BRANCHES_KEPT) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, { at: end, series: copySeries(out), snap: saveNetwork(core, t.rules, t.miners), elapsedMs: whaleMs });
  }
  return { series: out, earlierMs: spent };
}

/** A series' samples up to block offset `to` (inclusive). */
function prefix(s: RunSeries, to: number): RunSeries {
  let m = 0;
  while (m < s.blocks.length && s.blocks[m] <= to) m++;
  return {
    blocks: s.blocks.slice(0, m), shares: s.shares.map((x) => x.slice(0, m)), spot: s.spot.map((x) => x.slice(0, m)),
    ema: s.ema.map((x) => x.slice(0, m)), sell: s.sell, buy: s.buy, refused: s.refused,
  };
}

// ---- the widget's run ---------------------------------------------------------------------------

export interface TradeView {
  code: number;
  amount: number;
  /** Fee in the input's unit (TAO for a buy, alpha for a sell). */
  fee: number;
  out: number;
  priceBefore: number;
  priceAfter: number;
}

export interface EmissionResult {
  era: number;
  days: number;
  /** Sample times in days. */
  t: number[];
  /** [subnet][sample] share of the TAO block emission. */
  shares: number[][];
  /** [subnet][sample] spot price (TAO per alpha). */
  spot: number[][];
  /** The bought subnet's share in the same era and horizon without the whale. */
  baseline: number[];
  to: number;
  from: number;
  /** The day the trade runs (the chosen day, moved to the last day of the run if past it). */
  tradeDay: number;
  tradeDayMoved: boolean;
  whaleTao: number;
  sameSubnet: boolean;
  sell: TradeView | null;
  buy: TradeView | null;
  refusal: string | null;
  blocks: number;
  /** Blocks taken from the era's kept run without the whale (the blocks before the trade; all of
   *  them when there is no trade): only the blocks after it were simulated for this result. */
  resumedAt: number;
  /** Time the engine took for this result (simulating the blocks after the trade, and the first
   *  time an era or horizon is asked for, the run without the whale), the partial stage it resumed
   *  from included. */
  elapsedMs: number;
  /** True for the first stage of a progressive run: the series stop at day `until` < days. Exact up
   *  to there (the full run's prefix), never final. */
  partial: boolean;
  /** The day the series reach (= days when complete; a partial one may end mid-day, e.g. 1.5). */
  until: number;
}

const view = (t: TradeRecord | null): TradeView | null =>
  t && { code: t.code, amount: t.amount, fee: t.op === OP_UNSTAKE ? t.feeAlpha : t.feeTao, out: t.out, priceBefore: t.priceBefore, priceAfter: t.priceAfter };

const int = (v: number, lo: number, hi: number, dflt: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : dflt);

/** The widget's params, made safe (whatever reaches the engine) and turned into a plan. */
export function planOf(p: ParamValues): { era: number; days: number; tradeDay: number; moved: boolean; plan: RunPlan; same: boolean } {
  const era = int(p.era, 0, MARKET_PRESETS.length - 1, MARKET_PRESETS.length - 1);
  const days = int(p.days, 1, 30, 5);
  const want = int(p.tradeDay, 0, 29, 1);
  const tradeDay = Math.min(want, days - 1);
  const to = int(p.to, 1, SUBNETS.length, 5) - 1;
  const from = int(p.from, 0, SUBNETS.length, 0) - 1;
  const whale = Number.isFinite(p.whaleTao) ? Math.min(20_000, Math.max(0, p.whaleTao)) : 0;
  const same = from === to;
  return {
    era,
    days,
    tradeDay,
    moved: tradeDay !== want,
    same,
    plan: {
      blocks: days * BLOCKS_PER_DAY,
      first: SAMPLE_EVERY,
      every: SAMPLE_EVERY,
      tradeBlock: Math.max(1, tradeDay * BLOCKS_PER_DAY),
      to,
      from,
      tao: same ? 0 : whale,
      sampleStart: true,
    },
  };
}

/** One uncached run of the widget at params `p` (the whale's run only). The benchmark times this. */
export function simulateEmission(core: CoreExports, p: ParamValues): RunSeries {
  const { era, plan } = planOf(p);
  return runPlan(core, network(), core.marketPresetRules(MARKET_PRESETS[era].index), plan, ROOT_REGISTERED);
}

/** For the benchmark: one recompute at the defaults over `days` days (30 = the horizon);
 *  returns the bought subnet's last share so the call cannot be optimised away. */
export function emissionBenchRun(core: CoreExports, days = 30): number {
  const p = Object.fromEntries(schema.map((q) => [q.id, q.default]));
  const run = simulateEmission(core, { ...p, days });
  const to = planOf(p).plan.to;
  return run.shares[to][run.shares[to].length - 1];
}

const finite = (xs: number[]) => xs.map((x) => (Number.isFinite(x) ? x : 0));

/** Finished results, per core, by everything that decides them: a drag back over a value is free. */
const results = new WeakMap<object, Map<string, EmissionResult>>();
const RESULTS_KEPT = 48;

/** Blocks the first stage of a progressive run simulates after the trade: half a day (≈ 5 ms in the
 *  release core), so that with the round trip and the drawing it fits in a 16 ms frame; a whole day
 *  (≈ 10 ms) made the first drawing miss the frame at the median's tail (p95 ≈ 20 ms). */
export const PARTIAL_BLOCKS = 3600;

/** The first stage of a progressive run at params `p`: the whale's run up to PARTIAL_BLOCKS after its
 *  trade (`partialDays`, in days from the start), or null when that is already the whole run (no trade,
 *  or a trade on the last half day). The stage's result is marked partial; asking `p` next resumes from
 *  where it stopped. */
export function partialInput(p: ParamValues): ParamValues | null {
  const { days, plan } = planOf(p);
  const until = tradeBlockOf(plan) + PARTIAL_BLOCKS;
  return plan.tao > 0 && until < plan.blocks ? { ...p, partialDays: until / BLOCKS_PER_DAY } : null;
}

export function computeMarketEmission(core: CoreExports, p: ParamValues): EmissionResult {
  const t0 = performance.now();
  const { era, days, tradeDay, moved, plan, same } = planOf(p);
  let byKey = results.get(core);
  if (!byKey) results.set(core, (byKey = new Map()));
  const key = JSON.stringify([era, days, tradeDay, moved, plan.to, plan.from, plan.tao, same]);
  const kept = byKey.get(key);
  if (kept) {
    // Kept whole: a request for part of it gets all of it.
    byKey.delete(key);
    byKey.set(key, kept);
    return { ...kept };
  }
  const k = tradeBlockOf(plan);
  // A partial request's horizon, on the sample grid (and just after the trade for a day-0 trade).
  const asked = Number.isFinite(p.partialDays) ? Math.floor((p.partialDays * BLOCKS_PER_DAY) / SAMPLE_EVERY) * SAMPLE_EVERY : plan.blocks;
  const until = plan.tao > 0 && keptAt(k) && asked > k ? Math.min(plan.blocks, asked) : plan.blocks;
  const partial = until < plan.blocks;
  const { series: run, earlierMs } = runFromTrunkTimed(core, era, plan, until);
  // The run without the whale: the era's trunk to the horizon (kept, so it costs nothing after the first).
  const base = plan.tao > 0 ? runFromTrunk(core, era, { ...plan, tao: 0 }, until) : run;
  const elapsedMs = earlierMs + (performance.now() - t0);
  const result: EmissionResult = {
    era,
    days,
    t: run.blocks.map((b) => b / BLOCKS_PER_DAY),
    shares: run.shares.map(finite),
    spot: run.spot.map(finite),
    baseline: finite(base.shares[plan.to]),
    to: plan.to,
    from: plan.from,
    tradeDay,
    tradeDayMoved: moved,
    whaleTao: same ? 0 : plan.tao,
    sameSubnet: same,
    sell: view(run.sell),
    buy: view(run.buy),
    refusal: run.refused ? (REFUSAL[run.refused] ?? `the core refused it (code ${run.refused})`) : null,
    blocks: plan.blocks,
    resumedAt: plan.tao > 0 ? k : plan.blocks,
    elapsedMs,
    partial,
    until: until / BLOCKS_PER_DAY,
  };
  if (partial) return result;
  if (byKey.size >= RESULTS_KEPT) byKey.delete(byKey.keys().next().value!);
  byKey.set(key, result);
  return { ...result };
}

// ---- sentences ----------------------------------------------------------------------------------

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The era's sentence: what changed and when. */
export function describeEra(era: number): string {
  return (ERAS[era] ?? ERAS[ERAS.length - 1]).sentence;
}

/** Index of the last sample at or before the trade (the share the whale started from). */
export function beforeIndex(r: EmissionResult): number {
  let k = 0;
  for (let s = 0; s < r.t.length; s++) if (r.t[s] <= r.tradeDay + 1e-9) k = s;
  return k;
}

/** Which subnet gets the most at the end. */
export function leader(r: EmissionResult): number {
  const last = r.t.length - 1;
  let best = 0;
  r.shares.forEach((s, i) => {
    if (s[last] > r.shares[best][last]) best = i;
  });
  return best;
}

/** What is still being computed for a partial result ("computing days 3–5…"), or null when complete. */
export function pendingDays(r: EmissionResult): string | null {
  return r.partial ? `computing days ${+r.until.toFixed(2)}–${r.days}…` : null;
}

/** What the chart shows now, in one sentence (for a partial result: so far, and what is still computing). */
/** The sample at the end of each whole day of a run (day 0 is the start), for the tables. */
export function dayEnds(r: Pick<EmissionResult, 'days' | 't'>): { day: number; sample: number }[] {
  const out: { day: number; sample: number }[] = [];
  for (let day = 0; day <= r.days; day++) {
    const sample = r.t.findIndex((x) => Math.abs(x - day) < 1e-9);
    if (sample >= 0) out.push({ day, sample });
  }
  return out;
}

export function describeEmission(r: EmissionResult): string {
  const pending = pendingDays(r);
  const s = describeShown(r);
  return pending ? `${s.slice(0, -1)} — so far; ${pending}` : s;
}

function describeShown(r: EmissionResult): string {
  const last = r.t.length - 1;
  const name = NAMES[r.to];
  const era = ERAS[r.era].under;
  const end = r.shares[r.to][last];
  const without = r.baseline[last];
  const top = leader(r);
  const topText = top === r.to ? `${name} now gets the most` : `${NAMES[top]} still gets the most, ${pct(r.shares[top][last])}`;
  const span = `day ${r.partial ? +r.until.toFixed(2) : r.days}`;
  if (r.refusal) {
    return `Under ${era} the whale’s trade was refused (${r.refusal}), so nothing moved: ${name} gets ${pct(end)} of the emission on ${span}; ${topText}.`;
  }
  if (r.whaleTao <= 0 || !r.buy) {
    return `Under ${era} with no whale, ${name} gets ${pct(end)} of the emission on ${span}; ${topText}.`;
  }
  const before = r.shares[r.to][beforeIndex(r)];
  const paid = r.from >= 0 ? `${tao(r.whaleTao)} TAO of ${NAMES[r.from]}’s alpha` : `${tao(r.whaleTao)} TAO`;
  const change =
    end > before * 1.02 ? `lifts ${name}’s share from ${pct(before)} to ${pct(end)} by ${span}`
    : end < before * 0.98 ? `still sees ${name}’s share fall from ${pct(before)} to ${pct(end)} by ${span}`
    : `leaves ${name}’s share near ${pct(before)} (${pct(end)} on ${span})`;
  return `Under ${era}, the whale’s ${paid} into ${name} on day ${r.tradeDay} ${change} (${pct(without)} without the whale); ${topText}.`;
}

export { tao as formatTao };
