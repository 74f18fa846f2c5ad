// The chain's fixed-point numbers (spec §2; encointer/substrate-fixed v0.6.0 as subtensor uses it),
// for the chain-exact mode. An I32F32 is its raw i64: value = raw · 2^-32. Rounding, as on chain:
//   a·b   exact 128-bit product shifted right 32: floor;
//   a/b   (a << 32) / b on the 96-bit numerator: truncation toward zero;
//   to a type with fewer fraction bits, or to an integer: floor (truncation for values ≥ 0);
//   float → fixed: round to nearest, ties to even.
// Overflow, as the chain's callers handle it: `saturating_*` clamps to the type's range;
// `safe_div` (and `checked_div(..).unwrap_or_default()`) gives 0 on overflow or a zero divisor;
// `checked_mul(..).unwrap_or_default()` (vec_mul) gives 0; inside `exp` a checked step that fails
// makes the whole call an error, which `exp_safe` maps to 0 (argument ≤ 0) or the maximum.
// I64F64 (stake normalisation, the bonds-moving-average ratio) and I96F32 (share × rao emission)
// appear only in the conversions at the bottom, each reduced to the exact integer formula the
// chain's sequence of operations amounts to.
import { umul128, smul128, udiv128by64, wideHi } from './wide';
import { getI, setI } from './mem';

export const FX_ONE: i64 = 1 << 32;
export const FX_HALF: i64 = 1 << 31;
export const FX_MAX: i64 = i64.MAX_VALUE;
export const FX_MIN: i64 = i64.MIN_VALUE;
/** I32F32 of the integer 65535 (u16::MAX). */
export const FX_U16_MAX: i64 = 65535 << 32;

/** Set by the checked operations when they overflow (or divide by zero); whoever reads it clears it first. */
export let fxOverflow = false;

// ---- multiplication ----

let fxMulRaw: i64 = 0;

// True when a·b fits: the 128-bit product shifted right 32 (floor) is an i64, left in fxMulRaw.
// @ts-ignore: decorator
@inline
function mulFits(a: i64, b: i64): bool {
  // Both in [0, 2^32): the product fits in a u64 (the common case: proportions below 1).
  if (((<u64>a | <u64>b) >> 32) == 0) {
    fxMulRaw = <i64>((<u64>a * <u64>b) >> 32);
    return true;
  }
  const lo = smul128(a, b);
  const hi = <i64>wideHi;
  // (hi:lo) >> 32 is an i64 iff bits 95..127 are all equal, i.e. hi ∈ [−2^31, 2^31).
  fxMulRaw = <i64>((<u64>hi << 32) | (lo >> 32));
  return (hi >> 31) == (hi >> 63);
}

/** `saturating_mul`: floor(a·b·2^-32), clamped to the I32F32 range. */
// @ts-ignore: decorator
@inline
export function fxMul(a: i64, b: i64): i64 {
  if (mulFits(a, b)) return fxMulRaw;
  return (a < 0) != (b < 0) ? FX_MIN : FX_MAX;
}

/** `checked_mul`: floor(a·b·2^-32), or 0 with fxOverflow set when it does not fit
 *  (the chain's `checked_mul(..).unwrap_or_default()`). */
export function fxCheckedMul(a: i64, b: i64): i64 {
  if (mulFits(a, b)) return fxMulRaw;
  fxOverflow = true;
  return 0;
}

// ---- division ----

let fxDivRaw: i64 = 0;

// Quotient (a << 32) / b truncated toward zero into fxDivRaw; false on b = 0 or overflow.
// @ts-ignore: decorator
@inline
function divFits(a: i64, b: i64): bool {
  if (b == 0) return false;
  const neg = (a < 0) != (b < 0);
  const ua: u64 = a < 0 ? <u64>0 - <u64>a : <u64>a;
  const ub: u64 = b < 0 ? <u64>0 - <u64>b : <u64>b;
  let q: u64;
  if ((ua >> 32) == 0) {
    // ua·2^32 < 2^64: one native division.
    q = (ua << 32) / ub;
  } else if ((ub & 0xffffffff) == 0) {
    // An integer divisor ub = k·2^32 (u16 constants, sums of stored weights): ua·2^32 / (k·2^32)
    // = ua / k exactly, one native division.
    q = ua / (ub >> 32);
  } else {
    // The 96-bit numerator ua·2^32 = (ua >> 32)·2^64 + (ua << 32); the quotient needs ua >> 32 < ub.
    if ((ua >> 32) >= ub) return false;
    q = udiv128by64(ua >> 32, ua << 32, ub);
  }
  if (neg) {
    if (q > (<u64>1 << 63)) return false;
    fxDivRaw = <i64>(<u64>0 - q);
  } else {
    if (q > <u64>FX_MAX) return false;
    fxDivRaw = <i64>q;
  }
  return true;
}

/** `safe_div`: a/b truncated toward zero; 0 when b = 0 or the quotient overflows. */
// @ts-ignore: decorator
@inline
export function fxDiv(a: i64, b: i64): i64 {
  return divFits(a, b) ? fxDivRaw : 0;
}

