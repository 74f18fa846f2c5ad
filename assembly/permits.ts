// Validator permits for the next epoch (spec §4.2): stake ≠ 0 and among the K largest. The chain
// removes the n − K smallest after a stable ascending sort, so among equal stakes the lower uid loses;
// sorting by the key (stake, uid) gives exactly that order.
import { addr, getF, setB } from './mem';

/** Writes 1/0 into out (length n): nonzero stakes (normalised stake, any scale) that survive
 *  removal of the n − K smallest; order is a persistent permutation of 0..n−1 re-sorted in place
 *  (insertion sort: O(n) when stakes barely change). Called by the epoch and yumaRun's warm-up. */
export function topKNonzero(stake: StaticArray<f64>, n: i32, k: i32, order: StaticArray<i32>, out: StaticArray<u8>): void {
  const S = addr(stake);
  const O = addr(order);
  const P = addr(out);
  let nonzero = 0;
  for (let i = 0; i < n; i++) {
    const nz = getF(S, i) != 0;
    setB(P, i, nz ? 1 : 0);
    nonzero += nz ? 1 : 0;
  }
  // Zeros sort first, so when at most K stakes are nonzero the removed n − K are all zeros already.
  if (n < k || nonzero <= k) return;
  for (let a = 1; a < n; a++) {
    const idx = load<i32>(O + (<usize>a << 2));
    const key = getF(S, idx);
    let b = a - 1;
    while (b >= 0) {
      const o = load<i32>(O + (<usize>b << 2));
      const ok = getF(S, o);
      if (ok < key || (ok == key && o < idx)) break;
      store<i32>(O + (<usize>(b + 1) << 2), o);
      b--;
    }
    store<i32>(O + (<usize>(b + 1) << 2), idx);
  }
  const drop = n - k;
  for (let a = 0; a < drop; a++) setB(P, load<i32>(O + (<usize>a << 2)), 0);
}
