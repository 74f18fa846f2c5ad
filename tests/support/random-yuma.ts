// Random Yuma scenarios (a fast-check arbitrary, so a failing case shrinks) and the "incremental
// equals fresh" check run on them by the float64 and the fixed-point tests: every epoch of a long run
// must equal a run of that epoch alone, started from the previous epoch's stored bonds and permits.
import fc from 'fast-check';
import { runYuma, type CoreExports } from '../../src/engine/core';
import type { YumaMode, YumaOut, YumaScenario } from '../../src/engine/yuma-io';
import { arrayOf, chance, either, int, uniform } from './arbitraries';
import { differences } from './vectors';

const NV = 6;
const N = 14;
/** A miner's column (uids NV..N−1). */
const minerUid = int(NV, N - 1);
/** Validator i's row: no entry on itself and one in five elsewhere, a zero in 15% of the rest. */
const row = (i: number) =>
  fc.tuple(...Array.from({ length: N }, (_, j) => (j === i ? fc.constant(null) : either<number | null>(0.8, either(0.85, int(0, 65535), 0), null))));

/** 6 validators among 14 uids; rows re-set, stakes move, entries go outdated and columns reset at random. */
export function randomYumaScenarioArb(version: 2 | 3, liquidAlpha: boolean, penaltyU16: number, epochCount: number): fc.Arbitrary<YumaScenario> {
  const epochArb = fc.record({
    // A few rows re-set their weights (each with probability 0.3).
    rows: fc.tuple(...Array.from({ length: NV }, (_, i) => either<(number | null)[] | null>(0.3, row(i), null))),
    // Sometimes (0.3) stakes move: each uid's, with probability 0.5, by a factor in [0.5, 1.5).
    stakeMove: either(0.3, arrayOf(either<number | null>(0.5, uniform(0.5, 1.5), null), N), null),
    outdated: either<[number, number][]>(0.3, fc.tuple(int(0, NV - 1), minerUid).map((p) => [p]), []),
    active: arrayOf(chance(0.9), N),
    bondsResetCols: either<number[]>(0.2, minerUid.map((j) => [j]), []),
  });
  return fc.record({
    stake: fc.tuple(...Array.from({ length: N }, (_, i) => (i < NV ? int(1, 1e6) : either(0.3, int(0, 299_999), 0)))),
    weights: fc.tuple(...Array.from({ length: NV }, (_, i) => row(i))),
    epochs: arrayOf(epochArb, epochCount),
    ownerUid: fc.constantFrom(-1, 1),
  }).map(({ stake: stake0, weights: rows0, epochs: steps, ownerUid }) => {
    let stake = [...stake0];
    let weights = rows0.map((w) => [...w]);
    const epochs: YumaScenario['epochs'] = steps.map((e) => {
      weights = weights.map((w, k) => (e.rows[k] ? [...e.rows[k]!] : w));
      if (e.stakeMove) stake = stake.map((x, k) => (e.stakeMove![k] === null ? x : Math.floor(x * e.stakeMove![k]!)));
      return { stake: [...stake], weightsU16: weights.map((w) => [...w]), active: e.active, outdated: e.outdated, bondsResetCols: e.bondsResetCols };
    });
    return {
      n: N, nv: NV, epochs,
      hyper: {
        yumaVersion: version, kappaU16: 32767, bondsPenaltyU16: penaltyU16, bondsMovingAverage: 900000,
        liquidAlpha, alphaLowU16: 6553, alphaHighU16: 19660, alphaSigmoidSteepness: 1000,
        maxAllowedValidators: 5, stakeThreshold: 0, ownerUid, laConsensusMode: 'current',
        raoEmission: 295201647974,
      },
    };
  });
}

/** Where epoch t ≥ 1 of the whole run differs (beyond `tolerance`) from that epoch run alone from the stored state. */
export function restartDifferences(core: CoreExports, sc: YumaScenario, mode: YumaMode, tolerance: number, label: string): string[] {
  const whole = runYuma(core, sc, mode);
  const failures: string[] = [];
  for (let t = 1; t < sc.epochs.length; t++) {
    const prev = whole[t - 1];
    const alone = runYuma(core, {
      ...sc,
      epochs: [sc.epochs[t]],
      initialBondsU16: (prev.bonds_u16 as number[][]).map((r) => r.map((b) => (b === 0 ? null : b))),
      initialPermits: prev.new_permits as boolean[],
    }, mode)[0];
    for (const [field, value] of Object.entries(alone)) {
      for (const d of differences(whole[t][field as keyof YumaOut], value, tolerance)) failures.push(`${label} epoch ${t} ${field}${d}`);
    }
  }
  return failures;
}
