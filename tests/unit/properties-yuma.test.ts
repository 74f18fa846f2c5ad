// Property tests over the Yuma epoch of the wasm core (spec yuma.md), both arithmetics: for random
// VALID inputs (fast-check, fixed seed, shrinking a failure to a small scenario), including the extremes the spec allows (zero stake, one uid, one validator, no
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
import fc from 'fast-check';
import { among, arrayOf, chance, either, int, logInt } from '../support/arbitraries';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const U16 = 65535;
const MAX_RAO = 2 ** 53;

type StakeStyle = 'zero' | 'huge' | 'mixed' | 'equal' | 'tiny';
type WeightStyle = 'random' | 'allZero' | 'allMax' | 'none' | 'sparse' | 'self';
interface Shape { typical: boolean; n: number; nv: number; stakeStyle: StakeStyle; weightStyle: WeightStyle; epochCount: number }

// Half the cases are a working subnet (validators staked and weighting, chain defaults), so that
// incentive, dividends and bonds are non-trivial; the other half draw every knob from its extremes.
const shapeArb: fc.Arbitrary<Shape> = fc.boolean().chain((typical) => {
  const knob = <T>(usual: fc.Arbitrary<T> | T, ...extremes: (fc.Arbitrary<T> | T)[]) => (typical ? among(usual) : among(...extremes));
  return knob(int(4, 40), 1, 2, int(3, 12), int(12, 40)).chain((n) =>
    fc.record({
      typical: fc.constant(typical),
      n: fc.constant(n),
      nv: knob(int(2, 12).map((k) => Math.min(n - 1, k)), 0, 1, Math.min(n, 2), int(0, n), int(2, 12).map((k) => Math.min(n, k))),
      stakeStyle: knob<StakeStyle>('mixed', 'zero', 'huge', 'mixed', 'equal', 'tiny'),
      weightStyle: knob<WeightStyle>('random', 'random', 'allZero', 'allMax', 'none', 'sparse', 'self'),
      epochCount: int(1, 4),
    }),
  );
});

// Validators (rows 0..nv−1) usually hold most of the stake, as on chain; miners little or none.
function stakeArb(style: StakeStyle, validator: boolean): fc.Arbitrary<number> {
  switch (style) {
    case 'zero': return fc.constant(0);
    case 'huge': return among(MAX_RAO, MAX_RAO - 1, int(2 ** 50, MAX_RAO));
    case 'equal': return fc.constant(1e9);
    case 'tiny': return int(0, 3);
    default: return validator ? either(0.9, logInt(MAX_RAO), 0) : either(0.4, logInt(2 ** 30), 0);
  }
}

function weightArb(style: WeightStyle, i: number, j: number): fc.Arbitrary<number | null> {
  switch (style) {
    case 'allZero': return fc.constant(0);
    case 'allMax': return fc.constant(U16);
    case 'none': return fc.constant(null);
    case 'self': return fc.constant(i === j ? U16 : null);
    case 'sparse': return either(0.3, among<number | null>(0, 1, U16, int(0, U16)), null);
    default: return fc.oneof({ arbitrary: int(0, U16), weight: 765 }, { arbitrary: fc.constant(null), weight: 150 }, { arbitrary: fc.constant(0), weight: 85 });
  }
}

