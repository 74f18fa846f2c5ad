// Runs one market scenario of a vectors file (spec §11) through the wasm core and returns its
// `outputs`, with the keys and nesting of the scenario's `expected`. Dispatch is on the scenario's
// kind (`kind`, else `id`), so a new scenario of a known kind with other numbers runs unchanged.
import type { CoreExports } from './core';
import {
  B, C, H, OP_STAKE, OP_UNSTAKE, R, S, TOTALS, checkRank, checkSubnetCount, poolArray, subnetOf, termsOf, tradeOf,
  type State0Json, type TermKey,
} from './market-io';
import { BASE_TERMS, Run, num, stageKeys, type MarketDoc, type Obj, type Scenario } from './market-run';

// ---- kinds -------------------------------------------------------------------------------------

function swap(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as { pool: Parameters<typeof poolArray>[0]; buy_tao: number; sell_back_all?: boolean };
  const pool = poolArray(inp.pool, doc.constants);
  const buyTao = num(inp.buy_tao, 'buy_tao');
  const buy = tradeOf(core.marketTrade(pool, OP_STAKE, buyTao, 0));
  if (buy.code) throw new Error(`market: the buy was refused (code ${buy.code})`);
  const p0 = buy.priceBefore;
  const out: Obj = {
    price_before: p0,
    buy: {
      fee_tao: buy.feeTao, tao_to_pool: buy.toPool, alpha_out: buy.out, price_after: buy.priceAfter,
      avg_price: buyTao / buy.out, slippage_vs_spot: 1 - (buy.out * p0) / buyTao,
    },
    pool_after_buy: { tao: buy.taoAfter, alpha: buy.alphaAfter, price: buy.priceAfter },
  };
  let final = buy;
  let authorFees = buy.authorTao;
  if (inp.sell_back_all) {
    const after = Float64Array.from(pool);
    after[1] = buy.taoAfter;
    after[2] = buy.alphaAfter;
    after[3] = buy.wQuoteAfter;
    const sell = tradeOf(core.marketTrade(after, OP_UNSTAKE, buy.out, 0));
    if (sell.code) throw new Error(`market: the sell was refused (code ${sell.code})`);
    out.sell_back = { alpha_in: buy.out, fee_alpha: sell.feeAlpha, tao_out: sell.out, author_tao: sell.authorTao, price_after: sell.priceAfter };
    out.round_trip_loss_tao = buyTao - sell.out;
    out.round_trip_loss_pct = (100 * (buyTao - sell.out)) / buyTao;
    authorFees += sell.authorTao;
    final = sell;
  }
  out.pool_final = { tao: final.taoAfter, alpha: final.alphaAfter, w_quote: final.wQuoteAfter, price: final.priceAfter };
  out.author_fees_tao = authorFees;
  return out;
}

function slippageCurve(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as { pool: Parameters<typeof poolArray>[0]; trade_fractions: number[]; buy_tao: number[]; sell_alpha: number[] };
  const pool = poolArray(inp.pool, doc.constants);
  const buys = inp.buy_tao.map((tao, i) => {
    const t = tradeOf(core.marketTrade(pool, OP_STAKE, tao, 0));
    return {
      trade_frac_of_pool_tao: inp.trade_fractions[i], tao_in: tao, alpha_out: t.out, avg_price: tao / t.out,
      price_after: t.priceAfter, slippage_pct: 100 * (1 - (t.out * t.priceBefore) / tao),
      price_impact_pct: 100 * (t.priceAfter / t.priceBefore - 1),
    };
  });
  const sells = inp.sell_alpha.map((alpha, i) => {
    const t = tradeOf(core.marketTrade(pool, OP_UNSTAKE, alpha, 0));
    return {
      trade_frac_of_pool_alpha: inp.trade_fractions[i], alpha_in: alpha, tao_out: t.out, avg_price: t.out / alpha,
      price_after: t.priceAfter, slippage_pct: 100 * (1 - t.out / (alpha * t.priceBefore)),
    };
  });
  return { buys, sells };
}

function limitOrders(core: CoreExports, _doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as {
    cases: { kind: 'add' | 'remove'; tao_rao: number; alpha_rao: number; limit_price_rao: number }[];
    w_quote: number; fee_rate_u16: number; max_input_reserve_multiplier: number; price_ratio_pow_cap: number;
  };
  return {
    cases: inp.cases.map((c) => ({
      ...c,
      max_input_rao: core.marketMaxAmount(
        c.kind === 'add', c.tao_rao, c.alpha_rao, inp.w_quote, c.limit_price_rao, inp.fee_rate_u16,
        inp.max_input_reserve_multiplier, inp.price_ratio_pow_cap,
      ),
    })),
  };
}

