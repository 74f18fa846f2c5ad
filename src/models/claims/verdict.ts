// The margin arithmetic of the claims, mirrored from assembly/claims/common.ts so the TS verdicts and
// the core's sweep margins agree (tests/unit/claims-*.test.ts check it).

export const LOG_EPS = 1e-9;
export const MARGIN_CAP = 50;

export function clampMargin(m: number): number {
  if (Number.isNaN(m)) return -MARGIN_CAP;
  return m > MARGIN_CAP ? MARGIN_CAP : m < -MARGIN_CAP ? -MARGIN_CAP : m;
}

/** ln((a + ε) / (b + ε)), clamped: > 0 exactly when a > b. */
export function logRatio(a: number, b: number): number {
  return clampMargin(Math.log((a + LOG_EPS) / (b + LOG_EPS)));
}
