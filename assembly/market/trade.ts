// A user's stake or unstake against one pool with fees, limit price and the chain's guards (spec
// §d.4, §11.4). A trade either fills (maybe partly, up to its limit) or is refused with a code and
// moves nothing: the caller gets a result record, never a trap.
import { buyOut, sellOut, spotPrice, taoToPrice, alphaToPrice } from './pool';
import {
  POOL_FIELDS, P_KIND, P_TAO, P_ALPHA, P_W_QUOTE, P_FEE_RATE, P_FLAT_FEE, P_FEE_DEST, P_FEE_QUANTUM,
  P_MIN_RESERVE, P_MAX_INPUT_MULT, TRADE_SLOTS, X_CODE, X_OP, X_AMOUNT, X_TO_POOL, X_FEE_TAO, X_FEE_ALPHA,
  X_OUT, X_AUTHOR_TAO, X_REFUND, X_PRICE_BEFORE, X_PRICE_AFTER, X_HIT_LIMIT, X_AVG_PRICE, X_SLIPPAGE,
  X_IMPACT, X_TAO_AFTER, X_ALPHA_AFTER, X_W_QUOTE_AFTER, OP_STAKE, OP_UNSTAKE, REFUSED_BAD_AMOUNT,
  REFUSED_INPUT_TOO_LARGE, REFUSED_RESERVE, REFUSED_LIMIT, REFUSED_EMPTY_POOL,
} from './layout';

export const FEE_DEST_POOL = 0;
export const FEE_DEST_AUTHOR = 1;

/** One pool and its fee rules; the network loads a subnet into the shared instance and writes it back. */
export class Pool {
  kind: i32 = 0;
  tao: f64 = 0;
  alpha: f64 = 0;
  wq: f64 = 0.5;
  feeRate: f64 = 0;
  flatFee: f64 = 0;
  feeDest: i32 = FEE_DEST_POOL;
  quantum: f64 = 1e-9;
  minReserve: f64 = 0.001;
  maxInputMult: f64 = 1000;
}

/** The pool a trade runs on and the record of the last trade: shared, so a trade allocates nothing. */
export const POOL = new Pool();
export const TRADE = new StaticArray<f64>(TRADE_SLOTS);

/** A fee floored to whole quanta (rao), as the chain floors `amount·rate` (§d.4). */
export function floorFee(amount: f64, rate: f64, quantum: f64): f64 {
  if (!(rate > 0) || !(amount > 0)) return 0;
  const q = quantum > 0 ? quantum : 1e-9;
  return Math.floor((amount * rate) / q) * q;
}

/** Loads a flat pool record (layout P_*) into POOL; false if it is malformed. */
export function poolFromArray(p: Float64Array): bool {
  if (p.length < POOL_FIELDS) return false;
  POOL.kind = <i32>p[P_KIND];
  POOL.tao = p[P_TAO];
  POOL.alpha = p[P_ALPHA];
  POOL.wq = p[P_W_QUOTE];
  POOL.feeRate = p[P_FEE_RATE];
  POOL.flatFee = p[P_FLAT_FEE];
  POOL.feeDest = <i32>p[P_FEE_DEST];
  POOL.quantum = p[P_FEE_QUANTUM];
  POOL.minReserve = p[P_MIN_RESERVE];
  POOL.maxInputMult = p[P_MAX_INPUT_MULT];
  return true;
}

function refuse(op: i32, amount: f64, code: i32): i32 {
  for (let k = 0; k < TRADE_SLOTS; k++) unchecked((TRADE[k] = 0));
  TRADE[X_CODE] = <f64>code;
  TRADE[X_OP] = <f64>op;
  TRADE[X_AMOUNT] = isFinite(amount) ? amount : 0;
  const p = spotPrice(POOL.kind, POOL.tao, POOL.alpha, POOL.wq);
  TRADE[X_PRICE_BEFORE] = p;
  TRADE[X_PRICE_AFTER] = p;
  TRADE[X_TAO_AFTER] = POOL.tao;
  TRADE[X_ALPHA_AFTER] = POOL.alpha;
  TRADE[X_W_QUOTE_AFTER] = POOL.wq;
  return code;
}

function usable(): bool {
  return POOL.tao > 0 && POOL.alpha > 0 && POOL.wq > 0 && POOL.wq < 1 && isFinite(POOL.tao) && isFinite(POOL.alpha);
}

/** Stakes `tao` TAO into POOL (buy alpha; §d.4): fee floored to rao, `limit` (TAO/alpha, ≤ 0 = none)
 *  bounds the marginal price after the trade. Fills TRADE; returns 0 or a REFUSED_* code. Called by
 *  marketTrade and by the network's extrinsics. */
