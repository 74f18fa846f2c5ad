// Subnet registration cost and what holders get back at deregistration (spec §f).

/** Lock cost in TAO at `block` (§f `get_network_lock_cost`): max(min_lock, m·last_lock −
 *  (last_lock/interval)·(block − last_lock_block)), m = 2 after a registration, 1 before any.
 *  The lock widget and the lock_cost vectors call it. */
export function marketLockCost(lastLock: f64, minLock: f64, interval: f64, lastLockBlock: f64, block: f64): f64 {
  const mult = lastLockBlock == 0 ? 1.0 : 2.0;
  const decay = interval > 0 ? (lastLock / interval) * (block - lastLockBlock) : 0.0;
  return max(minLock, mult * lastLock - decay);
}

/** Deregistration payout (§f `destroy_alpha_in_out_stakes`): the pool's `poolTao` TAO split pro rata
 *  by alpha among `holders` and a protocol holder of `protocolAlpha` (recycled). Returns one TAO
 *  amount per holder, then the recycled protocol part. The dereg widget and vectors call it. */
export function marketDeregPayout(poolTao: f64, holders: Float64Array, protocolAlpha: f64): Float64Array {
  const n = holders.length;
  const out = new Float64Array(n + 1);
  let total = max(protocolAlpha, 0.0);
  for (let k = 0; k < n; k++) total += max(holders[k], 0.0);
  if (!(total > 0)) return out;
  for (let k = 0; k < n; k++) out[k] = (poolTao * max(holders[k], 0.0)) / total;
  out[n] = (poolTao * max(protocolAlpha, 0.0)) / total;
  return out;
}
