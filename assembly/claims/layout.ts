// Slot layout of every claim model's flat arrays. src/models/claims/layout.ts mirrors it name for
// name (and tests/unit/claims-models.test.ts checks the two against claimLayout()), so a change here
// must be made there too.
//
// Every model takes its parameters as one Float64Array in schema order (the *_P_* slots) and returns
//   [ summary (…_SUMMARY values) | series 0 (n values) | series 1 (n values) | … ]
// where n = out[SUM_N]. Summary slot 0 is always n and slot 1 the verdict margin (> 0: the claim holds).

export const SUM_N = 0;
export const SUM_MARGIN = 1;

// Model ids for claimLayout() and the sweep driver.
export const MODEL_WEIGHT_RENT = 1;
export const MODEL_LEAKAGE = 2;
export const MODEL_THREE_NETWORKS = 3;
export const MODEL_ROUTING = 4;
export const MODEL_COORDINATION = 5;

// ---------------------------------------------------------------------------------------------
// Model 1, weight rent vs market rent (weight-rent.ts). Monthly, t = 0 … H; month 0 = Oct 2026.
export const WR_P_Q0 = 0; // whole open-model market, tokens/month
export const WR_P_G = 1; // demand growth per month
export const WR_P_M0 = 2; // weight premium at a release, $ per 1M tokens (blended)
export const WR_P_TAU_W = 3; // premium decay time, months
export const WR_P_TR = 4; // months between the lab's releases
export const WR_P_W = 5; // the lab's share of open-model tokens
export const WR_P_CR = 6; // $ per release
export const WR_P_K = 7; // market take, $ per 1M tokens (blended)
export const WR_P_S0 = 8; // the market's share of open-model tokens at month 0
export const WR_P_A = 9; // share growth per month that today's subsidy buys
export const WR_P_CH = 10; // share churn per month
export const WR_P_E0 = 11; // subsidy, $ per month at month 0
export const WR_P_HALVING_MONTH = 12;
export const WR_P_DRIFT = 13; // TAO price drift per month
export const WR_P_R = 14; // discount rate per month
export const WR_P_KAPPA = 15; // share of subsidy counted as investment
export const WR_P_H = 16; // horizon, months
export const WR_PARAMS = 17;

export const WR_S_VW = 2; // $ present value of the weights' premium
export const WR_S_RELEASE_COST = 3; // $ present value of the lab's releases
export const WR_S_VW_NET = 4; // $ VW minus the releases
export const WR_S_VK = 5; // $ present value of the market's take
export const WR_S_DILUTION = 6; // $ present value of the subsidy counted as dilution, (1 − κ)·E
export const WR_S_VK_NET = 7; // $ VK minus the dilution
export const WR_S_PV_COVER = 8; // VK ÷ present value of the whole subsidy
export const WR_S_COVER_NEEDED = 9; // 1 − κ: the coverage the claim needs
export const WR_S_FIRST_COVERED = 10; // first month CR ≥ 1, −1 if never
export const WR_S_HALVING_AT = 11; // first month with one more halving than at t = 0, −1 if none within H
export const WR_S_CR0 = 12; // coverage at t = 0
export const WR_S_SHARE_END = 13; // S(H)
export const WR_S_RELEASES = 14; // releases within the horizon (month 0 included)
export const WR_S_H = 15; // horizon used (months)
export const WR_SUMMARY = 16;

export const WR_T_PREMIUM = 0; // m(t), $ per 1M
export const WR_T_SHARE = 1; // S(t)
export const WR_T_DEMAND = 2; // Q(t), tokens/month
export const WR_T_SUBSIDY = 3; // E(t), $/month
export const WR_T_COVERAGE = 4; // CR(t)
export const WR_T_WEIGHT_RENT = 5; // m·w·Q/1e6, $/month
export const WR_T_MARKET_RENT = 6; // k·S·Q/1e6, $/month
export const WR_T_CUM_VW_NET = 7; // discounted running sums net of each side's costs, $
export const WR_T_CUM_VK_NET = 8;
export const WR_SERIES = 9;

