// The wasm core's chain-exact (fixed-point) Yuma epoch against the golden vectors
// (tests/fixtures/vectors/yuma.json): every `expected` field of every epoch of every scenario, the
// chain's stored integers (`*_u16`, `*_rao`) exactly and the reals within 1e-9 absolute.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runYuma, type CoreExports } from '../../src/engine/core';
import { scenarioFromVectors, type VectorScenario } from '../../src/engine/yuma-io';
import { loadTestCore } from '../support/core';
import fc from 'fast-check';
import { randomYumaScenarioArb, restartDifferences } from '../support/random-yuma';
import { differences, omitted } from '../support/vectors';

interface VectorsFile {
  emission: { epoch_rao_emission: number };
  scenarios: (VectorScenario & { float64_vs_expected_max_abs_diff: number })[];
}

const file: VectorsFile = JSON.parse(readFileSync(new URL('../fixtures/vectors/yuma.json', import.meta.url), 'utf8'));
const REAL_TOLERANCE = 1e-9;
/** Stored chain integers: u16 storage and rao amounts. */
const isInteger = (field: string) => field.endsWith('_u16') || field.endsWith('_rao');

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

/** Every disagreement of one run with the file's `expected`, as "scenario epoch t field[index]: got … want …". */
function fixedFailures(sc: VectorScenario): { failures: string[]; integers: number } {
  const outs = runYuma(core, scenarioFromVectors(sc, file.emission.epoch_rao_emission), 'fixed');
  const skip = omitted(sc, 'expected');
  const failures: string[] = [];
  let integers = 0;
  if (outs.length !== sc.epochs.length) failures.push(`${sc.id}: ${outs.length} epochs, want ${sc.epochs.length}`);
  sc.epochs.forEach((epoch, t) => {
    const got = outs[t] as unknown as Record<string, unknown> | undefined;
    for (const [field, want] of Object.entries(epoch.expected as object)) {
      if (skip.has(field)) continue;
      const exact = isInteger(field);
      if (exact) integers += (want as unknown[]).flat().length;
      for (const d of differences(got?.[field], want, exact ? 0 : REAL_TOLERANCE)) failures.push(`${sc.id} epoch ${t} ${field}${d}`);
    }
  });
  return { failures, integers };
}

describe('Yuma chain-exact epoch (mode "fixed") against the golden vectors', () => {
  for (const sc of file.scenarios) {
    it(`reproduces ${sc.id}: every stored u16 and rao integer exactly, every real within 1e-9`, () => {
      const { failures, integers } = fixedFailures(sc);
      if (failures.length) console.error(failures.slice(0, 40).join('\n'));
      expect(integers).toBeGreaterThan(0);
      expect(failures.length, failures.slice(0, 5).join('\n')).toBe(0);
    });
  }

  it('compares the chain integers of every scenario (bonds, consensus, incentive, dividends, trust, emissions)', () => {
    const fields = new Set(Object.keys(file.scenarios[0].epochs[0].expected as object).filter(isInteger));
    expect([...fields].sort()).toEqual([
      'bonds_u16', 'consensus_u16', 'dividends_u16', 'incentive_u16', 'server_emission_rao', 'validator_emission_rao', 'validator_trust_u16',
    ]);
  });

  it('differs from the float64 mode in stored integers wherever the vectors say the chain does', () => {
    // Where the file's float64 and expected outputs differ in a stored integer, the two modes of
    // the core must differ there too: the fixed mode is not the float one rounded at the end.
    let compared = 0;
    for (const sc of file.scenarios) {
      const s = scenarioFromVectors(sc, file.emission.epoch_rao_emission);
      const fixed = runYuma(core, s, 'fixed') as unknown as Record<string, unknown>[];
      const float = runYuma(core, s, 'float64') as unknown as Record<string, unknown>[];
      sc.epochs.forEach((epoch, t) => {
        for (const [field, want] of Object.entries(epoch.expected as object)) {
          if (!isInteger(field)) continue;
          const inFile = differences((epoch.float64 as unknown as Record<string, unknown>)[field], want, 0).length;
          if (inFile === 0) continue;
          compared++;
          expect(differences(fixed[t][field], float[t][field], 0).length, `${sc.id} epoch ${t} ${field}`).toBe(inFile);
        }
      });
    }
    expect(compared).toBeGreaterThan(10);
  });
});

// The chain-exact mode carries only what the chain stores between epochs (u16 bonds, permits; the
// stored consensus for liquid alpha's "previous" source): every epoch of a long run must equal the
// same epoch run on its own from the bonds and permits the previous epoch stored.
describe('Yuma chain-exact epochs carried in one run', () => {
  const cases: [string, 2 | 3, boolean, number][] = [
    ['Yuma 3', 3, false, 65535],
    ['Yuma 3, bonds penalty 0.5', 3, false, 32768],
    ['Yuma 3 with liquid alpha, bonds penalty 0', 3, true, 0],
    ['Yuma 2, bonds penalty 0.3', 2, false, 19660],
  ];
  for (const [name, version, liquid, penalty] of cases) {
    it(`gives every ${name} epoch the outputs of a fresh run from the stored bonds and permits`, () => {
      fc.assert(
        fc.property(randomYumaScenarioArb(version, liquid, penalty, 10), (sc) => {
          expect(restartDifferences(core, sc, 'fixed', 0, 'case').slice(0, 5)).toEqual([]);
        }),
        { numRuns: 30, seed: 7919 + version * 100 + penalty },
      );
    });
  }
});

describe('yumaBenchFixed', () => {
  it('runs the seeded dense benchmark subnet in fixed point deterministically, close to the float64 run', () => {
    const a = core.yumaBenchFixed(8, 32, 40, 7);
    expect(core.yumaBenchFixed(8, 32, 40, 7)).toBe(a);
    expect(a).toBeGreaterThan(1);
    expect(a).toBeLessThan(8);
    // Same workload as yumaBench: the two modes agree to fixed-point rounding (the checksum weights by uid ≤ 8).
    expect(Math.abs(a - core.yumaBench(8, 32, 40, 7))).toBeLessThan(1e-6);
  });
});
