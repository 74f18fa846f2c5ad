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
// Model 1, weight rent vs market rent (weight-rent.ts). Monthly, t = 0 … H.
export const WR_P_Q0 = 0; // tokens/month
export const WR_P_G = 1; // demand growth per month
export const WR_P_M0 = 2; // weight premium, $ per 1M tokens
export const WR_P_TAU_W = 3; // months
export const WR_P_K = 4; // coordinator take, $ per 1M tokens
export const WR_P_S0 = 5;
export const WR_P_A = 6; // share growth per month
export const WR_P_CH = 7; // share churn per month
export const WR_P_E0 = 8; // $ per month
export const WR_P_HALVING_MONTH = 9;
export const WR_P_DRIFT = 10; // TAO price drift per month
export const WR_P_R = 11; // discount rate per month
export const WR_P_KAPPA = 12; // share of subsidy counted as investment
export const WR_P_H = 13; // horizon, months
export const WR_PARAMS = 14;

export const WR_S_VW = 2; // $ present value of the weight premium
export const WR_S_VK = 3; // $ present value of the market take
export const WR_S_VK_NET = 4; // $ VK minus the dilution cost of the subsidy
export const WR_S_RATIO = 5; // VK / VW
export const WR_S_MAX_CR = 6; // best monthly coverage within H
export const WR_S_FIRST_COVERED = 7; // first month CR ≥ 1, −1 if never
export const WR_S_HALVING_AT = 8; // first month with one more halving than at t = 0, −1 if none within H
export const WR_S_CR0 = 9; // coverage at t = 0
export const WR_S_SHARE_END = 10; // S(H)
export const WR_S_H = 11; // horizon used (months)
export const WR_SUMMARY = 12;

export const WR_T_PREMIUM = 0; // m(t), $ per 1M
export const WR_T_SHARE = 1; // S(t)
export const WR_T_DEMAND = 2; // Q(t), tokens/month
export const WR_T_SUBSIDY = 3; // E(t), $/month
export const WR_T_COVERAGE = 4; // CR(t)
export const WR_T_WEIGHT_RENT = 5; // m·Q/1e6, $/month
export const WR_T_MARKET_RENT = 6; // k·S·Q/1e6, $/month
export const WR_T_CUM_VW = 7; // discounted running sums, $
export const WR_T_CUM_VK_NET = 8;
export const WR_SERIES = 9;

// ---------------------------------------------------------------------------------------------
// Model 2, leakage of an open release (leakage.ts). Daily, t = 0 … 365.
export const LK_P_PO = 0; // originator price, $ per 1M (blended)
export const LK_P_PB = 1; // subnet price
export const LK_P_PC = 2; // centralized hosts' price
export const LK_P_LB = 3; // days until the subnet serves it
export const LK_P_LC = 4; // days until centralized hosts serve it
export const LK_P_BETA = 5;
export const LK_P_ALPHA0 = 6;
export const LK_P_TAU_ALPHA = 7; // days
export const LK_P_ALPHA_F = 8;
export const LK_P_DELTA_SUB = 9; // $ per 1M added to p_B when emissions fall
export const LK_P_EMISSIONS_FALL = 10; // 0/1
export const LK_P_LICENCE = 11; // 0/1: 1 = licence keeps third-party hosts out
export const LK_P_THRESHOLD = 12; // the claim needs Φ_O below this
export const LK_P_DEMAND_GROWTH = 13; // per month
export const LK_P_K = 14; // derivative family size (display)
export const LK_P_RHO = 15; // derivative growth rate per day (display)
export const LK_PARAMS = 16;

export const LK_S_PHI_O = 2;
export const LK_S_PHI_B = 3;
export const LK_S_PHI_C = 4;
export const LK_S_OVERTAKE_DAY = 5; // first day s_B > s_O, −1 if never
export const LK_S_THRESHOLD = 6;
export const LK_S_SO_END = 7;
export const LK_S_SB_END = 8;
export const LK_S_D_END = 9; // derivatives at day 365
export const LK_S_D_MID = 10; // t½ of the derivative curve, days
export const LK_SUMMARY = 11;

