// The largest stake or unstake that keeps the marginal price within a limit, in integer rao as the
// chain computes it (`get_max_amount_add/remove`, spec §d.4 "Limit price"; runner notes of
// `limit_orders`). The pow is taken in floating point, then floored at 1e18 scale and capped as the
// chain's u64 is; everything around it is integer.

const SCALE: f64 = 1e18;
const TWO64: f64 = 18446744073709551616.0;

// High and low halves of the last mul128 (globals keep the helpers allocation-free).
let HI: u64 = 0;
let LO: u64 = 0;

/** 64×64 → 128-bit product into (HI, LO), schoolbook on 32-bit halves. */
function mul128(a: u64, b: u64): void {
  const M: u64 = 0xffffffff;
  const ll = (a & M) * (b & M);
  const lh = (a & M) * (b >> 32);
  const hl = (a >> 32) * (b & M);
  const hh = (a >> 32) * (b >> 32);
  const mid = (ll >> 32) + (lh & M) + (hl & M);
  HI = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
  LO = (mid << 32) | (ll & M);
}

/** floor(a·b / d) through the 128-bit product (bit-by-bit long division: called a few times per
 *  order, never in a block loop). Saturates at u64::MAX. */
export function mulDivFloor(a: u64, b: u64, d: u64): u64 {
  if (d == 0) return u64.MAX_VALUE;
  mul128(a, b);
  const lo = LO;
  if (HI >= d) return u64.MAX_VALUE;
  let rem = HI;
  let q: u64 = 0;
  for (let k = 63; k >= 0; k--) {
    const top = rem >> 63;
    rem = (rem << 1) | ((lo >> <u64>k) & 1);
    q <<= 1;
    if (top != 0 || rem >= d) {
      rem -= d;
      q |= 1;
    }
  }
  return q;
}

/** (a·b − c·d) / (c·d) from exact 128-bit products: the relative gap between two prices given as
 *  fractions, without the cancellation a float ratio minus 1 would suffer near the limit. */
function relativeGap(a: u64, b: u64, c: u64, d: u64): f64 {
  mul128(a, b);
  const h1 = HI;
  const l1 = LO;
  mul128(c, d);
  const h2 = HI;
  const l2 = LO;
  const den = <f64>h2 * TWO64 + <f64>l2;
  if (!(den > 0)) return 0;
  // Difference with borrow, in whichever order is non-negative.
  const neg = h1 < h2 || (h1 == h2 && l1 < l2);
  const xh = neg ? h2 : h1;
  const xl = neg ? l2 : l1;
  const yh = neg ? h1 : h2;
  const yl = neg ? l1 : l2;
  const lo = xl - yl;
  const hi = xh - yh - (xl < yl ? 1 : 0);
  const diff = <f64>hi * TWO64 + <f64>lo;
  return (neg ? -diff : diff) / den;
}

/** Most rao that can go in before the marginal price reaches `limitRao` (rao per alpha), for a pool of
 *  `taoRao`/`alphaRao` with quote weight `wq`; `add` true = stake TAO, false = unstake alpha. Fee rate
 *  `feeU16`/65535, input capped at `maxMult` × the input reserve, (price ratio)^w capped at `powCap`.
 *  Returns rao as f64 (exact below 2⁵³). Widget (1) and the limit_orders vectors call it (§d.4). */
export function marketMaxAmount(
  add: bool, taoRao: f64, alphaRao: f64, wq: f64, limitRao: f64, feeU16: f64, maxMult: f64, powCap: f64,
): f64 {
  if (!(taoRao > 0) || !(alphaRao > 0) || !(limitRao > 0) || !(wq > 0) || !(wq < 1)) return 0;
  const T = <u64>taoRao;
  const A = <u64>alphaRao;
  const L = limitRao >= TWO64 ? u64.MAX_VALUE : <u64>limitRao;
  // ratio − 1 where ratio = limit/price (add) or price/limit (remove); price = (w_b/w_q)·T/A.
  let gap: f64;
  if (wq == 0.5) gap = add ? relativeGap(L, A, T, 1_000_000_000) : relativeGap(T, 1_000_000_000, L, A);
  else {
    const price = ((1.0 - wq) / wq) * (taoRao / alphaRao);
    const limit = limitRao / 1e9;
    gap = (add ? limit / price : price / limit) - 1.0;
  }
  if (!(gap > 0)) return 0;
  // The reference floors the ratio at 1e18 scale, takes the pow exactly and floors it at 1e18 scale
  // again; near the limit those two floors decide the last rao. Both are done on ratio − 1 and
  // pow − 1, which a float holds to full relative precision.
  const g = Math.floor(gap * SCALE) / SCALE;
  const w = add ? 1.0 - wq : wq;
  const pm1 = w == 0.5 ? g / (Math.sqrt(1.0 + g) + 1.0) : Math.expm1(w * Math.log1p(g));
  const capMinusOne = min(powCap * SCALE, TWO64) - SCALE;
  const scaledF = min(Math.floor(pm1 * SCALE), capMinusOne);
  if (!(scaledF > 0)) return 0;
  const ONE: u64 = 1_000_000_000_000_000_000;
  const scaled: u64 = <u64>scaledF;
  const reserve: u64 = add ? T : A;
  const need = mulDivFloor(reserve, scaled, ONE);
  const fee: u64 = <u64>feeU16;
  const full: u64 = <u64>maxMult * reserve;
  const requested = full - mulDivFloor(full, fee, 65535);
  if (need >= requested) return <f64>full;
  return <f64>(need + mulDivFloor(need, fee, 65535 - fee));
}
