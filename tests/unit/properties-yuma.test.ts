// Property tests over the Yuma epoch of the wasm core (spec yuma.md), both arithmetics: for seeded
// random VALID inputs, including the extremes the spec allows (zero stake, one uid, one validator, no
// validator rows, all-zero and all-max u16 weights, no entries at all, stakes up to 2^53 rao, every
// u16 hyper-parameter at 0 and 65535, steepness across i16, stake thresholds above every stake):
// - the epoch never traps (a wasm trap is a thrown RuntimeError) and returns every epoch;
// - no output is NaN or infinite;
// - what the spec normalises sums to one, or is all zero where the spec says "normalise v (if Σv ≠ 0)":
//   stake, active stake, incentive, dividends, each weight row, each column of the normalised bonds,
//   and the epoch's emission shares normalise(I + D) (§4.12: only all-zero when no uid has stake);
// - the epoch's emission is conserved: Σ (server + validator rao) = rao_emission minus at most one rao
//   of flooring per uid, never more than rao_emission (§4.12);
// - stored integers are integers in [0, 65535]; proportions (consensus, trust, clipped weights,
//   stored bonds) lie in [0, 1]; a permit goes only to a uid with stake (§4.2) unless it is the owner.
import { beforeAll, describe, expect, it } from 'vitest';
import { runYuma, type CoreExports } from '../../src/engine/core';
import type { YumaMode, YumaOut, YumaScenario } from '../../src/engine/yuma-io';
import { loadTestCore } from '../support/core';
import { rng } from '../support/rng';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const U16 = 65535;
const MAX_RAO = 2 ** 53;

/** A random valid scenario; `seed` alone determines it. */
function scenario(seed: number): YumaScenario {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const logInt = (hi: number) => Math.floor(Math.exp(r() * Math.log(hi)));
  // Half the cases are a working subnet (validators staked and weighting, chain defaults), so that
  // incentive, dividends and bonds are non-trivial; the other half draw every knob from its extremes.
  const typical = r() < 0.5;
  const knob = <T>(usual: T, extremes: readonly T[]) => (typical ? usual : pick(extremes));
  const n = knob(int(4, 40), [1, 2, int(3, 12), int(12, 40)]);
  const nv = knob(Math.min(n - 1, int(2, 12)), [0, 1, Math.min(n, 2), int(0, n), Math.min(n, int(2, 12))]);
  const stakeStyle = knob('mixed', ['zero', 'huge', 'mixed', 'equal', 'tiny']);
  // Validators (rows 0..nv−1) usually hold most of the stake, as on chain; miners little or none.
  const stakeOf = (i: number) => {
    switch (stakeStyle) {
      case 'zero': return 0;
      case 'huge': return pick([MAX_RAO, MAX_RAO - 1, int(2 ** 50, MAX_RAO)]);
      case 'equal': return 1e9;
      case 'tiny': return int(0, 3);
      default: return i < nv ? (r() < 0.1 ? 0 : logInt(MAX_RAO)) : r() < 0.6 ? 0 : logInt(2 ** 30);
    }
  };
  const weightStyle = knob('random', ['random', 'allZero', 'allMax', 'none', 'sparse', 'self']);
  const weightOf = (i: number, j: number): number | null => {
    switch (weightStyle) {
      case 'allZero': return 0;
      case 'allMax': return U16;
      case 'none': return null;
      case 'self': return i === j ? U16 : null;
      case 'sparse': return r() < 0.7 ? null : pick([0, 1, U16, int(0, U16)]);
      default: return r() < 0.15 ? null : r() < 0.1 ? 0 : int(0, U16);
    }
  };
  const epochCount = int(1, 4);
  const epochs: YumaScenario['epochs'] = [];
  let stake = Array.from({ length: n }, (_, i) => stakeOf(i));
  let weights = Array.from({ length: nv }, (_, i) => Array.from({ length: n }, (_, j) => weightOf(i, j)));
  for (let t = 0; t < epochCount; t++) {
    if (t > 0 && r() < 0.5) stake = stake.map((s, i) => (r() < 0.3 ? stakeOf(i) : s));
    if (t > 0 && r() < 0.5) weights = weights.map((row, i) => (r() < 0.5 ? row.map((_, j) => weightOf(i, j)) : row));
    const outdated: [number, number][] = [];
    for (let i = 0; i < nv; i++) for (let j = 0; j < n; j++) if (r() < 0.05) outdated.push([i, j]);
    epochs.push({
      stake: [...stake],
      weightsU16: weights.map((w) => [...w]),
      active: Array.from({ length: n }, () => r() < (typical ? 0.95 : 0.7)),
      outdated,
      bondsResetCols: Array.from({ length: n }, (_, j) => j).filter(() => r() < 0.05),
    });
  }
  const u16 = () => pick([0, 1, U16, int(0, U16)]);
  const low = pick([1638, int(1638, U16), U16]);
  const high = pick([low, U16, int(low, U16)]);
  return {
    n, nv, epochs,
    hyper: {
      yumaVersion: pick([2, 3] as const),
      kappaU16: knob(32767, [32767, u16()]),
      bondsPenaltyU16: knob(pick([0, 32768, U16, int(0, U16)]), [u16()]),
      bondsMovingAverage: pick([0, 900000, 975000, 1_000_000, int(0, 1_000_000)]),
      liquidAlpha: r() < 0.5,
      alphaLowU16: low,
      alphaHighU16: high,
      alphaSigmoidSteepness: pick([0, 1000, 32767, -32768, int(-32768, 32767)]),
      maxAllowedValidators: knob(64, [0, 1, 64, U16, int(0, n + 2)]),
      stakeThreshold: knob(0, [0, 1e9, MAX_RAO, logInt(MAX_RAO)]),
      ownerUid: r() < 0.5 ? -1 : int(0, n - 1),
      laConsensusMode: pick(['current', 'previous', 'auto'] as const),
      raoEmission: knob(295201647974, [0, 1, 295201647974, MAX_RAO, logInt(MAX_RAO)]),
    },
    initialBondsU16: r() < 0.5 ? null : Array.from({ length: nv }, () => Array.from({ length: n }, () => (r() < 0.3 ? null : u16()))),
    initialPermits: typical || r() < 0.5 ? null : Array.from({ length: n }, () => r() < 0.5),
  };
}

