// The Yuma throughput workload of shared/notes/performance.md, run entirely inside the core.
import { Subnet } from './subnet';
import { epochFloat64 } from './epoch';
import { SplitMix64 } from './rng';

/** Runs `epochs` Yuma 3 epochs on a seeded random dense subnet (validators 0..nv−1 weight every miner
 *  nv..nv+nm−1; one validator row gets new random weights before each epoch, round robin) and returns
 *  Σ (uid + 1)·D_uid of the final dividends as a checksum. Called by scripts/bench.ts and the unit tests. */
export function yumaBench(nv: i32, nm: i32, epochs: i32, seed: u32): f64 {
  if (nv <= 0 || nm < 0 || epochs < 0) return 0;
  const n = nv + nm;
  const s = new Subnet(n, nv);
  // κ = 32767, β = 1, bonds moving average 0.9, no liquid alpha; K = nv so every validator keeps a permit.
  s.setHyper(3, 32767, 65535, 900000, false, 45875, 58982, 1000, nv, 0, -1, 0, 295201647974);
  s.materialize = false;
  const rng = new SplitMix64(<u64>seed);
  for (let i = 0; i < n; i++) {
    s.stakeRaw[i] = i < nv ? <f64>rng.between(1000, 1000000) * 1e9 : 0;
    s.active[i] = 1;
    s.permits[i] = i < nv ? 1 : 0;
  }
  for (let i = 0; i < nv; i++) randomRow(s, i, rng);
  for (let t = 0; t < epochs; t++) {
    randomRow(s, t % nv, rng);
    epochFloat64(s);
  }
  // Weighted by uid so the checksum tells apart results that merely share Σ D = 1.
  let sum = 0.0;
  for (let i = 0; i < n; i++) sum += <f64>(i + 1) * s.dividends[i];
  return sum;
}

// A validator setting weights: a stored u16 for every miner, no entries for validators.
function randomRow(s: Subnet, i: i32, rng: SplitMix64): void {
  const n = s.n;
  const r = i * n;
  for (let j = 0; j < n; j++) unchecked((s.weightsU16[r + j] = j < s.nv ? -1 : <f64>rng.between(0, 65535)));
  s.rowDirty[i] = 1;
}
