// Normalisation and storage conversions shared by the epoch (spec §4 notation, §4.12 storage).
// Sums run in ascending index order and normalisation divides by the sum (never multiplies by
// its reciprocal): that is the operation order of the chain and of the float64 golden vectors,
// and u16 floors such as validator trust 0.9999999999999999 → 65534 depend on it.
import { getF, setF } from './mem';
import { minNonNegative, positivePart } from './select';

/** Σ of len f64 at p in ascending order (dimensionless); used by the epoch's normalisations. */
// @ts-ignore: decorator
@inline
export function sumRange(p: usize, len: i32): f64 {
  let s = 0.0;
  for (let k = 0; k < len; k++) s += getF(p, k);
  return s;
}

/** In place a_k ← a_k / Σa over len f64 at p when Σa ≠ 0 (spec §4 "normalise"); used by the epoch. */
export function normalizeRange(p: usize, len: i32): void {
  const s = sumRange(p, len);
  if (s == 0) return;
  for (let k = 0; k < len; k++) setF(p, k, getF(p, k) / s);
}

/** A proportion in [0, 1] as the chain stores it: floor(65535·x), saturated to 0..65535 (spec §2
 *  `fixed_proportion_to_u16`); an integer held in f64. Used for stored bonds and the *_u16 outputs. */
// @ts-ignore: decorator
@inline
export function proportionToU16(x: f64): f64 {
  return minNonNegative(Math.floor(positivePart(x) * 65535), 65535);
}

/** A stored u16 (integer 0..65535 in f64) as the proportion u/65535, correctly rounded like the
 *  division (spec §2 `u16_proportion_to_fixed`); used for Yuma 3 bonds. One multiply by the rounded
 *  reciprocal is wrong in the last bit for 88 of the 65536 values, so the residual u − 65535q (exact:
 *  both subtractions are Sterbenz-exact) corrects it; checked for every u by yuma-vectors.test.ts. */
// @ts-ignore: decorator
@inline
export function u16ToProportion(u: f64): f64 {
  const q = u * (1.0 / 65535);
  return q + (u - q * 65536 + q) * (1.0 / 65535);
}

/** Test entry (yuma-vectors.test.ts): u16ToProportion, not inlined. */
export function u16Proportion(u: f64): f64 {
  return u16ToProportion(u);
}