/** `checked_div`: a/b truncated toward zero, or 0 with fxOverflow set (zero divisor or overflow). */
export function fxCheckedDiv(a: i64, b: i64): i64 {
  if (divFits(a, b)) return fxDivRaw;
  fxOverflow = true;
  return 0;
}

/** `saturating_div`: a/b truncated toward zero, clamped on overflow. (On chain a zero divisor
 *  panics; the epoch never divides by a zero constant this way, and here it gives 0.) */
export function fxSaturatingDiv(a: i64, b: i64): i64 {
  if (divFits(a, b)) return fxDivRaw;
  if (b == 0 || a == 0) return 0;
  return (a < 0) != (b < 0) ? FX_MIN : FX_MAX;
}

// ---- vectors ----

/** `inplace_normalize` over len I32F32 at p: x_k ← x_k safe_div Σx, unless the (I32F32) sum Σx is 0;
 *  used by the fixed-point epoch. */
export function fxNormalize(p: usize, len: i32): void {
  let sum: i64 = 0;
  for (let k = 0; k < len; k++) sum += getI(p, k);
  if (sum == 0) return;
  for (let k = 0; k < len; k++) setI(p, k, fxDiv(getI(p, k), sum));
}

// ---- addition ----

/** `saturating_add`. */
// @ts-ignore: decorator
@inline
export function fxAdd(a: i64, b: i64): i64 {
  const s = <i64>(<u64>a + <u64>b);
  // Overflow iff a and b have the same sign and s has the other.
  if (((a ^ s) & (b ^ s)) < 0) return a < 0 ? FX_MIN : FX_MAX;
  return s;
}

/** `saturating_sub`. */
// @ts-ignore: decorator
@inline
export function fxSub(a: i64, b: i64): i64 {
  const s = <i64>(<u64>a - <u64>b);
  if (((a ^ b) & (a ^ s)) < 0) return a < 0 ? FX_MIN : FX_MAX;
  return s;
}

// ---- conversions ----

/** `I32F32::saturating_from_num(x)` for a double: x·2^32 rounded to nearest, ties to even, clamped to
 *  the range (NaN gives 0; the chain would panic). Scaling by 2^32 is exact, and wasm's f64.nearest
 *  rounds half to even. */
export function fxFromF64(x: f64): i64 {
  const y = nearest<f64>(x * 4294967296.0);
  if (y != y) return 0;
  if (y >= 9223372036854775808.0) return FX_MAX;
  if (y < -9223372036854775808.0) return FX_MIN;
  return <i64>y;
}

/** The double of a fixed value: raw·2^-32, exact when |raw| < 2^53 (every epoch quantity). */
// @ts-ignore: decorator
@inline
export function fxToF64(raw: i64): f64 {
  return <f64>raw * (1.0 / 4294967296.0);
}

/** `I32F32::saturating_from_num(u)` for an integer u (u16 weights and bonds, constants). */
// @ts-ignore: decorator
@inline
export function fxFromInt(u: i64): i64 {
  return u > 0x7fffffff ? FX_MAX : u < -0x80000000 ? FX_MIN : u << 32;
}

/** `fixed_proportion_to_u16`: `saturating_to_num::<u16>(x.saturating_mul(65535))`, i.e.
 *  floor(65535·x) clamped to 0..65535. */
// @ts-ignore: decorator
@inline
export function fxToU16(x: i64): i32 {
  // The product x·(65535·2^32) >> 32 is x·65535 exactly; below 2^47 it needs no wide multiply.
  const v = (x >= 0 && x < (<i64>1 << 47) ? x * 65535 : fxMul(x, FX_U16_MAX)) >> 32;
  return v < 0 ? 0 : v > 65535 ? 65535 : <i32>v;
}

/** `u16_proportion_to_fixed` (and `fixed_to_fixed_u16_proportion` of an integer): I32F32(u) safe_div
 *  I32F32(65535) = floor(u·2^32/65535) for u ≥ 0. */
// @ts-ignore: decorator
@inline
export function fxU16Proportion(u: i64): i64 {
  return fxDiv(fxFromInt(u), FX_U16_MAX);
}

/** The I64F64 ratio num/den (u64 integers) converted to I32F32, as the chain's stake normalisation
 *  (`inplace_normalize_64` then `vec_fixed64_to_fixed32`) and bonds-moving-average ratio do: the
 *  I64F64 quotient is floor(num·2^64/den), and dropping 32 fraction bits floors again, which equals
 *  floor(num·2^32/den). Saturates when the result exceeds I32F32; 0 for den = 0 (`safe_div`). */
export function fxRatio64(num: u64, den: u64): i64 {
  if (den == 0) return 0;
  const hi = num >> 32;
  if (hi >= den) return FX_MAX;
  const q = udiv128by64(hi, num << 32, den);
  return q > <u64>FX_MAX ? FX_MAX : <i64>q;
}