/** A random valid scenario: every input the spec allows, its extremes included. */
const scenarioArb: fc.Arbitrary<YumaScenario> = shapeArb.chain((sh) => {
  const { typical, n, nv } = sh;
  const knob = <T>(usual: fc.Arbitrary<T> | T, ...extremes: (fc.Arbitrary<T> | T)[]) => (typical ? among(usual) : among(...extremes));
  const stakes = fc.tuple(...Array.from({ length: n }, (_, i) => stakeArb(sh.stakeStyle, i < nv)));
  const row = (i: number) => fc.tuple(...Array.from({ length: n }, (_, j) => weightArb(sh.weightStyle, i, j)));
  const rows = fc.tuple(...Array.from({ length: nv }, (_, i) => row(i)));
  const u16 = among(0, 1, U16, int(0, U16));
  // After the first epoch: half the time some stakes move (each with probability 0.3), half the time
  // some rows are re-set (each with probability 0.5).
  const change = fc.record({
    stake: either(0.5, fc.tuple(...Array.from({ length: n }, (_, i) => either<number | null>(0.3, stakeArb(sh.stakeStyle, i < nv), null))), null),
    rows: either(0.5, fc.tuple(...Array.from({ length: nv }, (_, i) => either<(number | null)[] | null>(0.5, row(i), null))), null),
  });
  const pairs: fc.Arbitrary<[number, number][]> = nv > 0 ? fc.uniqueArray(fc.tuple(int(0, nv - 1), int(0, n - 1)), { maxLength: Math.ceil(nv * n * 0.1), selector: ([i, j]) => i * n + j }) : fc.constant<[number, number][]>([]);
  const epochExtras = fc.record({
    active: arrayOf(chance(typical ? 0.95 : 0.7), n),
    outdated: pairs,
    bondsResetCols: fc.uniqueArray(int(0, n - 1), { maxLength: Math.ceil(n * 0.1) }).map((c) => c.sort((a, b) => a - b)),
  });
  const hyper = fc.record({
    yumaVersion: fc.constantFrom<2 | 3>(2, 3),
    kappaU16: knob(32767, 32767, u16),
    bondsPenaltyU16: knob(among(0, 32768, U16, int(0, U16)), u16),
    bondsMovingAverage: among(0, 900000, 975000, 1_000_000, int(0, 1_000_000)),
    liquidAlpha: fc.boolean(),
    alphas: among(1638, int(1638, U16), U16).chain((low) => fc.tuple(fc.constant(low), among(low, U16, int(low, U16)))),
    alphaSigmoidSteepness: among(0, 1000, 32767, -32768, int(-32768, 32767)),
    maxAllowedValidators: knob(64, 0, 1, 64, U16, int(0, n + 2)),
    stakeThreshold: knob(0, 0, 1e9, MAX_RAO, logInt(MAX_RAO)),
    ownerUid: among(-1, int(0, n - 1)),
    laConsensusMode: fc.constantFrom('current' as const, 'previous' as const, 'auto' as const),
    raoEmission: knob(295201647974, 0, 1, 295201647974, MAX_RAO, logInt(MAX_RAO)),
  });
  return fc.record({
    stake: stakes,
    weights: rows,
    changes: arrayOf(change, sh.epochCount - 1),
    extras: arrayOf(epochExtras, sh.epochCount),
    hyper,
    initialBondsU16: either(0.5, fc.tuple(...Array.from({ length: nv }, () => arrayOf(either<number | null>(0.7, u16, null), n))), null),
    initialPermits: typical ? fc.constant(null) : either(0.5, arrayOf(fc.boolean(), n), null),
  }).map(({ stake: stake0, weights: rows0, changes, extras, hyper: { alphas: [alphaLowU16, alphaHighU16], ...h }, initialBondsU16, initialPermits }) => {
    let stake = [...stake0];
    let weights = rows0.map((r) => [...r]);
    const epochs: YumaScenario['epochs'] = extras.map((x, t) => {
      const c = t > 0 ? changes[t - 1] : null;
      if (c?.stake) stake = stake.map((s, i) => c.stake![i] ?? s);
      if (c?.rows) weights = weights.map((r, i) => (c.rows![i] ? [...c.rows![i]!] : r));
      return { stake: [...stake], weightsU16: weights.map((w) => [...w]), active: x.active, outdated: x.outdated, bondsResetCols: x.bondsResetCols };
    });
    return { n, nv, epochs, hyper: { ...h, alphaLowU16, alphaHighU16 }, initialBondsU16, initialPermits };
  });
});

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

/** Every violation of one scenario's run, or the trap (a thrown RuntimeError) as one line. */
function check(sc: YumaScenario, mode: YumaMode): string[] {
  let outs: YumaOut[];
  try {
    outs = runYuma(core, sc, mode);
  } catch (e) {
    return [`(${mode}): the core trapped: ${(e as Error).message}`];
  }
  return violations(sc, mode, outs).map((v) => `(${mode}, n ${sc.n}, nv ${sc.nv}, Yuma ${sc.hyper.yumaVersion}${sc.hyper.liquidAlpha ? ' + liquid alpha' : ''}): ${v}`);
}

const CASES = 500;
const SEED = 1;

describe('Yuma epoch properties over random valid inputs (fast-check, fixed seed)', () => {
  for (const mode of ['fixed', 'float64'] as const) {
    it(`${mode}: ${CASES} scenarios never trap, stay finite, normalise to one and conserve the emission`, () => {
      fc.assert(
        fc.property(scenarioArb, (sc) => {
          expect(check(sc, mode).slice(0, 12)).toEqual([]);
        }),
        { numRuns: CASES, seed: SEED },
      );
    });
  }

  it('the generator reaches the extremes it claims to (so the properties above are exercised on them)', () => {
    // The same scenarios as the runs above: fc.sample with the same seed and count draws the same values.
    const scenarios = fc.sample(scenarioArb, { numRuns: CASES, seed: SEED });
    const seen = { zeroStake: 0, hugeStake: 0, oneUid: 0, noValidators: 0, oneValidator: 0, allZero: 0, allMax: 0, noEntries: 0, liquid: 0, y2: 0 };
    for (const sc of scenarios) {
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
    for (const sc of scenarios) {
      const outs = runYuma(core, sc, 'fixed');
      const last = outs[outs.length - 1];
      if (nums(last.incentive).some((x) => x > 0) && nums(last.dividends).some((x) => x > 0)) paying++;
      if (last.alphas) alphas++;
    }
    expect(paying).toBeGreaterThan(CASES / 3);
    expect(alphas).toBeGreaterThan(CASES / 10);
  });

  it('the checker flags broken outputs (a NaN, a share that does not sum to one, an overpaid emission)', () => {
    const sc = fc.sample(scenarioArb, { numRuns: 50, seed: SEED }).find((s) => {
      const o = runYuma(core, s, 'fixed');
      return nums(o[o.length - 1].incentive).some((x) => x > 0);
    })!;
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
