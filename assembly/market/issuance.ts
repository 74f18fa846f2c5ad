// Block emission and halvings (spec §a). Emission depends only on issuance, so halvings come from
// issuance thresholds (10.5M, 15.75M, …), not block heights; recycling pushes them later.

export const TOTAL_SUPPLY_RAO: u64 = 21_000_000_000_000_000;
export const BLOCK_EMISSION_RAO: u64 = 1_000_000_000;
export const RAO: f64 = 1e9;
export const BLOCKS_PER_DAY: i32 = 7200;

/** Halvings so far, k = floor(log2(S / (S − I))) for issuance I in rao (§a); called by blockEmissionRao.
 *  The chain forms I/S in I96F32 (32 fractional bits, truncated), so k is exact integer arithmetic on
 *  that ratio: d = 2³² − floor(I·2³²/S) and k = 32 − ceil(log2 d). */
export function halvings(issuanceRao: u64): i32 {
  if (issuanceRao >= TOTAL_SUPPLY_RAO) return 64;
  // floor(I·2³²/S) by shift-and-subtract: I < S < 2⁵⁵, so the running remainder never overflows.
  let rem = issuanceRao;
  let q: u64 = 0;
  for (let b = 0; b < 32; b++) {
    rem <<= 1;
    q <<= 1;
    if (rem >= TOTAL_SUPPLY_RAO) {
      rem -= TOTAL_SUPPLY_RAO;
      q |= 1;
    }
  }
  const d: u64 = (<u64>1 << 32) - q;
  const ceilLog2 = d <= 1 ? 0 : 64 - <i32>clz<u64>(d - 1);
  return 32 - ceilLog2;
}

// Smallest issuance (rao) with k halvings, k = 1..32 (index k), found once by bisection on
// `halvings`: every block then needs a comparison or two instead of the 32-step division, which
// matters because each subnet's alpha emission is looked up every block.
const THRESHOLDS = new StaticArray<u64>(34);
let thresholdsReady = false;

function initThresholds(): void {
  THRESHOLDS[0] = 0;
  for (let k = 1; k <= 32; k++) {
    let lo: u64 = THRESHOLDS[k - 1];
    let hi: u64 = TOTAL_SUPPLY_RAO;
    while (lo < hi) {
      const mid = lo + ((hi - lo) >> 1);
      if (halvings(mid) >= k) hi = mid;
      else lo = mid + 1;
    }
    THRESHOLDS[k] = lo;
  }
  THRESHOLDS[33] = TOTAL_SUPPLY_RAO;
  thresholdsReady = true;
}

/** Block emission in rao for issuance in rao, floor(1e9 / 2^k), 0 past 32 halvings or at the cap
 *  (§a, `get_block_emission_for_issuance`); called for TAO and for each subnet's alpha. */
export function blockEmissionRao(issuanceRao: u64): u64 {
  if (issuanceRao >= TOTAL_SUPPLY_RAO) return 0;
  if (!thresholdsReady) initThresholds();
  let k = 0;
  while (k < 32 && issuanceRao >= unchecked(THRESHOLDS[k + 1])) k++;
  return BLOCK_EMISSION_RAO >> <u64>k;
}

/** Block emission in TAO for an issuance in TAO (the reference's rule on round(issuance·1e9)); called
 *  every block by block.ts for TAO and by coinbase.ts for each subnet's alpha issuance. */
// @ts-ignore: decorator
@inline
export function blockEmission(issuance: f64): f64 {
  const rao = issuance > 0 ? <u64>Math.round(issuance * RAO) : 0;
  return <f64>blockEmissionRao(rao) / RAO;
}

/** Issuance in TAO at which the k-th halving happens, S·(1 − 2^−k); for the halving table. */
export function halvingIssuance(k: i32): f64 {
  return 21_000_000.0 * (1.0 - Math.pow(2.0, -<f64>k));
}

/** Issuance over `days` days from `issuance` TAO with `recycledPerDay` TAO recycled daily: rows
 *  [day, issuance TAO, TAO minted that day], one every `everyDays` days (§a); widget (3) calls it.
 *  A day with no halving inside is added in one step; a day that crosses one goes block by block. */
export function marketIssuanceSeries(issuance: f64, days: i32, everyDays: i32, recycledPerDay: f64): Float64Array {
  if (days < 0 || everyDays < 1 || !isFinite(issuance) || !isFinite(recycledPerDay)) return new Float64Array(0);
  const rows = days / everyDays + 1;
  const out = new Float64Array(rows * 3);
  const recyclePerBlock = recycledPerDay / <f64>BLOCKS_PER_DAY;
  let I = max(issuance, 0.0);
  let minted = 0.0;
  let r = 0;
  for (let day = 0; day <= days; day++) {
    if (day % everyDays == 0 && r < rows) {
      out[r * 3] = <f64>day;
      out[r * 3 + 1] = I;
      out[r * 3 + 2] = day == 0 ? blockEmission(I) * <f64>BLOCKS_PER_DAY : minted;
      r++;
    }
    if (day == days) break;
    const e0 = blockEmission(I);
    const endOfDay = max(I + (e0 - recyclePerBlock) * <f64>BLOCKS_PER_DAY, 0.0);
    if (blockEmission(endOfDay) == e0 && blockEmission(I + e0 * <f64>BLOCKS_PER_DAY) == e0) {
      minted = e0 * <f64>BLOCKS_PER_DAY;
      I = endOfDay;
    } else {
      minted = 0;
      for (let b = 0; b < BLOCKS_PER_DAY; b++) {
        const e = blockEmission(I);
        minted += e;
        I = max(I + e - recyclePerBlock, 0.0);
      }
    }
  }
  return out;
}

/** The next `count` halvings from `issuance` TAO: rows [k, issuance at the halving, TAO/block before,
 *  TAO/block after, TAO/day before, TAO/day after, days from now or −1 if never at this recycling rate]
 *  (§a); widget (3) calls it. */
export function marketHalvingTable(issuance: f64, count: i32, recycledPerDay: f64): Float64Array {
  if (count < 0 || !isFinite(issuance) || !isFinite(recycledPerDay)) return new Float64Array(0);
  const out = new Float64Array(count * 7);
  const I0 = max(issuance, 0.0);
  let k = halvings(<u64>Math.round(I0 * RAO));
  let I = I0;
  let days = 0.0;
  let reachable = true;
  for (let j = 0; j < count; j++) {
    const next = k + 1 + j;
    const at = halvingIssuance(next);
    const before = <f64>(BLOCK_EMISSION_RAO >> <u64>min(next - 1, 63)) / RAO;
    const after = next > 32 ? 0.0 : <f64>(BLOCK_EMISSION_RAO >> <u64>next) / RAO;
    const netPerDay = before * <f64>BLOCKS_PER_DAY - recycledPerDay;
    if (reachable && netPerDay > 0) {
      days += max(at - I, 0.0) / netPerDay;
      I = at;
    } else reachable = false;
    const o = j * 7;
    out[o] = <f64>next;
    out[o + 1] = at;
    out[o + 2] = before;
    out[o + 3] = after;
    out[o + 4] = before * <f64>BLOCKS_PER_DAY;
    out[o + 5] = after * <f64>BLOCKS_PER_DAY;
    out[o + 6] = reachable ? days : -1.0;
  }
  return out;
}

/** Block emission in rao at an issuance in rao, both u64 (BigInt in JS): the chain's exact rule (§a),
 *  for the halving-table tests and a widget's "emission at issuance" readout. */
export function marketBlockEmissionRao(issuanceRao: u64): u64 {
  return blockEmissionRao(issuanceRao);
}
