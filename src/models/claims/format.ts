// Number formats shared by the claim schemas and verdict sentences.
import { fixedGrouped, roundedTrim, siTrim } from './number-format';

const si = siTrim(3);
const fixed2 = fixedGrouped(2);

/** $1.23M, $450k, $0.27 */
export function usd(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : v < 0 ? '−∞' : '—';
  const sign = v < 0 ? '−' : '';
  const a = Math.abs(v);
  if (a >= 1000) return `${sign}$${si(a).replace('G', 'B')}`;
  if (a >= 1) return `${sign}$${fixed2(a)}`;
  return `${sign}$${roundedTrim(2)(a)}`;
}

/** 12%, 0.4%, −3.1% */
export function pct(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return '—';
  const s = roundedTrim(digits)(100 * Math.abs(v));
  return `${v < 0 ? '−' : ''}${s}%`;
}

/** Signed percentage points: +0.12 pts */
export function pts(v: number): string {
  const s = roundedTrim(2)(100 * Math.abs(v));
  return `${v < 0 ? '−' : '+'}${s} pts`;
}

/** 3.6T, 120B, 27k (numbers without a unit sign) */
export function count(v: number): string {
  return si(v).replace('G', 'B');
}

/** 5.0×, 0.42× */
export function times(v: number): string {
  if (!Number.isFinite(v)) return '∞×';
  return `${(v >= 100 ? fixedGrouped(0) : roundedTrim(3))(v)}×`;
}

export function num(digits: number): (v: number) => string {
  return fixedGrouped(digits);
}