const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
const nums = (v: number[] | boolean[]) => (v as unknown[]).map(Number);

/** Every property violation of one run, as readable lines (empty = all hold). */
function violations(sc: YumaScenario, mode: YumaMode, outs: YumaOut[]): string[] {
  const bad: string[] = [];
  const { n, nv } = sc;
  // Fixed point: a normalised I32F32 vector sums to 1 minus a few ε = 2⁻³² per entry (spec §9).
  const tol = mode === 'fixed' ? (n + 2) * 2 ** -31 : 1e-12 * (n + 1);
  const unitOrZero = (label: string, v: number[], zeroAllowed = true) => {
    const s = sum(v);
    if (v.some((x) => x < 0)) bad.push(`${label} has a negative entry`);
    if (Math.abs(s - 1) <= tol) return;
    if (zeroAllowed && v.every((x) => x === 0)) return;
    bad.push(`${label} sums to ${s}`);
  };
  if (outs.length !== sc.epochs.length) bad.push(`${outs.length} epochs out of ${sc.epochs.length}`);
  outs.forEach((o, t) => {
    const at = `epoch ${t}`;
    for (const [field, value] of Object.entries(o)) {
      if (value === null) continue;
      const flat = (value as unknown[]).flat().map(Number);
      const k = flat.findIndex((x) => !Number.isFinite(x));
      if (k >= 0) bad.push(`${at} ${field}[${k}] = ${flat[k]}`);
    }
    const stake = nums(o.stake);
    const anyStake = stake.some((x) => x > 0);
    unitOrZero(`${at} stake`, stake);
    unitOrZero(`${at} active_stake`, nums(o.active_stake));
    unitOrZero(`${at} incentive`, nums(o.incentive));
    unitOrZero(`${at} dividends`, nums(o.dividends));
    o.weights_norm.forEach((row, i) => unitOrZero(`${at} weights_norm row ${i}`, row));
    for (let j = 0; j < n && nv > 0; j++) unitOrZero(`${at} ema_bonds_norm column ${j}`, o.ema_bonds_norm.map((row) => row[j]));
    const shares = nums(o.norm_server_emission).map((x, i) => x + nums(o.norm_validator_emission)[i]);
    unitOrZero(`${at} emission shares (server + validator)`, shares, !anyStake);
    // §4.12: rao amounts are floor(share · rao_emission), so at most one rao per uid and field is lost.
    const rao = sc.hyper.raoEmission;
    const paid = sum(nums(o.server_emission_rao)) + sum(nums(o.validator_emission_rao));
    if (paid > rao * (1 + 4 * tol) + 1) bad.push(`${at} pays ${paid} rao of ${rao}`);
    if (anyStake && paid < rao * (1 - 4 * tol) - 2 * n) bad.push(`${at} pays only ${paid} rao of ${rao}`);
    for (const f of ['consensus_u16', 'incentive_u16', 'dividends_u16', 'validator_trust_u16'] as const) {
      if (nums(o[f]).some((x) => !Number.isInteger(x) || x < 0 || x > U16)) bad.push(`${at} ${f} out of u16`);
    }
    if (o.bonds_u16.flat().some((x) => !Number.isInteger(x) || x < 0 || x > U16)) bad.push(`${at} bonds_u16 out of u16`);
    for (const f of ['consensus', 'validator_trust'] as const) {
      if (nums(o[f]).some((x) => x < 0 || x > 1 + tol)) bad.push(`${at} ${f} outside [0, 1]`);
    }
    for (const f of ['clipped_weights', 'bonds'] as const) {
      if (o[f].flat().some((x) => x < 0 || x > 1 + tol)) bad.push(`${at} ${f} outside [0, 1]`);
    }
    nums(o.new_permits).forEach((p, i) => {
      if (p && stake[i] === 0 && i !== sc.hyper.ownerUid) bad.push(`${at} uid ${i} gets a permit with no stake`);
    });
  });
  return bad;
}