export const LK_T_SO = 0;
export const LK_T_SB = 1;
export const LK_T_SC = 2;
export const LK_T_ALPHA_O = 3;
export const LK_T_DEMAND = 4; // Q(t), relative to day 0
export const LK_T_DERIVATIVES = 5; // D(t)
export const LK_SERIES = 6;
export const LK_DAYS = 366;

// ---------------------------------------------------------------------------------------------
// Model 3, three networks (three-networks.ts). Weekly, t = 0 … 260.
export const TN_P_QTOT = 0; // tokens/week
export const TN_P_PB0 = 1; // $ per TAO
export const TN_P_W_INF = 2;
export const TN_P_MU = 3;
export const TN_P_SIGMA = 4;
export const TN_P_B = 5;
export const TN_P_C_GPU = 6; // $ per GPU-hour
export const TN_P_N_SMALL = 7; // B params, routine segment (B and C)
export const TN_P_N_FRONT = 8; // B params, frontier segment (B and C)
export const TN_P_N_A = 9; // B params of A's single model
export const TN_P_K_THR = 10; // throughput multiplier
export const TN_P_LAMBDA = 11; // releases per month
export const TN_P_LB = 12; // days
export const TN_P_LC = 13; // days
export const TN_P_BETA = 14;
export const TN_P_GAMMA = 15;
export const TN_P_DELTA = 16;
export const TN_P_KAPPA = 17;
export const TN_P_ETA = 18;
export const TN_P_FS = 19;
export const TN_P_EA = 20; // $ per day
export const TN_P_PSI = 21;
export const TN_P_NU = 22; // share of users who re-choose each week
export const TN_P_C_PRICE = 23; // C's price as a multiple of its cost (< 1: first-party price cuts)
export const TN_P_SHOCK = 24; // 0 none, 1 governance (−25%), 2 hack (−15%)
export const TN_P_SHOCK_WEEK = 25;
export const TN_P_SEED = 26;
export const TN_PARAMS = 27;

export const TN_S_FUEL = 2; // Δs_B 12 weeks after one extra release
export const TN_S_SB0 = 3;
export const TN_S_SB_PRE_HALVING = 4;
export const TN_S_SB_END = 5;
export const TN_S_CR_END = 6;
export const TN_S_CR_MAX = 7;
export const TN_S_CR_WEEK = 8; // first week CR_B ≥ 1, −1 if never
export const TN_S_COLLAPSE_WEEK = 9; // first week s_B < s_B(0)/2, −1 if never
export const TN_S_HALVING_WEEK = 10;
export const TN_S_SA_END = 11;
export const TN_S_SC_END = 12;
export const TN_S_PB_END = 13;
export const TN_S_RELEASES = 14; // releases that arrived within the horizon
export const TN_S_MU_DTAO = 15; // the dTAO miner share the market constants give
export const TN_SUMMARY = 16;

export const TN_T_SB = 0; // demand shares
export const TN_T_SA = 1;
export const TN_T_SC = 2;
export const TN_T_PB = 3; // demand-weighted price, $ per 1M
export const TN_T_PA = 4;
export const TN_T_PC = 5;
export const TN_T_GB = 6; // GPU-equivalents
export const TN_T_GA = 7;
export const TN_T_GC = 8;
export const TN_T_MB = 9; // catalog sizes
export const TN_T_MC = 10;
export const TN_T_TAO_PRICE = 11;
export const TN_T_EB = 12; // $ per week
export const TN_T_CR = 13;
export const TN_T_REV_B = 14; // $ per week
export const TN_SERIES = 15;
export const TN_WEEKS = 261;