function oneBlock(core: CoreExports, doc: MarketDoc, sc: Scenario, keys?: TermKey[]): { run: Run; out: Obj } {
  const state0 = sc.inputs.state0 as State0Json;
  const run = Run.of(core, doc, sc, state0);
  run.blocks(Number(sc.inputs.blocks ?? 1), [], () => {});
  const b = run.blockTerms();
  const out: Obj = {
    block_emission: b[B.EMISSION],
    root_sell_flag: b[B.ROOT_SELL_FLAG] !== 0,
    per_subnet: run.terms(keys ?? [...BASE_TERMS, ...stageKeys(run.preset)]),
  };
  return { run, out };
}

function emissionSplitPrice(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  return oneBlock(core, doc, sc).out;
}

function dtaoInjection(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  const { run, out } = oneBlock(core, doc, sc);
  return { per_subnet: out.per_subnet, snapshot1: run.snapshot() };
}

function emissionSplitFlow(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as { state0: State0Json; share_presets: string[]; update_flow_ema?: boolean; flow_norm_exponent?: number; tao_flow_cutoff?: number };
  const out: Obj = {};
  for (const P of inp.share_presets) {
    const run = Run.of(core, doc, sc, inp.state0, P, (r) => {
      r[R.FLOW_NORM_EXPONENT] = inp.flow_norm_exponent ?? 1;
      r[R.FLOW_CUTOFF] = inp.tao_flow_cutoff ?? 0;
    });
    const flat = core.marketComputeShares(!!inp.update_flow_ema);
    const rows = run.p.netuids.map((_, i) => termsOf(flat, i)).filter((t) => t.eligible);
    const eligible = inp.state0.subnets.filter((_, i) => termsOf(flat, i).eligible);
    out[P] = {
      inputs: { user_flow_ema: eligible.map((s) => s.user_flow_ema), protocol_flow_ema: eligible.map((s) => s.protocol_flow_ema) },
      shares: { flow_value: rows.map((t) => t.flow_value), flow_share: rows.map((t) => t.flow_share), final_share: rows.map((t) => t.final_share) },
    };
  }
  return out;
}

function emissionGate(core: CoreExports, _doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as { ema_price: number[]; miner_burned: number[]; h: number; gates: { mode: string; q: number; N: number; key: string }[] };
  const m = inp.ema_price.length;
  checkSubnetCount(m);
  const ema = Float64Array.from(inp.ema_price);
  const burned = Float64Array.from(inp.miner_burned);
  const base = core.marketGate(ema, burned, 0, 0, 0, inp.h);
  const gates: Obj = {};
  for (const g of inp.gates) {
    // market-2026h2 §A: rank mode takes the N-th largest positive share; N = 0 is the q-mass bar.
    if (g.mode === 'rank') checkRank(g.N);
    const r = core.marketGate(ema, burned, g.mode === 'rank' ? 2 : 1, g.q, g.N, inp.h);
    gates[g.key] = { theta: r[0], gated_share: Array.from(r.subarray(1 + 2 * m, 1 + 3 * m)) };
  }
  return { price_share: Array.from(base.subarray(1, 1 + m)), burn_weighted: Array.from(base.subarray(1 + m, 1 + 2 * m)), gates };
}

function injectionDay(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as {
    state0: State0Json; blocks: number; trades?: Obj[]; terms_block_offset: number; snapshot_block_offsets: number[]; report_netuid: number;
  };
  const run = Run.of(core, doc, sc, inp.state0);
  const ri = run.index(inp.report_netuid);
  const spot0 = run.subnet(ri)[S.SPOT];
  const trades = inp.trades ?? [];
  const keys = [...BASE_TERMS, ...stageKeys(run.preset)];
  let first: Obj = {};
  const snapshots: Obj[] = [];
  const at = [inp.terms_block_offset, ...inp.snapshot_block_offsets, ...trades.map((t) => Number(t.block_offset))];
  run.blocks(inp.blocks, at, (k) => {
    if (k === inp.terms_block_offset) first = run.terms(keys);
    if (inp.snapshot_block_offsets.includes(k)) snapshots.push(run.snapshot());
    for (const t of trades) if (Number(t.block_offset) === k) run.trade(t);
  });
  return {
    first_block_terms: first,
    snapshots,
    sn1_ledger: run.ledger(inp.report_netuid),
    sn1_price_change_pct: 100 * (run.subnet(ri)[S.SPOT] / spot0 - 1),
  };
}

