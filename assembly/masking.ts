// Weights the epoch uses (spec §4.4), kept up to date row by row.
import { Subnet } from './subnet';
import { addr, getB, getF, setB, setF } from './mem';

// §4.4: rows without a permit emptied, self-weights (except the owner's) and outdated entries
// removed, rows normalised. Presence is kept because liquid alpha treats absent entries differently.
// Only rows whose inputs changed are recomputed. A column is marked for a new consensus when a
// changed score crosses its current consensus h: otherwise the sets {score < h} and {score ≤ h} are
// unchanged, so with unchanged stakes the inequalities that chose h (spec §4.5) still hold.
/** Recomputes W (row-normalised masked u16 weights) for rows marked dirty; called by the epoch. */
export function maskedWeights(s: Subnet): void {
  const n = s.n;
  const nv = s.nv;
  const wIn = addr(s.weightsU16);
  const outdated = addr(s.outdated);
  const W = addr(s.weights);
  const P = addr(s.weightsPresent);
  const used = addr(s.permitsUsed);
  const dirty = addr(s.rowDirty);
  const touched = addr(s.colTouched);
  const cs = addr(s.colScores);
  const C = addr(s.consensus);
  const stride = nv + 1;
  const owner = s.owner;
  memory.fill(touched, 0, <usize>n);
  for (let i = 0; i < nv; i++) {
    if (getB(dirty, i) == 0) continue;
    setB(dirty, i, 0);
    const r = i * n;
    const rowOn = getB(used, i) != 0;
    let sum = 0.0;
    for (let j = 0; j < n; j++) {
      const w = getF(wIn, r + j);
      const present = rowOn && w >= 0 && getB(outdated, r + j) == 0 && (j != i || i == owner);
      setB(P, r + j, present ? 1 : 0);
      sum += select<f64>(w, 0, present);
    }
    for (let j = 0; j < n; j++) {
      const v = getB(P, r + j) != 0 && sum > 0 ? getF(wIn, r + j) / sum : 0;
      const old = getF(W, r + j);
      if (v != old) {
        setF(W, r + j, v);
        setF(cs, j * stride + i, v);
        const h = getF(C, j);
        if ((v < h) != (old < h) || (v <= h) != (old <= h)) setB(touched, j, 1);
      }
    }
  }
}