export function stake(tao: f64, limit: f64): i32 {
  if (!(tao > 0) || !isFinite(tao)) return refuse(OP_STAKE, tao, REFUSED_BAD_AMOUNT);
  if (!usable()) return refuse(OP_STAKE, tao, REFUSED_EMPTY_POOL);
  if (tao > POOL.maxInputMult * POOL.tao) return refuse(OP_STAKE, tao, REFUSED_INPUT_TOO_LARGE);
  const p0 = spotPrice(POOL.kind, POOL.tao, POOL.alpha, POOL.wq);
  let feeRate = floorFee(tao, POOL.feeRate, POOL.quantum);
  let net = tao - POOL.flatFee - feeRate;
  if (!(net > 0)) return refuse(OP_STAKE, tao, REFUSED_BAD_AMOUNT);
  let refund = 0.0;
  let hit = false;
  if (limit > 0 && isFinite(limit)) {
    if (limit <= p0) return refuse(OP_STAKE, tao, REFUSED_LIMIT);
    const most = taoToPrice(POOL.kind, POOL.tao, POOL.alpha, POOL.wq, limit);
    if (net > most) {
      // A truncated order pays the fee on what it fills: Δ·r/(65535 − r) (§d.4).
      net = most;
      feeRate = floorFee(net, POOL.feeRate / (1.0 - POOL.feeRate), POOL.quantum);
      hit = true;
    }
  }
  // Written as the reference writes it, so an unlimited order shows its float residue (≈1e-13).
  refund = tao - net - (POOL.flatFee + feeRate);
  const out = buyOut(POOL.kind, POOL.tao, POOL.alpha, POOL.wq, net);
  if (POOL.alpha - out < POOL.minReserve) return refuse(OP_STAKE, tao, REFUSED_RESERVE);
  const toPool = POOL.feeDest == FEE_DEST_POOL ? feeRate : 0.0;
  POOL.tao += net + POOL.flatFee + toPool;
  POOL.alpha -= out;
  const p1 = spotPrice(POOL.kind, POOL.tao, POOL.alpha, POOL.wq);
  const used = tao - refund;
  TRADE[X_CODE] = 0;
  TRADE[X_OP] = <f64>OP_STAKE;
  TRADE[X_AMOUNT] = tao;
  TRADE[X_TO_POOL] = net;
  TRADE[X_FEE_TAO] = POOL.flatFee + feeRate;
  TRADE[X_FEE_ALPHA] = 0;
  TRADE[X_OUT] = out;
  TRADE[X_AUTHOR_TAO] = feeRate - toPool;
  TRADE[X_REFUND] = refund;
  TRADE[X_PRICE_BEFORE] = p0;
  TRADE[X_PRICE_AFTER] = p1;
  TRADE[X_HIT_LIMIT] = hit ? 1 : 0;
  TRADE[X_AVG_PRICE] = out > 0 ? used / out : 0;
  TRADE[X_SLIPPAGE] = used > 0 ? 1.0 - (out * p0) / used : 0;
  TRADE[X_IMPACT] = p0 > 0 ? p1 / p0 - 1.0 : 0;
  TRADE[X_TAO_AFTER] = POOL.tao;
  TRADE[X_ALPHA_AFTER] = POOL.alpha;
  TRADE[X_W_QUOTE_AFTER] = POOL.wq;
  return 0;
}

/** Unstakes `alpha` alpha from POOL (sell; §d.4): the fee alpha is floored to rao; with the fee to the
 *  author it is sold fee-free after the main leg and its TAO leaves the pool. Fills TRADE; returns 0 or
 *  a REFUSED_* code. Called by marketTrade and by the network's extrinsics. */