function check(seed: number, mode: YumaMode): string[] {
  const sc = scenario(seed);
  let outs: YumaOut[];
  try {
    outs = runYuma(core, sc, mode);
  } catch (e) {
    return [`seed ${seed} (${mode}): the core trapped: ${(e as Error).message}`];
  }
  return violations(sc, mode, outs).map((v) => `seed ${seed} (${mode}, n ${sc.n}, nv ${sc.nv}, Yuma ${sc.hyper.yumaVersion}${sc.hyper.liquidAlpha ? ' + liquid alpha' : ''}): ${v}`);
}

const CASES = 500;

describe('Yuma epoch properties over random valid inputs (seeded)', () => {
  for (const mode of ['fixed', 'float64'] as const) {
    it(`${mode}: ${CASES} scenarios never trap, stay finite, normalise to one and conserve the emission`, () => {
      const failures: string[] = [];
      for (let seed = 1; seed <= CASES; seed++) failures.push(...check(seed, mode));
      expect(failures.slice(0, 12)).toEqual([]);
    });
  }

  it('the generator reaches the extremes it claims to (so the properties above are exercised on them)', () => {
    const seen = { zeroStake: 0, hugeStake: 0, oneUid: 0, noValidators: 0, oneValidator: 0, allZero: 0, allMax: 0, noEntries: 0, liquid: 0, y2: 0 };
    for (let seed = 1; seed <= CASES; seed++) {
      const sc = scenario(seed);
      const e = sc.epochs[0];
      const w = e.weightsU16.flatMap((row) => Array.from(row));
      if (Array.from(e.stake).every((s) => s === 0)) seen.zeroStake++;
      if (Array.from(e.stake).some((s) => s >= 2 ** 50)) seen.hugeStake++;
      if (sc.n === 1) seen.oneUid++;
      if (sc.nv === 0) seen.noValidators++;
      if (sc.nv === 1) seen.oneValidator++;
      if (w.length && w.every((x) => x === 0)) seen.allZero++;
      if (w.length && w.every((x) => x === U16)) seen.allMax++;
      if (w.length && w.every((x) => x === null)) seen.noEntries++;
      if (sc.hyper.liquidAlpha && sc.hyper.yumaVersion === 3) seen.liquid++;
      if (sc.hyper.yumaVersion === 2) seen.y2++;
    }
    for (const [k, v] of Object.entries(seen)) expect(v, k).toBeGreaterThanOrEqual(5);
    // And the properties are not vacuous: many runs pay incentive and dividends and use liquid alpha.
    let paying = 0;
    let alphas = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const outs = runYuma(core, scenario(seed), 'fixed');
      const last = outs[outs.length - 1];
      if (nums(last.incentive).some((x) => x > 0) && nums(last.dividends).some((x) => x > 0)) paying++;
      if (last.alphas) alphas++;
    }
    expect(paying).toBeGreaterThan(CASES / 3);
    expect(alphas).toBeGreaterThan(CASES / 10);
  });

  it('the checker flags broken outputs (a NaN, a share that does not sum to one, an overpaid emission)', () => {
    const seed = Array.from({ length: 50 }, (_, k) => k + 1).find((s) => {
      const o = runYuma(core, scenario(s), 'fixed');
      return nums(o[o.length - 1].incentive).some((x) => x > 0);
    })!;
    const sc = scenario(seed);
    const clean = runYuma(core, sc, 'fixed');
    expect(violations(sc, 'fixed', clean)).toEqual([]);
    const broken = (edit: (o: YumaOut) => void) => {
      const outs = runYuma(core, sc, 'fixed');
      edit(outs[outs.length - 1]);
      return violations(sc, 'fixed', outs);
    };
    expect(broken((o) => ((o.consensus as number[])[0] = NaN)).join()).toMatch(/consensus\[0\] = NaN/);
    expect(broken((o) => ((o.incentive as number[])[0] += 1e-6)).join()).toMatch(/incentive sums to/);
    expect(broken((o) => ((o.server_emission_rao as number[])[0] += sc.hyper.raoEmission)).join()).toMatch(/pays/);
    expect(broken((o) => (o.bonds_u16[0][0] = 65536)).join()).toMatch(/bonds_u16 out of u16/);
  });
});
