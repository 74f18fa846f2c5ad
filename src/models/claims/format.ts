// Number formats shared by the claim schemas and verdict sentences.
import { format } from 'd3-format';

const si = format('.3~s');
const fixed2 = format(',.2f');

/** $1.23M, $450k, $0.27 */
export function usd(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : v < 0 ? '−∞' : '—';
  const sign = v < 0 ? '−' : '';
  const a = Math.abs(v);
  if (a >= 1000) return `${sign}$${si(a).replace('G', 'B')}`;
  if (a >= 1) return `${sign}$${fixed2(a)}`;
  return `${sign}$${format('.2~r')(a)}`;
}

/** 12%, 0.4%, −3.1% */
export function pct(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return '—';
  const s = format(`.${digits}~r`)(100 * Math.abs(v));
  return `${v < 0 ? '−' : ''}${s}%`;
}

/** Signed percentage points: +0.12 pts */
export function pts(v: number): string {
  const s = format('.2~r')(100 * Math.abs(v));
  return `${v < 0 ? '−' : '+'}${s} pts`;
}

/** 3.6T, 120B, 27k (numbers without a unit sign) */
export function count(v: number): string {
  return si(v).replace('G', 'B');
}

/** 5.0×, 0.42× */
export function times(v: number): string {
  if (!Number.isFinite(v)) return '∞×';
  return `${format(v >= 100 ? ',.0f' : '.3~r')(v)}×`;
}

export function num(digits: number): (v: number) => string {
  const f = format(`,.${digits}f`);
  return (v) => f(v);
}
