// Slot indices of every flat array the market core takes or returns. src/engine/market-io.ts mirrors
// them and checks marketLayout() at load, so a change here must be made there too.

// One era's block rules (a `presets[...]` entry of the vectors file plus the file's `constants`).
export const R_AMM = 0; // 0 constant product, 1 Balancer weighted pool
export const R_FEE_RATE = 1; // fraction of the input (33/65535 today)
export const R_FLAT_FEE = 2; // TAO per trade (Feb-2025 era), kept by the pool
export const R_FEE_DEST = 3; // 0 pool, 1 block author
export const R_SHARES = 4; // 0 EMA price, 1 Taoflow, 2 net TAO flow
export const R_MINER_BURN = 5; // 1 = scale price shares by (1 − MinerBurned)
export const R_GATE_MODE = 6; // 0 none, 1 q-mass quantile, 2 rank
export const R_GATE_Q = 7;
export const R_GATE_N = 8;
export const R_GATE_H = 9;
export const R_GATE_INTERVAL = 10; // blocks between recomputations of the bar
export const R_INJECTION = 11; // 0 v1 uncapped TAO, 1 cap min(a_emit, E), 2 cap root_prop·a_emit
export const R_CHAIN_BUY = 12; // 0 none, 1 recycle the bought alpha, 2 keep it as protocol alpha
export const R_INJECT_ORDER = 13; // 0 inject only, 1 inject then buy, 2 weights then buy, 3 buy then inject
export const R_ROOT_DIVS = 14; // 0 root alpha sold every block, 1 accrued for claims, 2 baskets (market-2026h2 §B)
export const R_ROOT_SELL_FLAG = 15; // 1 = root alpha recycled while Σ EMA ≤ 1
export const R_TAO_WEIGHT = 16;
export const R_LEGACY_EPOCH = 17; // 1 = epochs every tempo + 1 blocks
export const R_EMISSION_DISABLED_DEFAULT = 18;
export const R_FLOW_EMA_ALPHA = 19;
export const R_MIN_WEIGHT = 20; // Balancer weights stay in [w, 1 − w]
export const R_FEE_QUANTUM = 21; // fees are floored to this many TAO (1 rao)
export const R_FLOW_NORM_EXPONENT = 22;
export const R_FLOW_CUTOFF = 23;
export const R_MIN_RESERVE = 24; // TAO; a user trade may not leave the output reserve below it
export const R_MAX_INPUT_MULT = 25; // a user trade's input may not exceed this × the input reserve
export const R_WEIGHT_OVERFLOW = 26; // 0 skip and recycle (market.md §11.2), 1 reservoirs (market-2026h2 §C)
export const R_ROOT_CLAIM_THRESHOLD = 27; // TAO; smaller basket credits stay queued (market-2026h2 §B.2)
export const RULES = 28;

// Network scalars of state0 (spec §11.1).
export const H_BLOCK = 0;
export const H_ISSUANCE = 1; // TAO
export const H_ROOT_TAO = 2; // TAO staked on root (R)
export const H_TAO_WEIGHT = 3;
export const H_OWNER_CUT = 4;
export const H_EMA_ALPHA = 5;
export const H_EMA_HALVING = 6;
export const H_ROOT_CLAIM = 7; // 0 swap, 1 keep
export const H_SELL_FRAC = 8;
export const H_GATE_THETA = 9;
export const HEADER = 10;

// One subnet record; the same layout goes in (state0) and comes out (marketState), S_SPOT only out.
export const S_NETUID = 0;
export const S_TAO = 1;
export const S_ALPHA_IN = 2;
export const S_W_QUOTE = 3;
export const S_ALPHA_OUT = 4;
export const S_PROTOCOL_ALPHA = 5;
export const S_EMA = 6;
export const S_MINER_BURNED = 7;
export const S_EMISSION_ENABLED = 8;
export const S_REGISTRATION_ALLOWED = 9;
export const S_OWNER_CUT_ENABLED = 10;
export const S_FIRST_EMISSION = 11;
export const S_LAST_EPOCH = 12;
export const S_TEMPO = 13;
export const S_PEND_SERVER = 14;
export const S_PEND_VALIDATOR = 15;
export const S_PEND_ROOT = 16;
export const S_PEND_OWNER = 17;
export const S_PEND_ROOT_TAO = 18;
export const S_USER_FLOW_EMA = 19;
export const S_USER_FLOW_ACC = 20;
export const S_PROTO_FLOW_EMA = 21;
export const S_PROTO_FLOW_ACC = 22;
export const S_MINERS = 23; // how many miner records follow in the miners array
export const S_VALIDATORS = 24;
export const S_SPOT = 25;
export const S_RES_TAO = 26; // reservoirs of injections not yet price-active (market-2026h2 §C)
export const S_RES_ALPHA = 27;
export const SUBNET_FIELDS = 28;

export const M_INCENTIVE = 0;
export const M_OWNER_KEY = 1;
export const MINER_FIELDS = 2;

export const V_DIV_WEIGHT = 0;
export const V_ALPHA_STAKE = 1;
export const V_ROOT_STAKE = 2;
export const V_TAKE = 3;
// Root Reborn baskets (market-2026h2 §B.2): V_FUND = 1 + the hotkey's fund number if it holds a UID
// on root, else 0; credits queued and held per (hotkey, subnet); the fund's shares P and BasketRate
// are kept equal on every record of the fund.
export const V_FUND = 4;
export const V_QUEUED = 5;
export const V_HELD = 6;
export const V_FUND_SHARES = 7;
export const V_BASKET_RATE = 8;
export const VALIDATOR_FIELDS = 9;