// ---------------------------------------------------------------------------------------------
// Model 2, leakage of an open release (leakage.ts). Daily, t = 0 … 365.
export const LK_P_PO = 0; // originator price, $ per 1M (blended)
export const LK_P_PB = 1; // subnet price
export const LK_P_PC = 2; // centralized hosts' price
export const LK_P_LB = 3; // days until the subnet serves it
export const LK_P_LC = 4; // days until centralized hosts serve it
export const LK_P_BETA = 5; // price sensitivity, originator vs third-party hosts
export const LK_P_BETA_H = 6; // price sensitivity among third-party hosts (≥ β)
export const LK_P_ALPHA0 = 7; // originator head start, utility
export const LK_P_TAU_ALPHA = 8; // days
export const LK_P_ALPHA_F = 9; // lasting originator edge, utility
export const LK_P_ALPHA_B = 10; // subnet's own appeal vs centralized hosts, utility
export const LK_P_DELTA_SUB = 11; // $ per 1M added to p_B when emissions fall
export const LK_P_EMISSIONS_FALL = 12; // 0/1
export const LK_P_LICENCE = 13; // 0/1: 1 = licence keeps third-party hosts out
export const LK_P_DEMAND_GROWTH = 14; // per month
export const LK_P_K = 15; // derivative family size (display)
export const LK_P_RHO = 16; // derivative growth rate per day (display)
export const LK_PARAMS = 17;

export const LK_S_PHI_O = 2; // shares of the year's demand
export const LK_S_PHI_B = 3;
export const LK_S_PHI_C = 4;
export const LK_S_EARN_O = 5; // shares of the year's spending on the model
export const LK_S_EARN_B = 6;
export const LK_S_EARN_C = 7;
export const LK_S_OVERTAKE_DAY = 8; // first day s_B > s_O, −1 if never
export const LK_S_SO_END = 9;
export const LK_S_SB_END = 10;
export const LK_S_PB_PAID = 11; // the subnet's price users pay, $ per 1M
export const LK_S_D_END = 12; // derivatives at day 365
export const LK_S_D_MID = 13; // t½ of the derivative curve, days
export const LK_SUMMARY = 14;

export const LK_T_SO = 0;
export const LK_T_SB = 1;
export const LK_T_SC = 2;
export const LK_T_EO = 3; // shares of the day's spending
export const LK_T_EB = 4;
export const LK_T_EC = 5;
export const LK_T_ALPHA_O = 6;
export const LK_T_DEMAND = 7; // Q(t), relative to day 0
export const LK_T_DERIVATIVES = 8; // D(t)
export const LK_SERIES = 9;
export const LK_DAYS = 366;

// ---------------------------------------------------------------------------------------------
// Model 3, three networks (three-networks.ts, three-networks-world.ts). Weekly, t = 0 … 260.
export const TN_P_QTOT = 0; // tokens/week
export const TN_P_PB0 = 1; // $ per TAO
export const TN_P_W_INF = 2;
export const TN_P_MU = 3;
export const TN_P_SIGMA = 4;
export const TN_P_B = 5;
export const TN_P_TOKEN_TAO = 6; // the subnets' token value at week 0, TAO
export const TN_P_ETA = 7;
export const TN_P_C_TAIL = 8; // $ per 1M tokens, a specialised small model
export const TN_P_C_FRONT = 9; // $ per 1M tokens, a frontier open model
export const TN_P_C_PRICE = 10; // C's price as a multiple of its cost (< 1: first-party price cuts)
export const TN_P_PSI = 11;
export const TN_P_N_A = 12; // B params (active) of A's single model
export const TN_P_EA = 13; // $ per day
export const TN_P_LAMBDA = 14; // releases per month
export const TN_P_TAU = 15; // months
export const TN_P_LB = 16; // days
export const TN_P_LC = 17; // days
export const TN_P_FS = 18; // the long tail's share of demand
export const TN_P_CHI_B = 19; // share of each release's tail the subnets list
export const TN_P_CHI_C = 20; // … centralized hosts list
export const TN_P_U_D = 21; // dedicated deployment's price ÷ a listed model's
export const TN_P_BETA = 22;
export const TN_P_NU = 23; // share of users who re-choose each week
export const TN_P_SHOCK = 24; // 0 none, 1 governance (−20%), 2 hack (−15%)
export const TN_P_SHOCK_WEEK = 25;
export const TN_P_SEED = 26;
export const TN_PARAMS = 27;

