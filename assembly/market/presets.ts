// The era presets of the reference (vectors `presets`, spec §b.3, §c, §d.1, §8): each era's block
// rules and the dates between which all of them held on mainnet `main`. The widgets pick an era by
// index; src/engine/market-io.ts names them (MARKET_PRESETS) and the tests check both against the file.
import {
  RULES, R_AMM, R_FEE_RATE, R_FLAT_FEE, R_FEE_DEST, R_SHARES, R_MINER_BURN, R_GATE_MODE, R_GATE_Q, R_GATE_N,
  R_GATE_H, R_GATE_INTERVAL, R_INJECTION, R_CHAIN_BUY, R_INJECT_ORDER, R_ROOT_DIVS, R_ROOT_SELL_FLAG,
  R_TAO_WEIGHT, R_LEGACY_EPOCH, R_EMISSION_DISABLED_DEFAULT, R_FLOW_EMA_ALPHA, R_MIN_WEIGHT, R_FEE_QUANTUM,
  R_FLOW_NORM_EXPONENT, R_FLOW_CUTOFF, R_MIN_RESERVE, R_MAX_INPUT_MULT, R_WEIGHT_OVERFLOW, R_ROOT_CLAIM_THRESHOLD,
} from './layout';

/** 0 dtao_2025_02, 1 flow_2025_12, 2 netflow_2026_06, 3 price_2026_06, 4 gated_2026_08,
 *  5 reborn_2026_10 (today's; market-2026h2 §F). */
export const PRESET_COUNT = 6;
export const PRESET_TODAY = 5;

export const FEE_RATE: f64 = 33.0 / 65535.0;
export const FLOW_EMA_ALPHA: f64 = 29_597_889_189_277.0 / 9_223_372_036_854_775_807.0;

// [first day, last day] as yyyymmdd; 0 = still in force. Each range is where every rule of the
// preset held at once (e.g. dtao_2025_02 ends when swap v3 replaced the flat fee on 2025-06-30).
const DATES: StaticArray<i32> = [
  20250213, 20250629,
  20251212, 20260310,
  20260601, 20260621,
  20260630, 20260726,
  20260727, 20260802, // market-2026h2 §F: the q-mass era ends when spec 441 went live
  20260803, 0,
];

/** The rules vector (layout R_*) of era `preset`, constants as in the vectors file; empty if unknown.
 *  Widgets call it to run "under a chosen era". */
export function marketPresetRules(preset: i32): Float64Array {
  if (preset < 0 || preset >= PRESET_COUNT) return new Float64Array(0);
  const r = new Float64Array(RULES);
  // Shared by every era.
  r[R_FEE_RATE] = FEE_RATE;
  r[R_TAO_WEIGHT] = 0.18;
  r[R_FLOW_EMA_ALPHA] = FLOW_EMA_ALPHA;
  r[R_MIN_WEIGHT] = 0.01;
  r[R_FEE_QUANTUM] = 1e-9;
  r[R_FLOW_NORM_EXPONENT] = 1;
  r[R_FLOW_CUTOFF] = 0;
  r[R_MIN_RESERVE] = 0.001;
  r[R_MAX_INPUT_MULT] = 1000;
  r[R_ROOT_DIVS] = 1;
  r[R_ROOT_SELL_FLAG] = 1;
  r[R_GATE_MODE] = 0;
  r[R_WEIGHT_OVERFLOW] = 0;
  r[R_ROOT_CLAIM_THRESHOLD] = 0.0005; // market-2026h2 §B.2: 500,000 rao at 14bc6f9f
  if (preset == 0) {
    r[R_AMM] = 0;
    r[R_FEE_RATE] = 0;
    r[R_FLAT_FEE] = 0.00005;
    r[R_FEE_DEST] = 0;
    r[R_SHARES] = 0;
    r[R_INJECTION] = 0;
    r[R_CHAIN_BUY] = 0;
    r[R_INJECT_ORDER] = 0;
    r[R_ROOT_DIVS] = 0;
    r[R_ROOT_SELL_FLAG] = 0;
    r[R_LEGACY_EPOCH] = 1;
  } else if (preset == 1 || preset == 2) {
    r[R_AMM] = 0;
    r[R_FEE_DEST] = preset == 1 ? 0 : 1;
    r[R_SHARES] = preset == 1 ? 1 : 2;
    r[R_INJECTION] = 1;
    r[R_CHAIN_BUY] = preset == 1 ? 1 : 2;
    r[R_INJECT_ORDER] = 1;
    r[R_LEGACY_EPOCH] = 1;
  } else {
    r[R_AMM] = 1;
    r[R_FEE_DEST] = 1;
    r[R_SHARES] = 0;
    r[R_MINER_BURN] = 1;
    r[R_INJECTION] = 2;
    r[R_CHAIN_BUY] = 2;
    r[R_INJECT_ORDER] = preset == 3 ? 2 : 3;
    r[R_EMISSION_DISABLED_DEFAULT] = 1;
    if (preset >= 4) {
      r[R_GATE_MODE] = 1;
      r[R_GATE_Q] = 0.75;
      r[R_GATE_N] = 32;
      r[R_GATE_H] = 3;
      r[R_GATE_INTERVAL] = 360;
    }
    if (preset == 5) {
      // market-2026h2 §F reborn_2026_10: rank-32 gate (§A, q 0.75 inert), baskets (§B), reservoirs (§C).
      r[R_GATE_MODE] = 2;
      r[R_ROOT_DIVS] = 2;
      r[R_WEIGHT_OVERFLOW] = 1;
    }
  }
  return r;
}

/** [first day, last day] (yyyymmdd, last 0 = open) of era `preset`; empty if unknown. */
export function marketPresetDates(preset: i32): Int32Array {
  if (preset < 0 || preset >= PRESET_COUNT) return new Int32Array(0);
  const d = new Int32Array(2);
  d[0] = DATES[preset * 2];
  d[1] = DATES[preset * 2 + 1];
  return d;
}