function whale(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as { state0: State0Json; blocks: number; trades: Obj[]; series_block_offsets: number[] };
  const run = Run.of(core, doc, sc, inp.state0);
  const series: Obj[] = [];
  const results: ReturnType<Run['trade']>[] = [];
  const at = [...inp.series_block_offsets, ...inp.trades.map((t) => Number(t.block_offset))];
  const seriesAt = new Set(inp.series_block_offsets);
  run.blocks(inp.blocks, at, (k) => {
    if (seriesAt.has(k)) {
      const terms = run.blockTerms();
      const st = core.marketState();
      const share: Obj = {};
      const spot: Obj = {};
      const ema: Obj = {};
      run.p.netuids.forEach((netuid, i) => {
        const t = termsOf(terms, i);
        if (t.eligible) share[String(netuid)] = t.final_share;
        spot[String(netuid)] = subnetOf(st, i)[S.SPOT];
        ema[String(netuid)] = subnetOf(st, i)[S.EMA];
      });
      series.push({ block: st[H.BLOCK], share, spot, ema });
    }
    inp.trades.forEach((t, j) => {
      if (Number(t.block_offset) === k) results[j] = run.trade(t);
    });
  });
  const w = results[0];
  const out: Obj = { series_every_1200_blocks: series };
  if (w) {
    out.whale_trade = {
      tao_in: w.amount, tao_to_pool: w.toPool, fee: w.feeTao, alpha_out: w.out, refund: w.refund,
      price_before: w.priceBefore, price_after: w.priceAfter, hit_limit: w.hitLimit,
    };
  }
  return out;
}

function halvingCrossing(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as { state0: State0Json; blocks: number };
  const run = Run.of(core, doc, sc, inp.state0);
  const [a, b] = [0, 1].map((k) => inp.state0.subnets[k]?.netuid);
  const ia = run.index(a);
  const ib = run.index(b);
  const rows: Obj[] = [];
  run.blocks(inp.blocks, Array.from({ length: inp.blocks }, (_, k) => k + 1), () => {
    const terms = run.blockTerms();
    const st = core.marketState();
    const ta = termsOf(terms, ia);
    const tb = termsOf(terms, ib);
    const sa = subnetOf(st, ia);
    rows.push({
      block: st[H.BLOCK], issuance_before_next: st[H.ISSUANCE], tao_block_emission: terms[B.EMISSION],
      sn1_alpha_emission: ta.alpha_emission, sn1_alpha_issuance: sa[S.ALPHA_IN] + sa[S.ALPHA_OUT],
      sn2_alpha_emission: tb.alpha_emission, tao_emission_sn1: ta.tao_emission, tao_emission_sn2: tb.tao_emission,
    });
  });
  return { blocks: rows };
}

function epochSplit(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as { state0: State0Json; blocks: number; report_netuid: number };
  const run = Run.of(core, doc, sc, inp.state0);
  run.blocks(inp.blocks, [], () => {});
  const i = run.index(inp.report_netuid);
  const tot = core.marketTotals().subarray(i * TOTALS, (i + 1) * TOTALS);
  const totals = {
    alpha_emitted: tot[C.alpha_emitted], owner: tot[C.owner], server: tot[C.server], validator: tot[C.validator], root: tot[C.root],
  };
  const share = (x: number) => (totals.alpha_emitted > 0 ? x / totals.alpha_emitted : 0);
  return {
    per_tempo_totals: totals,
    ledger: run.ledger(inp.report_netuid),
    miner_burned: run.subnet(i)[S.MINER_BURNED],
    shares_of_emission: { owner: share(totals.owner), server: share(totals.server), validator: share(totals.validator), root: share(totals.root) },
  };
}

function rootDividends(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as { state0: State0Json; root_claim_modes: ('swap' | 'keep')[]; blocks: number; report_netuid: number };
  const out: Obj = {};
  for (const mode of inp.root_claim_modes) {
    const run = Run.of(core, doc, sc, { ...inp.state0, root_claim: mode });
    run.blocks(inp.blocks, [], () => {});
    const st = core.marketState();
    const s = subnetOf(st, run.index(inp.report_netuid));
    const rt = st[H.ROOT_TAO] * st[H.TAO_WEIGHT];
    out[mode] = {
      root_prop_sn1: rt / (rt + s[S.ALPHA_IN] + s[S.ALPHA_OUT]),
      ledger_sn1: run.ledger(inp.report_netuid),
      root_tao_after: st[H.ROOT_TAO],
      root_tao_gain: st[H.ROOT_TAO] - (inp.state0.root_tao ?? 0),
      price_sn1_after: s[S.SPOT],
    };
  }
  return out;
}