/** `I96F32::saturating_from_num(share).saturating_mul(I96F32(rao)).saturating_to_num::<u64>()`:
 *  floor(share·rao) in rao for an I32F32 share; 0 for a negative share, u64::MAX when it overflows. */
export function fxShareOfRao(share: i64, rao: u64): u64 {
  if (share <= 0) return 0;
  const lo = umul128(<u64>share, rao);
  const hi = wideHi;
  if ((hi >> 32) != 0) return u64.MAX_VALUE;
  return (hi << 32) | (lo >> 32);
}

// ---- exp ----

/** e truncated to 23 fraction bits (substrate-fixed's I9F23 constant E), as an I32F32. */
export const FX_E_I9F23: i64 = 22802601 << 9;

let fxExpFailed = false;

/** substrate-fixed `exp` for I32F32: 1 + x + Σ_{i=2..31} xⁱ/i!, each term the previous one
 *  `checked_mul` x then `checked_div` i, summed with `checked_add`; x < 0 computes 1/exp(|x|)
 *  with `checked_div`; exp(0) = 1 and exp(1) = e of I9F23. Any failing step makes the call an
 *  error: returns 0 and sets the flag read by fxExpSafe. */
export function fxExp(x: i64): i64 {
  fxExpFailed = false;
  if (x == 0) return FX_ONE;
  if (x == FX_ONE) return FX_E_I9F23;
  const neg = x < 0;
  // |I32F32::MIN| does not exist; the negation would overflow (a panic on chain): an error here.
  if (neg && x == FX_MIN) return expError();
  const op = neg ? -x : x;
  let result = op + FX_ONE;
  if (result < op) return expError();
  let term = op;
  // Every term is ≥ 0 here, so the checked steps reduce to unsigned integer arithmetic:
  // checked_mul = floor(term·op / 2^32) when that is ≤ i64::MAX; checked_div by the integer i
  // (raw i·2^32) = floor(term / i), which always fits; checked_add = the sum when ≤ i64::MAX.
  for (let i: u64 = 2; i < 32; i++) {
    const lo = umul128(<u64>term, <u64>op);
    const hi = wideHi;
    if ((hi >> 31) != 0) return expError();
    term = <i64>(((hi << 32) | (lo >> 32)) / i);
    result += term;
    if (result < 0) return expError();
  }
  fxOverflow = false;
  if (neg) {
    result = fxCheckedDiv(FX_ONE, result);
    if (fxOverflow) return expError();
  }
  return result;
}

function expError(): i64 {
  fxExpFailed = true;
  fxOverflow = false;
  return 0;
}

/** The chain's `exp_safe`: argument clamped to [−20, 20], then exp; an error gives 0 for an
 *  argument ≤ 0 and the I32F32 maximum otherwise. */
export function fxExpSafe(x: i64): i64 {
  const lo: i64 = -20 << 32;
  const hi: i64 = 20 << 32;
  const safe = x < lo ? lo : x > hi ? hi : x;
  const r = fxExp(safe);
  if (!fxExpFailed) return r;
  return safe <= 0 ? 0 : FX_MAX;
}

// ---- test entries (fixed.test.ts): not used by the epoch ----

/** fxOverflow of the last checked test call; the entries below clear it first. */
export function fxLastOverflow(): bool {
  return fxOverflow;
}

export function fxTestMul(a: i64, b: i64): i64 {
  return fxMul(a, b);
}

export function fxTestCheckedMul(a: i64, b: i64): i64 {
  fxOverflow = false;
  return fxCheckedMul(a, b);
}

export function fxTestDiv(a: i64, b: i64): i64 {
  return fxDiv(a, b);
}

export function fxTestCheckedDiv(a: i64, b: i64): i64 {
  fxOverflow = false;
  return fxCheckedDiv(a, b);
}

export function fxTestSaturatingDiv(a: i64, b: i64): i64 {
  return fxSaturatingDiv(a, b);
}

export function fxTestAdd(a: i64, b: i64): i64 {
  return fxAdd(a, b);
}

export function fxTestSub(a: i64, b: i64): i64 {
  return fxSub(a, b);
}

export function fxTestFromF64(x: f64): i64 {
  return fxFromF64(x);
}

export function fxTestToU16(x: i64): i32 {
  return fxToU16(x);
}

export function fxTestU16Proportion(u: i32): i64 {
  return fxU16Proportion(u);
}

export function fxTestRatio64(num: u64, den: u64): i64 {
  return fxRatio64(num, den);
}

export function fxTestShareOfRao(share: i64, rao: u64): u64 {
  return fxShareOfRao(share, rao);
}

/** exp as the chain returns it: the value, or 0 with fxLastOverflow() true when it is an error. */
export function fxTestExp(x: i64): i64 {
  const r = fxExp(x);
  fxOverflow = fxExpFailed;
  return r;
}

export function fxTestExpSafe(x: i64): i64 {
  return fxExpSafe(x);
}