export const TN_S_FUEL = 2; // s_B(260) with the releases − without them
export const TN_S_FUEL_ONE = 3; // Δs_B 12 weeks after one extra release at week 0
export const TN_S_SB0 = 4;
export const TN_S_SB_PRE_HALVING = 5;
export const TN_S_SB_END = 6;
export const TN_S_SB_END_NONE = 7; // s_B(260) with no release after week 0
export const TN_S_CR_END = 8;
export const TN_S_CR_MAX = 9;
export const TN_S_CR_WEEK = 10; // first week CR_B ≥ 1, −1 if never
export const TN_S_COLLAPSE_WEEK = 11; // first week s_B < s_B(0)/2, −1 if never
export const TN_S_HALVING_WEEK = 12;
export const TN_S_SA_END = 13;
export const TN_S_SC_END = 14;
export const TN_S_TAO_PRICE_END = 15;
export const TN_S_TOKEN_END = 16; // the subnets' token, TAO price relative to week 0
export const TN_S_RELEASES = 17; // releases that arrived within the horizon
export const TN_S_MU_DTAO = 18; // the dTAO miner share the market constants give
export const TN_S_SUBSIDY_RATIO0 = 19; // miners' emission ÷ the subnets' serving cost, week 0
export const TN_S_DISCOUNT0 = 20; // share of cost the subnets take off their price, week 0
export const TN_S_DISCOUNT_END = 21;
export const TN_S_SB_TAIL_END = 22; // the subnets' share of the long tail at week 260
export const TN_S_SB_FRONT_END = 23; // … of the frontier segment
export const TN_SUMMARY = 24;

export const TN_T_SB = 0; // demand shares
export const TN_T_SA = 1;
export const TN_T_SC = 2;
export const TN_T_SB_NONE = 3; // the subnets' share with no release after week 0
export const TN_T_PB = 4; // demand-weighted price, $ per 1M
export const TN_T_PA = 5;
export const TN_T_PC = 6;
export const TN_T_RELEASES_B = 7; // releases listed so far
export const TN_T_RELEASES_C = 8;
export const TN_T_TAO_PRICE = 9; // $ per TAO
export const TN_T_TOKEN = 10; // the subnets' token, TAO price relative to week 0
export const TN_T_EB = 11; // $ per week
export const TN_T_CR = 12;
export const TN_T_REV_B = 13; // $ per week
export const TN_T_SUBSIDY_RATIO = 14;
export const TN_SERIES = 15;
export const TN_WEEKS = 261;

// ---------------------------------------------------------------------------------------------
// Model 4, SLM routing (routing.ts). Static; the series sweep the routine share f over 0 … 1.
export const RT_P_N = 0; // calls per task
export const RT_P_F = 1; // routine share of calls
export const RT_P_T_IN = 2; // tokens per call
export const RT_P_T_OUT = 3;
export const RT_P_PIN_S = 4; // $ per 1M tokens, small model at central hosts
export const RT_P_POUT_S = 5;
export const RT_P_S_B = 6; // share of small-model calls served by Bittensor subnets
export const RT_P_P_B = 7; // subnets' small-model price, $ per 1M tokens (input and output)
export const RT_P_PIN_L = 8; // $ per 1M tokens, large model
export const RT_P_POUT_L = 9;
export const RT_P_Q_SR = 10; // per-call success
export const RT_P_Q_SN = 11;
export const RT_P_Q_L = 12;
export const RT_P_A = 13; // router accuracy
export const RT_P_D = 14; // failure detection (every setup retries a detected failure once)
export const RT_P_TTFT_S = 15; // s
export const RT_P_TTFT_L = 16;
export const RT_P_V_S = 17; // tokens/s
export const RT_P_V_L = 18;
export const RT_P_J_S = 19; // J per token
export const RT_P_J_RATIO = 20; // J_L / J_S
export const RT_P_W_IN = 21; // relative energy of a prefill token
export const RT_P_FT_COST = 22; // $ per fine-tune (one a month)
export const RT_P_CALLS_MONTH = 23;
export const RT_P_X = 24; // cost factor the claim needs
export const RT_P_TOL = 25; // success shortfall allowed (fraction)
export const RT_P_SPEND_MAX = 26; // largest share of the routed spend the large model may keep
export const RT_P_MOE = 27; // 0/1
export const RT_P_N_ACTIVE_L = 28; // B params
export const RT_P_N_TOTAL_L = 29;
export const RT_P_N_S = 30;
export const RT_PARAMS = 31;

