// The margin arithmetic of the claims, mirrored from assembly/claims/common.ts so the TS verdicts and
// the core's sweep margins agree (tests/unit/claims-*.test.ts check it).
import { roundedTrim } from './number-format';

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

/** The verdict margin as a figure's summary table shows it: signed, three significant digits unless the
 *  model's margin has units of its own. */
export function marginOutput(format: (v: number) => string = (v) => `${v > 0 ? '+' : ''}${roundedTrim(3)(v)}`) {
  return { label: 'Verdict margin (positive: the claim holds)', format };
}
