// Shared plumbing of the five claim models: the margin arithmetic (mirrored in
// src/models/claims/verdict.ts so the page's verdict and the map's margin agree) and the sweep driver.

/** Added to both sides of a log ratio so an empty side gives a finite margin (units of that side). */
export const LOG_EPS: f64 = 1e-9;
/** Margins are clamped to ±MARGIN_CAP so a map never holds ±∞ or NaN. */
export const MARGIN_CAP: f64 = 50.0;

/** ln((a + ε)/(b + ε)) of two amounts in the same unit, clamped (> 0 exactly when a > b); every model's margin. */
export function logRatio(a: f64, b: f64): f64 {
  return clampMargin(Math.log((a + LOG_EPS) / (b + LOG_EPS)));
}

/** A margin (ln ratio or share difference) clamped to ±MARGIN_CAP, NaN → −cap (a degenerate input fails); every model. */
export function clampMargin(m: f64): f64 {
  if (isNaN(m)) return -MARGIN_CAP;
  return m > MARGIN_CAP ? MARGIN_CAP : m < -MARGIN_CAP ? -MARGIN_CAP : m;
}

/** One model run: reads the params, writes the summary into `out` (and the series when `series`),
 *  returns the margin. The sweep passes series = false and a summary-sized `out`. */
export type Kernel = (p: StaticArray<f64>, out: Float64Array, series: bool) => f64;

/** The first `count` params as a StaticArray, null when fewer were passed; each claimRunX and sweep(). */
export function readParams(params: Float64Array, count: i32): StaticArray<f64> | null {
  if (params.length < count) return null;
  const p = new StaticArray<f64>(count);
  for (let i = 0; i < count; i++) unchecked((p[i] = params[i]));
  return p;
}

/** Margins of a grid, out[j·aValues.length + i] = run at params[axisA] = aValues[i], params[axisB] = bValues[j]; each claimSweepX. */
export function sweep(
  kernel: Kernel, count: i32, summary: i32,
  params: Float64Array, axisA: i32, axisB: i32, aValues: Float64Array, bValues: Float64Array,
): Float64Array {
  const p = readParams(params, count);
  if (p === null || axisA < 0 || axisA >= count || axisB < 0 || axisB >= count) return new Float64Array(0);
  const na = aValues.length;
  const nb = bValues.length;
  const result = new Float64Array(na * nb);
  const scratch = new Float64Array(summary);
  for (let j = 0; j < nb; j++) {
    unchecked((p[axisB] = bValues[j]));
    for (let i = 0; i < na; i++) {
      unchecked((p[axisA] = aValues[i]));
      unchecked((result[j * na + i] = kernel(p, scratch, false)));
    }
  }
  return result;
}

/** A 0/1 parameter read as a bool (≥ 0.5 is on); the models' toggles. */
// @ts-ignore: decorator
@inline
export function flag(v: f64): bool {
  return v >= 0.5;
}

/** x clamped into [lo, hi] (same unit); the models' guards on shares and probabilities. */
// @ts-ignore: decorator
@inline
export function clamp(x: f64, lo: f64, hi: f64): f64 {
  return x < lo ? lo : x > hi ? hi : x;
}
