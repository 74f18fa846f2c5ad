// Sentences that say what the explorer's charts show now (for the live descriptions).
import type { ChainExact, ExplorerResult } from './yuma-explorer-compute';
import type { ExplorerSubnet } from './yuma-explorer';

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

function argmax(a: ArrayLike<number>, from: number, width: number): number {
  let best = 0;
  for (let k = 1; k < width; k++) if (a[from + k] > a[from + best]) best = k;
  return best;
}

export function describeIncentive(r: ExplorerResult, t: number, s: ExplorerSubnet): string {
  const at = t * r.nm;
  const j3 = argmax(r.y3.incentive, at, r.nm);
  const zero = Array.from(r.y3.incentive.subarray(at, at + r.nm)).filter((x) => x === 0).length;
  return `At epoch ${t + 1}, ${s.minerNames[j3]} earns the most incentive (${pct(r.y3.incentive[at + j3])} under Yuma 3, ${pct(r.y2.incentive[at + j3])} under Yuma 2); ${zero} of ${r.nm} miners earn nothing.`;
}

export function describeDividends(r: ExplorerResult, t: number, s: ExplorerSubnet): string {
  const at = t * r.nv;
  let widest = 0;
  for (let i = 1; i < r.nv; i++) {
    if (Math.abs(r.y3.dividends[at + i] - r.y2.dividends[at + i]) > Math.abs(r.y3.dividends[at + widest] - r.y2.dividends[at + widest])) widest = i;
  }
  const d2 = r.y2.dividends[at + widest];
  const d3 = r.y3.dividends[at + widest];
  return `At epoch ${t + 1}, the versions differ most for ${s.validatorNames[widest]}: ${pct(d2)} of dividends under Yuma 2, ${pct(d3)} under Yuma 3.`;
}

export function describeBonds(r: ExplorerResult, t: number): string {
  const size = r.nv * r.nm;
  let differ = 0;
  for (let k = 0; k < size; k++) if (Math.abs(r.y2.bondShares[k] - r.y3.bondShares[k]) > 0.05) differ++;
  return `Bond shares at epoch ${t + 1}: ${differ} of ${size} validator–miner pairs differ by more than 0.05 between Yuma 2 and Yuma 3 (outlined).`;
}

export function describeExact(ex: ChainExact): string {
  return `Chain-exact mode (Yuma ${ex.version}): the largest difference from float64 (every epoch's incentive, consensus and dividends; bonds at the epoch shown) is ${ex.maxDiff.toExponential(2)} (in ${ex.maxDiffField}); the tables hold the u16 values the chain would store.`;
}

export function describeOverTime(r: ExplorerResult, version: 2 | 3, s: ExplorerSubnet): string {
  const d = version === 2 ? r.y2.dividends : r.y3.dividends;
  const last = (r.epochs - 1) * r.nv;
  let top = 0;
  for (let i = 1; i < r.nv; i++) if (d[last + i] > d[last + top]) top = i;
  return `Under Yuma ${version}, ${s.validatorNames[top]} ends the ${r.epochs} epochs with the largest share of dividends, ${pct(d[last + top])} (it started at ${pct(d[top])}).`;
}
