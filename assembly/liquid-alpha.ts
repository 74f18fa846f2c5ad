// Liquid alpha (spec §5, Yuma 3 only): a per-entry bonds EMA rate from a sigmoid of how far the
// validator's weight is from consensus (buying) or below its own bond (selling).

/** EMA rate α in [lo, hi] for one (validator, miner) entry: consensus c, weight for bonds w and old bond
 *  b are proportions in [0, 1]; steepness is the i16 hyper-parameter (used /100). Called by the epoch. */
// @ts-ignore: decorator
@inline
export function liquidAlphaRate(c: f64, w: f64, b: f64, lo: f64, hi: f64, steepness: f64): f64 {
  const d = w >= b ? clamp01(w - c) : clamp01(b - w);
  // exp_safe: the chain clamps the exponent to [−20, 20].
  let x = (steepness / -100) * (d - 0.5);
  x = x < -20 ? -20 : x > 20 ? 20 : x;
  const sigmoid = 1 / (1 + Math.exp(x));
  const a = lo + sigmoid * (hi - lo);
  return a < lo ? lo : a > hi ? hi : a;
}

// @ts-ignore: decorator
@inline
function clamp01(x: f64): f64 {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
