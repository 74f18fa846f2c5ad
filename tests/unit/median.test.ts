// The stake-weighted κ-quantile of one column (spec §4.5) on its own, against a brute-force reading
// of its definition: C = the score x with σ(score < x) ≤ m < σ(score ≤ x), m = T − κ.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { loadTestCore } from '../support/core';

const KAPPA = 32767; // chain default, 0.4999924

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

/** The definition, evaluated for every distinct score (largest score when none qualifies, as the chain). */
function bruteForce(scores: number[], stakes: number[], kappaU16: number): number {
  const kept = scores.map((x, i) => [x, stakes[i]]).filter(([, s]) => s > 0);
  if (kept.length === 0) return 0;
  const total = kept.reduce((a, [, s]) => a + s, 0);
  const sigma = kept.map(([x, s]) => [x, s / total]);
  const T = sigma.reduce((a, [, s]) => a + s, 0);
  const m = T - kappaU16 / 65535;
  const values = [...new Set(sigma.map(([x]) => x))].sort((a, b) => a - b);
  for (const x of values) {
    const less = sigma.reduce((a, [y, s]) => a + (y < x ? s : 0), 0);
    const upTo = sigma.reduce((a, [y, s]) => a + (y <= x ? s : 0), 0);
    if (less <= m && m < upTo) return x;
  }
  return m < 0 ? values[0] : values[values.length - 1];
}

function median(scores: number[], stakes: number[], kappaU16 = KAPPA, hint = NaN): number {
  return core.weightedMedianColumn(Float64Array.from(scores), Float64Array.from(stakes), kappaU16, hint);
}

const cases: { name: string; scores: number[]; stakes: number[]; kappa?: number; want: number }[] = [
  { name: 'a 50/50 stake split goes to the higher weight (κ = 32767/65535 < ½)', scores: [0.2, 0.8], stakes: [1, 1], want: 0.8 },
  { name: 'a 50/50 split goes to the higher weight whatever the row order', scores: [0.8, 0.2], stakes: [5, 5], want: 0.8 },
  { name: 'a stake majority decides', scores: [0.1, 0.9, 0.9], stakes: [3, 1, 1], want: 0.1 },
  { name: 'just under half the stake cannot lift consensus', scores: [0.1, 0.9], stakes: [50001, 49999], want: 0.1 },
  { name: 'zero total stake gives 0', scores: [0.3, 0.7], stakes: [0, 0], want: 0 },
  { name: 'no validators gives 0', scores: [], stakes: [], want: 0 },
  { name: 'a single validator sets consensus', scores: [0.42], stakes: [7], want: 0.42 },
  { name: 'all equal scores give that score', scores: [0.25, 0.25, 0.25, 0.25], stakes: [1, 2, 3, 4], want: 0.25 },
  { name: 'validators without stake are not counted', scores: [0.9, 0.1, 0.9], stakes: [0, 1, 0], want: 0.1 },
  { name: 'negative stake counts as none', scores: [0.9, 0.1], stakes: [-1, 1], want: 0.1 },
  { name: 'absent weights count as 0 scores', scores: [0, 0, 0.6], stakes: [1, 1, 1], want: 0 },
  { name: 'κ = 0.7 needs 70% of stake at or above', scores: [0.1, 0.5, 0.9], stakes: [1, 1, 1], kappa: 45875, want: 0.1 },
  { name: 'κ = 0.7 met by two of three equal stakes plus a little', scores: [0.1, 0.5, 0.9], stakes: [29, 35, 36], kappa: 45875, want: 0.5 },
  { name: 'κ = 0 gives the largest staked score', scores: [0.1, 0.5, 0.9, 1], stakes: [1, 1, 1, 0], kappa: 0, want: 0.9 },
  { name: 'κ = 1 gives the smallest staked score', scores: [0.3, 0.5, 0.9, 0], stakes: [1, 1, 1, 0], kappa: 65535, want: 0.3 },
];

describe('weighted κ-median of one column', () => {
  for (const c of cases) {
    it(c.name, () => {
      const kappa = c.kappa ?? KAPPA;
      expect(bruteForce(c.scores, c.stakes, kappa)).toBe(c.want);
      expect(median(c.scores, c.stakes, kappa)).toBe(c.want);
    });
  }

  it('gives the same consensus whatever first pivot it is handed (the pivot only steers the search)', () => {
    for (const c of cases) {
      const kappa = c.kappa ?? KAPPA;
      for (const hint of [NaN, -1, 0, 0.5, 2, ...c.scores, ...c.scores.map((x) => x + 1e-3)]) {
        expect(median(c.scores, c.stakes, kappa, hint), `${c.name}, hint ${hint}`).toBe(c.want);
      }
    }
  });

  it('agrees with the definition on random columns with many distinct scores, from any first pivot', () => {
    let seed = 777;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 300; trial++) {
      const v = 1 + Math.floor(rand() * 70);
      const scores = Array.from({ length: v }, () => rand() / 10);
      const stakes = Array.from({ length: v }, () => (rand() < 0.1 ? 0 : Math.exp(rand() * 8)));
      const kappa = [KAPPA, KAPPA, 45875, 6553, 0, 65535][trial % 6];
      const want = bruteForce(scores, stakes, kappa);
      // Every score as a first pivot: far ones exhaust the nearest-score steps and fall back to quickselect.
      for (const hint of [NaN, ...scores, -1, 1]) {
        expect(median(scores, stakes, kappa, hint), `trial ${trial} hint ${hint}`).toBe(want);
      }
    }
  });

  it('agrees with the definition on random columns, cold and warm-started', () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 400; trial++) {
      const v = 1 + Math.floor(rand() * 40);
      // Few distinct levels so ties are common; some validators without stake.
      const levels = 1 + Math.floor(rand() * 6);
      const scores = Array.from({ length: v }, () => Math.floor(rand() * levels) / levels);
      const stakes = Array.from({ length: v }, () => (rand() < 0.15 ? 0 : 1 + Math.floor(rand() * 1000)));
      const kappa = [KAPPA, 0, 45875, 65535, 13107][trial % 5];
      const want = bruteForce(scores, stakes, kappa);
      for (const hint of [NaN, want, ...scores.slice(0, 3), rand()]) {
        expect(median(scores, stakes, kappa, hint), `trial ${trial} hint ${hint}`).toBe(want);
      }
    }
  });
});
