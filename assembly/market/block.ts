// One block of the reference (spec §11.2): mint E, coinbase, due epochs, EMA prices; and the users'
// extrinsics that run after them. The hot loop of every multi-block run: it allocates nothing.
import { Network } from './state';
import { blockEmission } from './issuance';
import { collectEligible, coinbase } from './coinbase';
import { runEpoch } from './epoch';
import { POOL, TRADE, stake, unstake } from './trade';
import {
  R_AMM, R_LEGACY_EPOCH, R_FEE_RATE, R_FLAT_FEE, R_FEE_DEST, R_FEE_QUANTUM, R_MIN_RESERVE, R_MAX_INPUT_MULT,
  S_TAO, S_ALPHA_IN, S_W_QUOTE, S_ALPHA_OUT, S_EMA, S_FIRST_EMISSION, S_LAST_EPOCH, S_TEMPO, S_SPOT,
  S_USER_FLOW_ACC, B_BLOCK, B_EMISSION, B_RECYCLED, X_CODE, X_TO_POOL, X_OUT, X_AMOUNT, X_REFUND,
  X_AUTHOR_TAO, OP_UNSTAKE, TRADE_SLOTS, REFUSED_NO_SUBNET, REFUSED_NO_ALPHA, X_OP, X_PRICE_BEFORE,
  X_PRICE_AFTER, X_TAO_AFTER, X_ALPHA_AFTER, X_W_QUOTE_AFTER,
} from './layout';

/** EMA price update (§b.2): a_eff = a·b/(b+H) with b blocks since start_call, and the spot price fed
 *  in clipped at 1 TAO/alpha. */
function updateEma(net: Network, i: i32): void {
  const b = net.block - (net.get(i, S_FIRST_EMISSION) - 1.0);
  const a = (net.emaAlpha * b) / (b + net.emaHalving);
  net.set(i, S_EMA, a * min(net.spot(i), 1.0) + (1.0 - a) * net.get(i, S_EMA));
}

/** Advances `net` by one block (§11.2 steps 1–5); called by marketStep and marketSimulate. */
export function stepBlock(net: Network): void {
  net.block += 1;
  const E = blockEmission(net.issuance);
  net.issuance += E;
  const m = collectEligible(net, net.block);
  unchecked((net.terms[B_BLOCK] = net.block));
  unchecked((net.terms[B_EMISSION] = E));
  let recycled = E;
  if (m > 0) recycled = coinbase(net, E, m);
  net.issuance -= recycled;
  unchecked((net.terms[B_RECYCLED] = recycled));
  const extra = net.rule(R_LEGACY_EPOCH) != 0 ? 1.0 : 0.0;
  for (let i = 0; i < net.n; i++) {
    const tempo = net.get(i, S_TEMPO);
    if (tempo > 0 && net.block - net.get(i, S_LAST_EPOCH) >= tempo + extra) {
      runEpoch(net, i);
      net.set(i, S_LAST_EPOCH, net.block);
    }
  }
  for (let k = 0; k < m; k++) updateEma(net, unchecked(net.eligible[k]));
}

/** Loads subnet i's pool and the era's fee rules into the shared trade pool. */
function loadPool(net: Network, i: i32): void {
  POOL.kind = <i32>net.rule(R_AMM);
  POOL.tao = net.get(i, S_TAO);
  POOL.alpha = net.get(i, S_ALPHA_IN);
  POOL.wq = net.get(i, S_W_QUOTE);
  POOL.feeRate = net.rule(R_FEE_RATE);
  POOL.flatFee = net.rule(R_FLAT_FEE);
  POOL.feeDest = <i32>net.rule(R_FEE_DEST);
  POOL.quantum = net.rule(R_FEE_QUANTUM);
  POOL.minReserve = net.rule(R_MIN_RESERVE);
  POOL.maxInputMult = net.rule(R_MAX_INPUT_MULT);
}

/** A user's stake (op 0, `amount` TAO) or unstake (op 1, `amount` alpha) on subnet index i after this
 *  block's EMA update (§11.2 step 6): moves the pool, alpha_out and the user flow. Fills TRADE;
 *  returns 0 or a REFUSED_* code. */
export function userTrade(net: Network, i: i32, op: i32, amount: f64, limit: f64): i32 {
  if (i < 0 || i >= net.n) {
    for (let k = 0; k < TRADE_SLOTS; k++) unchecked((TRADE[k] = 0));
    TRADE[X_CODE] = <f64>REFUSED_NO_SUBNET;
    TRADE[X_AMOUNT] = amount;
    return REFUSED_NO_SUBNET;
  }
  loadPool(net, i);
  if (op == OP_UNSTAKE && amount > net.get(i, S_ALPHA_OUT)) {
    // Nobody holds that much: only alpha outside the pool (alpha_out) can be sold into it.
    for (let k = 0; k < TRADE_SLOTS; k++) unchecked((TRADE[k] = 0));
    const p = net.spot(i);
    TRADE[X_CODE] = <f64>REFUSED_NO_ALPHA;
    TRADE[X_OP] = <f64>op;
    TRADE[X_AMOUNT] = amount;
    TRADE[X_PRICE_BEFORE] = p;
    TRADE[X_PRICE_AFTER] = p;
    TRADE[X_TAO_AFTER] = POOL.tao;
    TRADE[X_ALPHA_AFTER] = POOL.alpha;
    TRADE[X_W_QUOTE_AFTER] = POOL.wq;
    return REFUSED_NO_ALPHA;
  }
  const code = op == OP_UNSTAKE ? unstake(amount, limit) : stake(amount, limit);
  if (code != 0) return code;
  net.set(i, S_TAO, POOL.tao);
  net.set(i, S_ALPHA_IN, POOL.alpha);
  net.set(i, S_W_QUOTE, POOL.wq);
  if (op == OP_UNSTAKE) {
    // The pool received the whole offer (net and fee alpha); the user's and author's TAO left it.
    net.add(i, S_ALPHA_OUT, -(TRADE[X_AMOUNT] - TRADE[X_REFUND]));
    net.add(i, S_USER_FLOW_ACC, -(TRADE[X_OUT] + TRADE[X_AUTHOR_TAO]));
  } else {
    net.add(i, S_ALPHA_OUT, TRADE[X_OUT]);
    net.add(i, S_USER_FLOW_ACC, TRADE[X_TO_POOL]);
  }
  net.set(i, S_SPOT, net.spot(i));
  return 0;
}

/** Refreshes the output-only spot prices of the subnet records (for marketState). */
export function refreshSpots(net: Network): void {
  for (let i = 0; i < net.n; i++) net.set(i, S_SPOT, net.spot(i));
}