export function unstake(alpha: f64, limit: f64): i32 {
  if (!(alpha > 0) || !isFinite(alpha)) return refuse(OP_UNSTAKE, alpha, REFUSED_BAD_AMOUNT);
  if (!usable()) return refuse(OP_UNSTAKE, alpha, REFUSED_EMPTY_POOL);
  if (alpha > POOL.maxInputMult * POOL.alpha) return refuse(OP_UNSTAKE, alpha, REFUSED_INPUT_TOO_LARGE);
  const p0 = spotPrice(POOL.kind, POOL.tao, POOL.alpha, POOL.wq);
  let fee = floorFee(alpha, POOL.feeRate, POOL.quantum);
  let net = alpha - fee;
  if (!(net > 0)) return refuse(OP_UNSTAKE, alpha, REFUSED_BAD_AMOUNT);
  let refund = 0.0;
  let hit = false;
  if (limit > 0 && isFinite(limit)) {
    if (limit >= p0) return refuse(OP_UNSTAKE, alpha, REFUSED_LIMIT);
    const most = alphaToPrice(POOL.kind, POOL.tao, POOL.alpha, POOL.wq, limit);
    if (net > most) {
      net = most;
      fee = floorFee(net, POOL.feeRate / (1.0 - POOL.feeRate), POOL.quantum);
      hit = true;
    }
  }
  refund = alpha - net - fee;
  let y = POOL.tao;
  let x = POOL.alpha;
  const gross = sellOut(POOL.kind, y, x, POOL.wq, net);
  x += net;
  y -= gross;
  let author = 0.0;
  if (POOL.feeDest == FEE_DEST_POOL) x += fee;
  else {
    author = sellOut(POOL.kind, y, x, POOL.wq, fee);
    x += fee;
    y -= author;
  }
  // The Feb-2025 flat fee is kept by the pool on the way out too.
  const flat = min(POOL.flatFee, gross);
  y += flat;
  if (y < POOL.minReserve) return refuse(OP_UNSTAKE, alpha, REFUSED_RESERVE);
  POOL.tao = y;
  POOL.alpha = x;
  const p1 = spotPrice(POOL.kind, y, x, POOL.wq);
  const got = gross - flat;
  const used = alpha - refund;
  TRADE[X_CODE] = 0;
  TRADE[X_OP] = <f64>OP_UNSTAKE;
  TRADE[X_AMOUNT] = alpha;
  TRADE[X_TO_POOL] = net;
  TRADE[X_FEE_TAO] = flat;
  TRADE[X_FEE_ALPHA] = fee;
  TRADE[X_OUT] = got;
  TRADE[X_AUTHOR_TAO] = author;
  TRADE[X_REFUND] = refund;
  TRADE[X_PRICE_BEFORE] = p0;
  TRADE[X_PRICE_AFTER] = p1;
  TRADE[X_HIT_LIMIT] = hit ? 1 : 0;
  TRADE[X_AVG_PRICE] = used > 0 ? got / used : 0;
  TRADE[X_SLIPPAGE] = used > 0 && p0 > 0 ? 1.0 - got / (used * p0) : 0;
  TRADE[X_IMPACT] = p0 > 0 ? p1 / p0 - 1.0 : 0;
  TRADE[X_TAO_AFTER] = y;
  TRADE[X_ALPHA_AFTER] = x;
  TRADE[X_W_QUOTE_AFTER] = POOL.wq;
  return 0;
}

function tradeResult(): Float64Array {
  const out = new Float64Array(TRADE_SLOTS);
  for (let k = 0; k < TRADE_SLOTS; k++) out[k] = unchecked(TRADE[k]);
  return out;
}

/** One trade against a standalone pool (layout P_*): op 0 stake `amount` TAO, 1 unstake `amount`
 *  alpha; `limit` TAO/alpha, ≤ 0 for none. Returns the TRADE record (X_*), including the pool after.
 *  Widget (1) calls it from the worker (§d.4). */
export function marketTrade(pool: Float64Array, op: i32, amount: f64, limit: f64): Float64Array {
  if (!poolFromArray(pool)) {
    POOL.tao = 0;
    POOL.alpha = 0;
    refuse(op, amount, REFUSED_EMPTY_POOL);
  } else if (op == OP_UNSTAKE) unstake(amount, limit);
  else stake(amount, limit);
  return tradeResult();
}

/** Trades of each size in `amounts` (TAO for op 0, alpha for op 1), each on a fresh copy of `pool`:
 *  rows of TRADE_SLOTS, for the slippage curve of widget (1) (§d.4 "Slippage"). */
export function marketSlippageCurve(pool: Float64Array, op: i32, amounts: Float64Array): Float64Array {
  const out = new Float64Array(amounts.length * TRADE_SLOTS);
  for (let i = 0; i < amounts.length; i++) {
    if (!poolFromArray(pool)) {
      POOL.tao = 0;
      refuse(op, amounts[i], REFUSED_EMPTY_POOL);
    } else if (op == OP_UNSTAKE) unstake(amounts[i], 0);
    else stake(amounts[i], 0);
    for (let k = 0; k < TRADE_SLOTS; k++) out[i * TRADE_SLOTS + k] = unchecked(TRADE[k]);
  }
  return out;
}

/** Stake `tao` TAO, then unstake all the alpha it bought, on one copy of `pool`: the stake record,
 *  the unstake record, then [TAO lost, loss as a fraction of `tao`] (§d.4: only the fees are lost).
 *  Widget (1) calls it. */
export function marketRoundTrip(pool: Float64Array, tao: f64): Float64Array {
  const out = new Float64Array(2 * TRADE_SLOTS + 2);
  if (!poolFromArray(pool)) {
    POOL.tao = 0;
    refuse(OP_STAKE, tao, REFUSED_EMPTY_POOL);
  } else stake(tao, 0);
  for (let k = 0; k < TRADE_SLOTS; k++) out[k] = unchecked(TRADE[k]);
  if (TRADE[X_CODE] != 0) {
    refuse(OP_UNSTAKE, 0, <i32>TRADE[X_CODE]);
  } else unstake(TRADE[X_OUT], 0);
  for (let k = 0; k < TRADE_SLOTS; k++) out[TRADE_SLOTS + k] = unchecked(TRADE[k]);
  if (out[X_CODE] == 0 && TRADE[X_CODE] == 0) {
    const loss = tao - TRADE[X_OUT];
    out[2 * TRADE_SLOTS] = loss;
    out[2 * TRADE_SLOTS + 1] = loss / tao;
  }
  return out;
}