// One subnet's coinbase terms of the last block (spec §11.2 "Coinbase terms").
export const T_ELIGIBLE = 0;
export const T_TAO_EMISSION = 1;
export const T_ALPHA_EMISSION = 2;
export const T_PRICE = 3;
export const T_ROOT_PROP = 4;
export const T_TAO_IN = 5;
export const T_ALPHA_IN = 6;
export const T_EXCESS = 7;
export const T_BOUGHT = 8;
export const T_OWNER = 9;
export const T_SERVER = 10;
export const T_VALIDATOR = 11;
export const T_ROOT_ALPHA = 12;
export const T_PRICE_AFTER = 13;
export const T_PRICE_SHARE = 14;
export const T_BURN_WEIGHTED = 15;
export const T_GATED = 16;
export const T_FLOW_VALUE = 17;
export const T_FLOW_SHARE = 18;
export const T_FINAL_SHARE = 19;
export const T_SKIPPED_TAO = 20;
export const T_ROOT_SOLD_TAO = 21;
export const TERMS = 22;

// Block-level values that precede the per-subnet terms in marketTerms().
export const B_BLOCK = 0;
export const B_EMISSION = 1; // E, TAO
export const B_ROOT_SELL_FLAG = 2;
export const B_THETA = 3;
export const B_RECYCLED = 4; // TAO taken back out of issuance this block
export const B_ELIGIBLE = 5;
export const BLOCK_TERMS = 6;

// Per-subnet sums of the terms since load (or marketResetTotals).
export const C_ALPHA_EMITTED = 0;
export const C_OWNER = 1;
export const C_SERVER = 2;
export const C_VALIDATOR = 3;
export const C_ROOT = 4;
export const C_TAO_EMISSION = 5;
export const C_TAO_IN = 6;
export const C_EXCESS = 7;
export const C_BOUGHT = 8;
export const TOTALS = 9;

// Subnet-wide ledger entries (spec §11.3); each is a (value, touched) pair in marketLedger().
export const L_OWNER_ALPHA = 0;
export const L_MINER_WITHHELD = 1;
export const L_UNDIST_VALIDATOR = 2;
export const L_UNDIST_ROOT = 3;
export const L_ROOT_RECYCLED = 4;
export const L_CHAIN_BUY_RECYCLED = 5;
export const L_ROOT_NO_EARNER = 6; // root pot recycled: no root-registered earner (market-2026h2 §B.1)
export const LEDGER_FIXED = 7;
// Then one entry per miner ("miner:<name>") and these per validator.
export const LV_TAKE = 0;
export const LV_NOMINATORS = 1;
export const LV_TAKE_TAO = 2;
export const LV_ROOT_STAKERS_TAO = 3;
export const LV_ROOT_STAKERS_ALPHA = 4;
export const LV_BASKET_CREDIT = 5; // market-2026h2 §B.1–B.2 ledger keys
export const LV_BASKET_VALUE = 6;
export const LV_BASKET_SHARES = 7;
export const LV_RECYCLED_NOT_ON_ROOT = 8;
export const LV_RECYCLED_NO_ROOT_STAKE = 9;
export const LEDGER_PER_VALIDATOR = 10;

// A standalone pool for the trade widgets.
export const P_KIND = 0; // as R_AMM
export const P_TAO = 1;
export const P_ALPHA = 2;
export const P_W_QUOTE = 3;
export const P_FEE_RATE = 4;
export const P_FLAT_FEE = 5;
export const P_FEE_DEST = 6;
export const P_FEE_QUANTUM = 7;
export const P_MIN_RESERVE = 8;
export const P_MAX_INPUT_MULT = 9;
export const POOL_FIELDS = 10;

// The result of one user trade.
export const X_CODE = 0; // 0 filled (maybe partly), else a REFUSED_* code and nothing moved
export const X_OP = 1; // 0 stake (buy alpha with TAO), 1 unstake (sell alpha)
export const X_AMOUNT = 2; // what the user offered: TAO (stake) or alpha (unstake)
export const X_TO_POOL = 3; // what went through the curve
export const X_FEE_TAO = 4;
export const X_FEE_ALPHA = 5;
export const X_OUT = 6; // what the user received: alpha (stake) or TAO (unstake)
export const X_AUTHOR_TAO = 7; // TAO paid to the block author
export const X_REFUND = 8; // part of the offer not used because the limit was reached
export const X_PRICE_BEFORE = 9;
export const X_PRICE_AFTER = 10;
export const X_HIT_LIMIT = 11;
export const X_AVG_PRICE = 12; // TAO per alpha the user actually got
export const X_SLIPPAGE = 13; // fraction lost against the spot price before the trade
export const X_IMPACT = 14; // price_after / price_before − 1
export const X_TAO_AFTER = 15;
export const X_ALPHA_AFTER = 16;
export const X_W_QUOTE_AFTER = 17;
export const TRADE_SLOTS = 18;

export const OP_STAKE = 0;
export const OP_UNSTAKE = 1;

export const REFUSED_BAD_AMOUNT = 1; // not a positive finite amount
export const REFUSED_INPUT_TOO_LARGE = 2; // more than R_MAX_INPUT_MULT × the input reserve
export const REFUSED_RESERVE = 3; // would leave the output reserve below R_MIN_RESERVE
export const REFUSED_LIMIT = 4; // the limit price is already passed: nothing can fill
export const REFUSED_EMPTY_POOL = 5; // a reserve is zero or the pool is malformed
export const REFUSED_NO_SUBNET = 6;
export const REFUSED_NO_ALPHA = 7; // an unstake of more alpha than exists outside the pool
