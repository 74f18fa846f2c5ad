// Input checks of the market runner with readable messages (bad input of issue 14: a rank of 0, more
// than 128 subnets, a validator list naming nobody).
import type { State0Json } from './market-io';

/** The most subnets the core takes (the chain's limit; assembly/market/shares.ts MAX_SUBNETS). */
export const MAX_SUBNETS = 128;

/** Throws a readable message for more subnets than the core takes. */
export function checkSubnetCount(n: number): void {
  if (n > MAX_SUBNETS) throw new Error(`market: ${n} subnets given; the core takes at most ${MAX_SUBNETS} (the chain's subnet limit)`);
}

/** Throws unless `N` is a valid EmissionBarRank: an integer ≥ 0, where 0 selects the q-mass bar
 *  (market-2026h2 §A "N = 0 (q-mass)"). */
export function checkRank(N: unknown): void {
  if (typeof N !== 'number' || !Number.isInteger(N) || N < 0) {
    throw new Error(`market: gate rank N = ${JSON.stringify(N)} is not an integer ≥ 0 (0 selects the q-mass bar, market-2026h2 §A)`);
  }
}

/** Throws unless `names` is a list of validator names each found in state0 (market-2026h2 §B input
 *  `root_registered_validators`; an empty list means nobody is on root). */
export function checkRootRegistered(s: State0Json, names: unknown): void {
  if (!Array.isArray(names) || names.some((x) => typeof x !== 'string')) {
    throw new Error('market: root_registered_validators must be a list of validator names');
  }
  const known = new Set(s.subnets.flatMap((sn) => (sn.validators ?? []).map((v) => v.name)));
  const unknown = names.filter((x) => !known.has(x));
  if (unknown.length) {
    throw new Error(
      `market: root_registered_validators names ${unknown.map((x) => JSON.stringify(x)).join(', ')}, not a validator of any subnet (validators: ${[...known].join(', ') || 'none'})`,
    );
  }
}
