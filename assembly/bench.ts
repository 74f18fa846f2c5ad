// The Yuma throughput workload of shared/notes/performance.md, run entirely inside the core.
import { Subnet } from './subnet';
import { epochFloat64 } from './epoch';
import { epochFixed } from './fixed-epoch';
import { FixedEpoch } from './fixed-state';
import { SplitMix64 } from './rng';

/** Runs `epochs` Yuma 3 epochs on a seeded random dense subnet (validators 0..nv−1 weight every miner
 *  nv..nv+nm−1; one validator row gets new random weights before each epoch, round robin) and returns
 *  Σ (uid + 1)·D_uid of the final dividends as a checksum. Called by scripts/bench.ts and the unit tests. */
export function yumaBench(nv: i32, nm: i32, epochs: i32, seed: u32): f64 {
  if (nv <= 0 || nm < 0 || epochs < 0) return 0;
  const rng = new SplitMix64(<u64>seed);
  const s = benchSubnet(nv, nm, rng);
  for (let t = 0; t < epochs; t++) {
    randomRow(s, t % nv, rng);
    epochFloat64(s);
  }
  return checksum(s);
}

/** yumaBench's workload in the chain-exact fixed-point mode (same subnet, same checksum), optionally
 *  with liquid alpha on (rates 0.1..0.3, the per-entry Taylor-series exp); called by the unit tests
 *  and for the fixed mode's throughput. */
export function yumaBenchFixed(nv: i32, nm: i32, epochs: i32, seed: u32, liquidAlpha: bool = false): f64 {
  if (nv <= 0 || nm < 0 || epochs < 0) return 0;
  const rng = new SplitMix64(<u64>seed);
  const s = benchSubnet(nv, nm, rng);
  if (liquidAlpha) s.setHyper(3, 32767, 65535, 900000, true, 6553, 19660, 1000, nv, 0, -1, 0, 295201647974);
  const fx = new FixedEpoch(s.n, nv);
  for (let t = 0; t < epochs; t++) {
    randomRow(s, t % nv, rng);
    epochFixed(s, fx);
  }
  return checksum(s);
}

// κ = 32767, β = 1, bonds moving average 0.9, no liquid alpha; K = nv so every validator keeps a permit.
function benchSubnet(nv: i32, nm: i32, rng: SplitMix64): Subnet {
  const n = nv + nm;
  const s = new Subnet(n, nv);
  s.setHyper(3, 32767, 65535, 900000, false, 45875, 58982, 1000, nv, 0, -1, 0, 295201647974);
  s.materialize = false;
  for (let i = 0; i < n; i++) {
    s.stakeRaw[i] = i < nv ? <f64>rng.between(1000, 1000000) * 1e9 : 0;
    s.active[i] = 1;
    s.permits[i] = i < nv ? 1 : 0;
  }
  for (let i = 0; i < nv; i++) randomRow(s, i, rng);
  return s;
}

// Weighted by uid so the checksum tells apart results that merely share Σ D = 1.
function checksum(s: Subnet): f64 {
  let sum = 0.0;
  for (let i = 0; i < s.n; i++) sum += <f64>(i + 1) * s.dividends[i];
  return sum;
}

// A validator setting weights: a stored u16 for every miner, no entries for validators.
function randomRow(s: Subnet, i: i32, rng: SplitMix64): void {
  const n = s.n;
  const r = i * n;
  for (let j = 0; j < n; j++) unchecked((s.weightsU16[r + j] = j < s.nv ? -1 : <f64>rng.between(0, 65535)));
  s.rowDirty[i] = 1;
}