// ---------------------------------------------------------------------------------------------
// Model 4, SLM routing (routing.ts). Static; the series sweep the routine share f over 0 … 1.
export const RT_P_N = 0; // calls per task
export const RT_P_F = 1;
export const RT_P_T_IN = 2;
export const RT_P_T_OUT = 3;
export const RT_P_PIN_S = 4; // $ per 1M
export const RT_P_POUT_S = 5;
export const RT_P_PIN_L = 6;
export const RT_P_POUT_L = 7;
export const RT_P_Q_SR = 8;
export const RT_P_Q_SN = 9;
export const RT_P_Q_L = 10;
export const RT_P_A = 11; // router accuracy
export const RT_P_D = 12; // failure detection
export const RT_P_TTFT_S = 13; // s
export const RT_P_TTFT_L = 14;
export const RT_P_V_S = 15; // tokens/s
export const RT_P_V_L = 16;
export const RT_P_J_S = 17; // J per token
export const RT_P_J_RATIO = 18; // J_L / J_S
export const RT_P_W_IN = 19; // relative energy of a prefill token
export const RT_P_FT_COST = 20; // $ per fine-tune (one a month)
export const RT_P_CALLS_MONTH = 21;
export const RT_P_X = 22; // cost factor the claim needs
export const RT_P_TOL = 23; // success shortfall allowed (fraction)
export const RT_P_MOE = 24; // 0/1
export const RT_P_N_ACTIVE_L = 25; // B params
export const RT_P_N_TOTAL_L = 26;
export const RT_P_N_S = 27;
export const RT_PARAMS = 28;

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
export const RT_S_SPEND_L = 14; // share of Hetero spend that goes to L
export const RT_S_COST_RATIO = 15; // cost_L / cost_H
export const RT_S_F_STAR = 16; // smallest f at which the claim holds, −1 if none
export const RT_S_X = 17;
export const RT_S_TOL = 18;
export const RT_S_FLOOR_GPUS = 19; // 80 GB GPUs to hold L's weights (FP8)
export const RT_S_PRICE_RATIO = 20; // per-call cost of L / of S
export const RT_SUMMARY = 21;

export const RT_T_F = 0;
export const RT_T_COST_H = 1;
export const RT_T_SUCC_H = 2;
export const RT_T_COST_RATIO = 3;
export const RT_T_MARGIN = 4;
export const RT_SERIES = 5;
export const RT_POINTS = 101;

// ---------------------------------------------------------------------------------------------
// Model 5, coordination capture (coordination.ts). Static; the series is L over N_eff = 1 … 200.
export const CO_P_V = 0; // $ per year
export const CO_P_N_CENT = 1;
export const CO_P_N_DEC = 2;
export const CO_P_EPS = 3;
export const CO_P_THETA = 4;
export const CO_P_NET_SHARE = 5;
export const CO_P_B = 6;
export const CO_P_SIGMA = 7;
export const CO_P_E = 8; // TAO per day
export const CO_P_P = 9; // $ per TAO
export const CO_P_X = 10; // how many times θ·V counts as "≫"
export const CO_PARAMS = 11;

export const CO_S_L_DEC = 2;
export const CO_S_L_CENT = 3;
export const CO_S_PI_DEC = 4; // $ per year
export const CO_S_PI_CENT = 5;
export const CO_S_CODE = 6; // θ·V
export const CO_S_REV = 7; // spend through the network
export const CO_S_BUYBACK = 8; // b·Rev
export const CO_S_DILUTION = 9; // σ·E_usd
export const CO_S_FLOW = 10; // F
export const CO_S_N_STAR = 11; // N_eff at which Π_coord = X·θ·V
export const CO_S_E_USD = 12;
export const CO_S_X = 13; // the "≫" factor the claim needs
export const CO_SUMMARY = 14;

export const CO_T_N = 0;
export const CO_T_L = 1;
export const CO_SERIES = 2;
export const CO_POINTS = 200;
