// Seeded random Yuma scenarios and the "incremental equals fresh" check run on them by the float64
// and the fixed-point tests: every epoch of a long run must equal a run of that epoch alone, started
// from the previous epoch's stored bonds and permits.
import { runYuma, type CoreExports } from '../../src/engine/core';
import type { YumaMode, YumaOut, YumaScenario } from '../../src/engine/yuma-io';
import { differences } from './vectors';

/** 6 validators among 14 uids; rows re-set, stakes move, entries go outdated and columns reset at random. */
export function randomYumaScenario(seed: number, version: 2 | 3, liquidAlpha: boolean, penaltyU16: number, epochCount: number): YumaScenario {
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const nv = 6;
  const n = 14;
  let stake = Array.from({ length: n }, (_, i) => (i < nv ? 1 + Math.floor(rand() * 1e6) : rand() < 0.3 ? Math.floor(rand() * 3e5) : 0));
  const row = (i: number) => Array.from({ length: n }, (_, j) => (j === i || rand() < 0.2 ? null : rand() < 0.15 ? 0 : Math.floor(rand() * 65536)));
  let weights = Array.from({ length: nv }, (_, i) => row(i));
  const epochs: YumaScenario['epochs'] = [];
  for (let t = 0; t < epochCount; t++) {
    // A few rows re-set their weights; sometimes stakes move (so permits and σ change too).
    for (let i = 0; i < nv; i++) if (rand() < 0.3) weights = weights.map((w, k) => (k === i ? row(i) : w));
    if (rand() < 0.3) stake = stake.map((x) => (rand() < 0.5 ? Math.floor(x * (0.5 + rand())) : x));
    const outdated: [number, number][] = rand() < 0.3 ? [[Math.floor(rand() * nv), nv + Math.floor(rand() * (n - nv))]] : [];
    epochs.push({
      stake: [...stake],
      weightsU16: weights.map((w) => [...w]),
      active: Array.from({ length: n }, () => rand() > 0.1),
      outdated,
      bondsResetCols: rand() < 0.2 ? [nv + Math.floor(rand() * (n - nv))] : [],
    });
  }
  return {
    n, nv, epochs,
    hyper: {
      yumaVersion: version, kappaU16: 32767, bondsPenaltyU16: penaltyU16, bondsMovingAverage: 900000,
      liquidAlpha, alphaLowU16: 6553, alphaHighU16: 19660, alphaSigmoidSteepness: 1000,
      maxAllowedValidators: 5, stakeThreshold: 0, ownerUid: seed % 2 ? 1 : -1, laConsensusMode: 'current',
      raoEmission: 295201647974,
    },
  };
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
