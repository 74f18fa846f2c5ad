// "Stake into a subnet": one stake of TAO into one subnet's pool, under the launch-era pool
// (constant product, flat fee kept by the pool, Feb 2025) or today's (Balancer weighted pool, 0.0504 %
// fee to the block author). Schema, the compute run in the engine (worker), and the sentences.
import type { CoreExports } from '../engine/core';
import {
  OP_STAKE, REFUSAL, TRADE_SLOTS, X, poolArray, tradeOf, type MarketConstants, type TradeRecord,
} from '../engine/market-io';
import { clampToParam, type Param, type ParamValues } from '../state/schema';

export const POOL_LAUNCH = 0;
export const POOL_TODAY = 1;

/** Today's swap fee, 33/65535 of the input (swap pallet `DefaultFeeRate`, spec §d.4). */
export const FEE_RATE_TODAY = 33 / 65535;
/** The launch era's flat fee, 50,000 rao per stake or unstake, kept by the pool (spec §d.1). */
export const FLAT_FEE_LAUNCH = 50_000e-9;
/** Fees are floored to whole rao (spec §11 `fee_quantum_tao`). */
const CONSTANTS: MarketConstants = { fee_quantum_tao: 1e-9 };
/** The chain's cap on (price ratio)^w when it solves a limit order: u64::MAX / 1e18 (spec §d.4). */
const POW_CAP = 18446744073709551615 / 1e18;
/** How far a limit order may let the price rise, for the "largest stake within" figure. */
export const LIMIT_RISE = 0.01;
/** Points of the slippage curve per decade of trade size. */
const PER_DECADE = 20;

const sig = (v: number, digits = 3) => {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6) return `${Number((v / 1e6).toPrecision(digits)).toLocaleString('en-US')}M`;
  if (a >= 1000) return Math.round(v).toLocaleString('en-US');
  return Number(v.toPrecision(digits)).toLocaleString('en-US', { maximumSignificantDigits: digits });
};
/** A TAO or alpha amount: thousands separators, about four significant digits, M for millions. */
export const amount = (v: number) => sig(v, 4);
/** A price in TAO per alpha, four significant digits. */
export const price = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)).toString() : '—');
/** A fraction as a percentage, with enough digits to show small fees. */
export const pct = (f: number) => {
  if (!Number.isFinite(f)) return '—';
  const v = 100 * f;
  const a = Math.abs(v);
  const digits = a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.1 ? 3 : 4;
  return `${v.toFixed(a === 0 ? 0 : Math.min(6, digits))}%`;
};

export const schema: readonly Param[] = [
  {
    kind: 'number',
    id: 'tao',
    label: 'TAO in the pool',
    unit: 'TAO',
    min: 10,
    max: 1_000_000,
    step: 0.1,
    scale: 'log',
    default: 5_000,
    source: 'stake-vector-pool',
    format: amount,
  },
  {
    kind: 'number',
    id: 'alpha',
    label: 'Alpha in the pool',
    unit: 'α',
    min: 100,
    max: 100_000_000,
    step: 1,
    scale: 'log',
    default: 250_000,
    source: 'stake-vector-pool',
    format: amount,
  },
  {
    kind: 'number',
    id: 'trade',
    label: 'Your stake',
    unit: 'TAO',
    min: 0.01,
    max: 10_000_000,
    step: 0.0001,
    scale: 'log',
    default: 50,
    source: 'stake-vector-trade',
    format: amount,
  },
  {
    kind: 'choice',
    id: 'pool',
    label: 'Pool',
    options: [
      { value: POOL_LAUNCH, label: 'Launch pool (Feb 2025)' },
      { value: POOL_TODAY, label: 'Today’s pool (Balancer)' },
    ],
    default: POOL_TODAY,
    source: 'stake-pool-history',
  },
  {
    kind: 'number',
    id: 'wq',
    label: 'TAO (quote) weight of today’s pool',
    unit: '',
    min: 0.01,
    max: 0.99,
    step: 0.01,
    scale: 'linear',
    default: 0.5,
    source: 'stake-balancer-weights',
    format: (v) => v.toFixed(2),
  },
];

const PARAM = Object.fromEntries(schema.map((p) => [p.id, p])) as Record<string, Param>;
export const TRADE_MIN = (PARAM.trade as Extract<Param, { kind: 'number' }>).min;
export const TRADE_MAX = (PARAM.trade as Extract<Param, { kind: 'number' }>).max;

/** Every value on its parameter's range (the default where one is missing or not a number). */
export function sanitize(p: ParamValues): ParamValues {
  return Object.fromEntries(schema.map((s) => [s.id, clampToParam(s, Number(p[s.id])) ?? s.default]));
}

