// The slot layout of the claim models' flat arrays. Each model's layout sits in its own file
// (WEIGHT_RENT_LAYOUT in ./weight-rent.ts, …, so an embedded claim carries only its own), mirroring
// assembly/claims/layout.ts name for name (WR_P_Q0 ↔ WEIGHT_RENT_LAYOUT.params[0] = 'Q0', …;
// tests/unit/claims-models.test.ts checks the sizes against the core's claimLayout()). A change in one
// must be made in the other.
//
// Every model takes its parameters as one Float64Array in `params` order (= its schema order) and
// returns [ summary (summary.length values) | series 0 (n values) | series 1 | … ], n = summary 'n'.
// Summary slot 0 is n and slot 1 the verdict margin (> 0: the claim holds).
import type { ParamValues } from '../../state/schema';
import type { ClaimResult } from './types';

export interface ClaimLayout {
  /** The id claimLayout(model) answers to. */
  model: number;
  params: readonly string[];
  summary: readonly string[];
  series: readonly string[];
  /** Series length; 0 when a parameter sets it (Model 1's horizon). */
  length: number;
}

export type SummaryOf<L extends ClaimLayout> = L['summary'][number];
export type SeriesOf<L extends ClaimLayout> = L['series'][number];
export type ResultOf<L extends ClaimLayout> = ClaimResult<SummaryOf<L>, SeriesOf<L>>;

/** The params in layout order; a missing value is NaN (the core then reports the claim failing). */
export function packParams(layout: ClaimLayout, p: ParamValues): Float64Array {
  return Float64Array.from(layout.params, (id) => p[id] ?? NaN);
}

/** Splits the core's flat result into named summary numbers and series views. */
export function unpackResult<L extends ClaimLayout>(layout: L, flat: Float64Array): ResultOf<L> {
  const summary = {} as Record<string, number>;
  layout.summary.forEach((k, i) => (summary[k] = flat[i] ?? NaN));
  const n = flat.length > 0 ? flat[0] : 0;
  const off = layout.summary.length;
  const series = {} as Record<string, Float64Array>;
  layout.series.forEach((k, i) => (series[k] = flat.subarray(off + i * n, off + (i + 1) * n)));
  return { summary, series } as ResultOf<L>;
}

/** Index of a parameter in the layout (the sweep's axis argument); throws on an unknown id. */
export function paramIndex(layout: ClaimLayout, id: string): number {
  const i = layout.params.indexOf(id);
  if (i < 0) throw new Error(`unknown parameter "${id}" for claim model ${layout.model}`);
  return i;
}
