// The worker side of a claim map: one wasm call per tile of verdict margins.
import type { ParamValues } from '../../state/schema';
import { packParams, paramIndex, type ClaimLayout } from './layout';

type SweepExport = (params: Float64Array, axisA: number, axisB: number, aValues: Float64Array, bValues: Float64Array) => Float64Array;

/** Margins (> 0: the claim holds) for params[axisA] = aValues[i], params[axisB] = bValues[j], at
 *  out[j·aValues.length + i] (row-major, rows = bValues). */
export function sweepWith(
  layout: ClaimLayout, run: SweepExport, p: ParamValues, axisA: string, axisB: string, aValues: Float64Array, bValues: Float64Array,
): Float64Array {
  return run(packParams(layout, p), paramIndex(layout, axisA), paramIndex(layout, axisB), aValues, bValues);
}