/** The core's flat pool record for one kind (launch: ½/½ weights, i.e. constant product). */
export function poolOf(kind: number, tao: number, alpha: number, wq: number): Float64Array {
  return kind === POOL_LAUNCH
    ? poolArray({ kind: 'cpmm', tao, alpha, w_quote: 0.5, fee_rate: 0, flat_fee: FLAT_FEE_LAUNCH, fee_dest: 'pool' }, CONSTANTS)
    : poolArray({ kind: 'balancer', tao, alpha, w_quote: wq, fee_rate: FEE_RATE_TODAY, flat_fee: 0, fee_dest: 'author' }, CONSTANTS);
}

/** Trade sizes of the curve: log-spaced over the stake slider's whole range. */
export function curveAmounts(): number[] {
  const lo = Math.log10(TRADE_MIN);
  const hi = Math.log10(TRADE_MAX);
  const n = Math.round((hi - lo) * PER_DECADE);
  return Array.from({ length: n + 1 }, (_, i) => Number((10 ** (lo + ((hi - lo) * i) / n)).toPrecision(6)));
}

export interface StakeTrade {
  /** 0 filled, else the core's refusal code. */
  code: number;
  refusal: string | null;
  tao: number;
  fee: number;
  feeToAuthor: number;
  alphaOut: number;
  priceBefore: number;
  priceAfter: number;
  avgPrice: number;
  slippage: number;
  impact: number;
  taoAfter: number;
  alphaAfter: number;
}

export interface StakeCurve {
  kind: number;
  /** Slippage (fraction, fees included) per amount of `amounts`; null where the pool refuses. */
  slippage: (number | null)[];
  alphaOut: (number | null)[];
  priceAfter: (number | null)[];
}

export interface MarketStakeView {
  kind: number;
  tao: number;
  alpha: number;
  wq: number;
  trade: StakeTrade;
  /** Selling all the alpha straight back; null when the stake was refused. */
  roundTrip: null | { taoBack: number; lossTao: number; lossFrac: number; sellFeeAlpha: number; feesToAuthor: number; priceAfter: number };
  /** Largest stake a limit order lets through before the marginal price rises LIMIT_RISE (today's pool only). */
  maxWithinLimit: number | null;
  amounts: number[];
  /** The chosen pool's curve, then the other kind's, for comparison. */
  curves: [StakeCurve, StakeCurve];
}

function stakeOf(t: TradeRecord): StakeTrade {
  const ok = t.code === 0;
  const pick = (v: number) => (ok && Number.isFinite(v) ? v : 0);
  return {
    code: t.code,
    refusal: ok ? null : (REFUSAL[t.code] ?? `the core refused it (code ${t.code})`),
    tao: t.amount,
    fee: pick(t.feeTao),
    feeToAuthor: pick(t.authorTao),
    alphaOut: pick(t.out),
    priceBefore: t.priceBefore,
    priceAfter: ok ? t.priceAfter : t.priceBefore,
    avgPrice: pick(t.avgPrice),
    slippage: pick(t.slippage),
    impact: pick(t.impact),
    taoAfter: t.taoAfter,
    alphaAfter: t.alphaAfter,
  };
}

function curveOf(core: CoreExports, pool: Float64Array, kind: number, amounts: number[]): StakeCurve {
  const flat = core.marketSlippageCurve(pool, OP_STAKE, Float64Array.from(amounts));
  const rows = amounts.map((_, i) => tradeOf(flat, i * TRADE_SLOTS));
  const ok = (t: TradeRecord, v: number) => (t.code === 0 && Number.isFinite(v) ? v : null);
  return {
    kind,
    slippage: rows.map((t) => ok(t, t.slippage)),
    alphaOut: rows.map((t) => ok(t, t.out)),
    priceAfter: rows.map((t) => ok(t, t.priceAfter)),
  };
}

