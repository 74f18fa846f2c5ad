// 128-bit integer arithmetic for the fixed-point mode (fixed.ts). WebAssembly has no 128-bit
// integers, and the chain's I32F32 products and quotients need them: a product of two 64-bit raw
// values has 128 bits, and a quotient (a << 32) / b has a 96-bit numerator. A 128-bit value is a
// (hi, lo) pair of u64 halves; the high half of a result comes back through `wideHi` (one global
// instead of an allocated pair keeps the epoch allocation-free).

/** High 64 bits of the last umul128/smul128 result (two's complement for smul128). */
export let wideHi: u64 = 0;
/** Remainder of the last udiv128by64. */
export let wideRem: u64 = 0;

const MASK32: u64 = 0xffffffff;

/** Unsigned 64 × 64 → 128-bit product: returns the low half, leaves the high half in wideHi.
 *  Schoolbook multiply on 32-bit halves; every partial sum fits in 64 bits. */
// @ts-ignore: decorator
@inline
export function umul128(a: u64, b: u64): u64 {
  const aL = a & MASK32;
  const aH = a >> 32;
  const bL = b & MASK32;
  const bH = b >> 32;
  const ll = aL * bL;
  const lh = aL * bH;
  const hl = aH * bL;
  const hh = aH * bH;
  // (ll >> 32) + two 32-bit halves < 3·2^32: no carry lost.
  const mid = (ll >> 32) + (lh & MASK32) + (hl & MASK32);
  wideHi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
  return (mid << 32) | (ll & MASK32);
}

/** Signed 64 × 64 → 128-bit product in two's complement: returns the low half, high half in wideHi.
 *  The unsigned product of the bit patterns, with the high half corrected for negative operands
 *  (a negative x reads as x + 2^64 unsigned, which adds 2^64·(other operand) to the product). */
// @ts-ignore: decorator
@inline
export function smul128(a: i64, b: i64): u64 {
  const lo = umul128(<u64>a, <u64>b);
  let hi = wideHi;
  if (a < 0) hi -= <u64>b;
  if (b < 0) hi -= <u64>a;
  wideHi = hi;
  return lo;
}

/** Unsigned 128 / 64 division: floor((hi·2^64 + lo) / d) for d ≠ 0 and hi < d (so the quotient fits in
 *  64 bits; callers check that first). Returns the quotient and leaves the remainder in wideRem.
 *  Long division in base 2^32 after normalising d (Knuth's algorithm D for a two-digit divisor, as in
 *  Hacker's Delight `divlu`): each quotient digit is estimated from the top divisor digit and
 *  corrected at most twice. */
export function udiv128by64(hi: u64, lo: u64, d: u64): u64 {
  const B: u64 = 0x100000000;
  const s = <u64>clz<u64>(d);
  const dn = d << s;
  const vn1 = dn >> 32;
  const vn0 = dn & MASK32;
  // Shift the dividend by s too; for s = 0 the bits shifted in from lo are none (wasm shifts mod 64).
  const un32 = (hi << s) | select<u64>(lo >> (64 - s), 0, s != 0);
  const un10 = lo << s;
  const un1 = un10 >> 32;
  const un0 = un10 & MASK32;

  let q1 = un32 / vn1;
  let rhat = un32 - q1 * vn1;
  while (q1 >= B || q1 * vn0 > B * rhat + un1) {
    q1--;
    rhat += vn1;
    if (rhat >= B) break;
  }
  const un21 = un32 * B + un1 - q1 * dn;

  let q0 = un21 / vn1;
  rhat = un21 - q0 * vn1;
  while (q0 >= B || q0 * vn0 > B * rhat + un0) {
    q0--;
    rhat += vn1;
    if (rhat >= B) break;
  }
  wideRem = (un21 * B + un0 - q0 * dn) >> s;
  return q1 * B + q0;
}

/** Test entries (fixed.test.ts): the halves of the wide products and the wide division. */
export function wideMulU(a: u64, b: u64, high: bool): u64 {
  const lo = umul128(a, b);
  return high ? wideHi : lo;
}

export function wideMulS(a: i64, b: i64, high: bool): u64 {
  const lo = smul128(a, b);
  return high ? wideHi : lo;
}

/** floor((hi·2^64 + lo) / d), or its remainder; requires d ≠ 0 and hi < d (else returns 0). */
export function wideDiv(hi: u64, lo: u64, d: u64, remainder: bool): u64 {
  if (d == 0 || hi >= d) return 0;
  const q = udiv128by64(hi, lo, d);
  return remainder ? wideRem : q;
}