const RANDOM_TERMS: TermKey[] = [
  'final_share', 'tao_emission', 'tao_in', 'alpha_in', 'excess_tao', 'chain_bought_alpha', 'root_prop', 'alpha_emission', 'price_after',
];

function random128(core: CoreExports, doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as { state0: State0Json; blocks: number; run_presets: string[] };
  const out: Obj = {};
  for (const P of inp.run_presets) {
    const run = Run.of(core, doc, sc, inp.state0, P);
    run.blocks(Number(inp.blocks ?? 1), [], () => {});
    const gate = !!run.preset.gate;
    const stages = gate ? (['gated'] as TermKey[]) : stageKeys(run.preset).filter((k) => k !== 'final_share');
    const per = run.terms([...RANDOM_TERMS, ...stages]);
    const r: Obj = { per_subnet: per };
    if (gate) r.theta = run.blockTerms()[B.THETA];
    else {
      const rows = Object.values(per) as Record<string, number>[];
      const tin = rows.reduce((a, t) => a + t.tao_in, 0);
      const exc = rows.reduce((a, t) => a + t.excess_tao, 0);
      Object.assign(r, { total_tao_in: tin, total_excess: exc, injection_fraction: tin + exc > 0 ? tin / (tin + exc) : 0 });
    }
    out[P] = gate ? { theta: r.theta, per_subnet: per } : r;
  }
  return out;
}

function lockAndDereg(core: CoreExports, _doc: MarketDoc, sc: Scenario): Obj {
  const inp = sc.inputs as {
    last_lock: number; min_lock: number; reduction_interval: number; last_lock_block: number;
    blocks_since_last_registration: number[];
    dereg: { pool_tao: number; holders: Record<string, number>; alpha_in: number; protocol_alpha: number };
    dereg_rules: Record<string, 'pool_alpha_and_protocol_alpha' | 'protocol_alpha_only'>;
  };
  const out: Obj = {
    lock_cost: inp.blocks_since_last_registration.map((d) => ({
      blocks_since_last_registration: d,
      lock_cost: core.marketLockCost(inp.last_lock, inp.min_lock, inp.reduction_interval, inp.last_lock_block, inp.last_lock_block + d),
    })),
  };
  const names = Object.keys(inp.dereg.holders);
  const holders = Float64Array.from(names.map((k) => inp.dereg.holders[k]));
  for (const [key, rule] of Object.entries(inp.dereg_rules)) {
    const protocol = rule === 'pool_alpha_and_protocol_alpha' ? inp.dereg.alpha_in + inp.dereg.protocol_alpha : inp.dereg.protocol_alpha;
    const pay = core.marketDeregPayout(inp.dereg.pool_tao, holders, protocol);
    const o: Obj = Object.fromEntries(names.map((k, j) => [k, pay[j]]));
    o._protocol_recycled = pay[names.length];
    out[key] = o;
  }
  return out;
}

const KINDS: Record<string, (core: CoreExports, doc: MarketDoc, sc: Scenario) => Obj> = {
  slippage_curve: slippageCurve,
  limit_orders: limitOrders,
  emission_split_price: emissionSplitPrice,
  emission_split_flow: emissionSplitFlow,
  emission_gate_40: emissionGate,
  injection_uncapped_7200_blocks: injectionDay,
  injection_capped_7200_blocks: injectionDay,
  whale_stake_share: whale,
  halving_crossing: halvingCrossing,
  epoch_split_one_tempo: epochSplit,
  root_dividends_swap_vs_keep: rootDividends,
  random_128_subnets: random128,
  dtao_2025_02_injection: dtaoInjection,
  lock_cost_and_dereg: lockAndDereg,
};

/** The kinds this runner knows (spec §11 scenario ids); `swap_*` ids share one kind. */
export const MARKET_KINDS = ['swap_*', ...Object.keys(KINDS)];

/** Runs one scenario of a market vectors file `doc` and returns its outputs (same keys and nesting as
 *  its `expected`). Throws an Error naming the problem for an unknown kind or bad inputs. */
export function runMarketScenario(core: CoreExports, scenario: unknown, doc: unknown): Record<string, unknown> {
  const sc = scenario as Scenario;
  const kind = String(sc.kind ?? sc.id);
  const run = kind.startsWith('swap_') ? swap : KINDS[kind];
  if (!run) throw new Error(`market: unknown scenario kind ${JSON.stringify(kind)} (known: ${MARKET_KINDS.join(', ')})`);
  return run(core, doc as MarketDoc, sc);
}