/** Runs in the engine: the reader's stake, the round trip, the slippage curves of both pools. */
export function computeMarketStake(core: CoreExports, input: ParamValues): MarketStakeView {
  const p = sanitize(input);
  const kind = p.pool === POOL_LAUNCH ? POOL_LAUNCH : POOL_TODAY;
  const other = kind === POOL_LAUNCH ? POOL_TODAY : POOL_LAUNCH;
  const pool = poolOf(kind, p.tao, p.alpha, p.wq);
  const trade = stakeOf(tradeOf(core.marketTrade(pool, OP_STAKE, p.trade, 0)));

  let roundTrip: MarketStakeView['roundTrip'] = null;
  if (trade.code === 0) {
    const rt = core.marketRoundTrip(pool, p.trade);
    const sell = tradeOf(rt, TRADE_SLOTS);
    if (rt[0] === 0 && sell.code === 0) {
      roundTrip = {
        taoBack: sell.out,
        lossTao: rt[2 * TRADE_SLOTS],
        lossFrac: rt[2 * TRADE_SLOTS + 1],
        sellFeeAlpha: sell.feeAlpha,
        feesToAuthor: rt[X.AUTHOR_TAO] + sell.authorTao,
        priceAfter: sell.priceAfter,
      };
    }
  }

  let maxWithinLimit: number | null = null;
  if (kind === POOL_TODAY) {
    const limitRao = Math.floor(trade.priceBefore * (1 + LIMIT_RISE) * 1e9);
    const rao = core.marketMaxAmount(true, Math.round(p.tao * 1e9), Math.round(p.alpha * 1e9), p.wq, limitRao, 33, 1000, POW_CAP);
    if (Number.isFinite(rao) && rao > 0) maxWithinLimit = rao / 1e9;
  }

  const amounts = curveAmounts();
  return {
    kind,
    tao: p.tao,
    alpha: p.alpha,
    wq: kind === POOL_TODAY ? p.wq : 0.5,
    trade,
    roundTrip,
    maxWithinLimit,
    amounts,
    curves: [curveOf(core, pool, kind, amounts), curveOf(core, poolOf(other, p.tao, p.alpha, p.wq), other, amounts)],
  };
}

// ---- words ---------------------------------------------------------------------------------------

export const POOL_NAME: Record<number, string> = {
  [POOL_LAUNCH]: 'the launch pool',
  [POOL_TODAY]: 'today’s pool',
};
export const CURVE_LABEL: Record<number, string> = {
  [POOL_LAUNCH]: 'launch pool',
  [POOL_TODAY]: 'today’s pool',
};

/** Where the fee goes, in words. */
export function feeWhere(kind: number): string {
  return kind === POOL_LAUNCH
    ? 'a flat 0.00005 TAO, kept in the pool'
    : '0.0504% of the stake, paid to the block author';
}

/** The smallest curve amount at which slippage reaches `level` (null if it never does before refusals). */
export function amountAtSlippage(v: MarketStakeView, level: number, curve = 0): number | null {
  const s = v.curves[curve].slippage;
  for (let i = 0; i < s.length; i++) {
    const y = s[i];
    if (y !== null && y >= level) return v.amounts[i];
  }
  return null;
}

/** The smallest curve amount the pool refuses (null if it fills every size on the curve). */
export function firstRefused(v: MarketStakeView, curve = 0): number | null {
  const i = v.curves[curve].slippage.findIndex((y) => y === null);
  return i < 0 ? null : v.amounts[i];
}

/** What the numbers say now, in one sentence. */
export function describeTrade(v: MarketStakeView): string {
  const t = v.trade;
  const pool = `${POOL_NAME[v.kind]} (${amount(v.tao)} TAO and ${amount(v.alpha)} α)`;
  if (t.refusal) return `Refused: ${pool} cannot take a stake of ${amount(t.tao)} TAO, because ${t.refusal}.`;
  const rt = v.roundTrip
    ? ` Selling it straight back returns ${amount(v.roundTrip.taoBack)} TAO, a loss of ${pct(v.roundTrip.lossFrac)}: the slippage comes back, the fees do not.`
    : '';
  return (
    `Staking ${amount(t.tao)} TAO into ${pool} buys ${amount(t.alphaOut)} α at an average ${price(t.avgPrice)} TAO each, ` +
    `${pct(t.slippage)} worse than the ${price(t.priceBefore)} spot price, and lifts the price ${pct(t.impact)} to ${price(t.priceAfter)}.${rt}`
  );
}

/** What the curve shows now, in one sentence. */
export function describeCurve(v: MarketStakeView): string {
  const one = amountAtSlippage(v, 0.01);
  const half = amountAtSlippage(v, 0.5);
  const refused = firstRefused(v);
  const parts = [`For ${POOL_NAME[v.kind]}, slippage stays under 1% up to about ${one === null ? 'every size shown' : `${amount(one)} TAO`}`];
  if (half !== null) parts.push(`reaches 50% at about ${amount(half)} TAO`);
  if (refused !== null) parts.push(`and from ${amount(refused)} TAO the pool refuses the trade`);
  const mark = v.trade.refusal ? 'your stake is marked in the refused zone' : `your stake is marked at ${pct(v.trade.slippage)}`;
  return `${parts.join(', ')}; ${mark}.`;
}