export const RT_S_COST_L = 2; // $ per task
export const RT_S_COST_H = 3;
export const RT_S_COST_S = 4;
export const RT_S_SUCC_L = 5; // task success
export const RT_S_SUCC_H = 6;
export const RT_S_SUCC_S = 7;
export const RT_S_LAT_L = 8; // s per task
export const RT_S_LAT_H = 9;
export const RT_S_LAT_S = 10;
export const RT_S_ENERGY_L = 11; // J per task
export const RT_S_ENERGY_H = 12;
export const RT_S_ENERGY_S = 13;
export const RT_S_SPEND_L = 14; // share of the routed spend that goes to the large model
export const RT_S_COST_RATIO = 15; // one large model's cost / routed cost
export const RT_S_F_STAR = 16; // smallest f at which the claim holds, −1 if none
export const RT_S_X = 17;
export const RT_S_TOL = 18;
export const RT_S_FLOOR_GPUS = 19; // 80 GB GPUs to hold L's weights (FP8)
export const RT_S_PRICE_RATIO = 20; // per-call cost of L / of S
export const RT_S_SPEND_MAX = 21;
export const RT_S_SPEND_B = 22; // share of the routed spend that goes to Bittensor subnets
export const RT_SUMMARY = 23;

export const RT_T_F = 0;
export const RT_T_COST_H = 1;
export const RT_T_SUCC_H = 2;
export const RT_T_COST_RATIO = 3;
export const RT_T_SPEND_L = 4; // share of the routed spend on the large model
export const RT_T_MARGIN = 5;
export const RT_SERIES = 6;
export const RT_POINTS = 101;

// ---------------------------------------------------------------------------------------------
// Model 5, coordination capture (coordination.ts). Static, one year; the series sweep the network's
// share of spend s over 10⁻⁵ … 10⁻¹ (log-spaced).
export const CO_P_V = 0; // $ per year, spend on model APIs
export const CO_P_SHARE = 1; // network's share of V
export const CO_P_TAU = 2; // coordinator's take, share of the spend it routes
export const CO_P_THETA = 3; // code layer's cut, share of the same spend
export const CO_P_B = 4; // share of revenue that buys back the subnet's token (alpha)
export const CO_P_SIGMA = 5; // share of the subnet's emissions its participants sell
export const CO_P_E = 6; // TAO per day emitted to the network's subnets
export const CO_P_P = 7; // $ per TAO
export const CO_P_X = 8; // how many times the code layer's cut counts as "≫"
export const CO_PARAMS = 9;

export const CO_S_REV = 2; // $ per year through the network, s·V
export const CO_S_TAKE = 3; // τ·Rev: the coordination profit at a platform's take
export const CO_S_CODE = 4; // θ·Rev: the code layer's cut of the same spend
export const CO_S_BUYBACK = 5; // b·Rev, buys the subnet's alpha
export const CO_S_DILUTION = 6; // σ·E_usd, the subnet's emissions sold
export const CO_S_FLOW = 7; // F = buyback − dilution
export const CO_S_KEPT = 8; // min(take, F): the coordination profit token holders keep
export const CO_S_E_USD = 9; // e·365·P
export const CO_S_COVERAGE = 10; // Rev / E_usd, −1 without emissions
export const CO_S_S_STAR = 11; // share at which buybacks cover dilution + X·code, −1 if none
export const CO_S_X = 12; // the "≫" factor the claim needs
export const CO_SUMMARY = 13;

export const CO_T_SHARE = 0;
export const CO_T_BUYBACK = 1; // b·s·V, $ per year
export const CO_T_NEEDED = 2; // σ·E_usd + X·θ·s·V, $ per year
export const CO_SERIES = 3;
export const CO_POINTS = 81;
