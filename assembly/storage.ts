// What an epoch leaves on chain for the next one (spec §4.12 storage).
import { Subnet } from './subnet';
import { proportionToU16 } from './math';
import { addr, getB, getF, setF } from './mem';

// §4.12 storage of bonds: rows of next-epoch validators rewritten from emaBonds, rows of validators
// that lost their permit cleared, the rest untouched.
/** Stored bonds (u16) from s.emaBonds under the permit rules; called by the epoch and yuma2.ts. */
export function storeBonds(s: Subnet): void {
  const n = s.n;
  const nv = s.nv;
  const B = addr(s.bondsU16);
  const E = addr(s.emaBonds);
  const next = addr(s.newPermits);
  const used = addr(s.permitsUsed);
  for (let i = 0; i < nv; i++) {
    const r = i * n;
    if (getB(next, i) != 0) {
      for (let j = 0; j < n; j++) setF(B, r + j, proportionToU16(getF(E, r + j)));
    } else if (getB(used, i) != 0) {
      memory.fill(B + (<usize>r << 3), 0, <usize>n << 3);
    }
  }
}

// §4.12 storage: permits and consensus kept for the next epoch (bonds are stored by the bonds step).
/** Stored permits and consensus for the next epoch; called by the epoch. */
export function storeState(s: Subnet): void {
  const n = s.n;
  memory.copy(addr(s.permits), addr(s.newPermits), <usize>n);
  const C = addr(s.consensus);
  const prev = addr(s.prevConsensus);
  for (let j = 0; j < n; j++) setF(prev, j, proportionToU16(getF(C, j)) / 65535);
  s.hasPrevConsensus = true;
}
