// claimLayout(): the sizes of each model's flat arrays, so a test can check that
// src/models/claims/layout.ts mirrors ./layout.ts.
import {
  MODEL_WEIGHT_RENT, MODEL_LEAKAGE, MODEL_THREE_NETWORKS, MODEL_ROUTING, MODEL_COORDINATION,
  WR_PARAMS, WR_SUMMARY, WR_SERIES, LK_PARAMS, LK_SUMMARY, LK_SERIES, LK_DAYS,
  TN_PARAMS, TN_SUMMARY, TN_SERIES, TN_WEEKS, RT_PARAMS, RT_SUMMARY, RT_SERIES, RT_POINTS,
  CO_PARAMS, CO_SUMMARY, CO_SERIES, CO_POINTS,
} from './layout';

/** [params, summary slots, series count, series length (0: set by a param)] of model 1–5 (counts); tests/unit/claims-models.test.ts. */
export function claimLayout(model: i32): Float64Array {
  const out = new Float64Array(4);
  if (model == MODEL_WEIGHT_RENT) fill(out, WR_PARAMS, WR_SUMMARY, WR_SERIES, 0);
  else if (model == MODEL_LEAKAGE) fill(out, LK_PARAMS, LK_SUMMARY, LK_SERIES, LK_DAYS);
  else if (model == MODEL_THREE_NETWORKS) fill(out, TN_PARAMS, TN_SUMMARY, TN_SERIES, TN_WEEKS);
  else if (model == MODEL_ROUTING) fill(out, RT_PARAMS, RT_SUMMARY, RT_SERIES, RT_POINTS);
  else if (model == MODEL_COORDINATION) fill(out, CO_PARAMS, CO_SUMMARY, CO_SERIES, CO_POINTS);
  else return new Float64Array(0);
  return out;
}

function fill(out: Float64Array, params: i32, summary: i32, series: i32, length: i32): void {
  out[0] = <f64>params;
  out[1] = <f64>summary;
  out[2] = <f64>series;
  out[3] = <f64>length;
}
