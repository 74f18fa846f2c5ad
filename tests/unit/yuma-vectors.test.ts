// The wasm core's float64 Yuma epoch against the golden vectors (tests/fixtures/vectors/yuma.json):
// every field of every epoch of every scenario, within 1e-9 absolute.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runYuma, type CoreExports } from '../../src/engine/core';
import { scenarioFromVectors, type VectorScenario } from '../../src/engine/yuma-io';
import { loadTestCore } from '../support/core';
import fc from 'fast-check';
import { randomYumaScenarioArb, restartDifferences } from '../support/random-yuma';
import { epochDifferences, omitted } from '../support/vectors';

/** A scenario as the file has it: each epoch also carries the weights as the validator wanted them. */
type FileScenario = Omit<VectorScenario, 'epochs'> & {
  epochs: (VectorScenario['epochs'][number] & { weights: number[][] })[];
};

interface VectorsFile {
  emission: { epoch_rao_emission: number };
  scenarios: FileScenario[];
}

const file: VectorsFile = JSON.parse(readFileSync(new URL('../fixtures/vectors/yuma.json', import.meta.url), 'utf8'));
const TOLERANCE = 1e-9;

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

describe('Yuma float64 epoch (golden vectors)', () => {
  for (const sc of file.scenarios) {
    it(`reproduces float64 outputs of ${sc.id} within 1e-9`, () => {
      const outs = runYuma(core, scenarioFromVectors(sc, file.emission.epoch_rao_emission), 'float64');
      expect(outs.length).toBe(sc.epochs.length);
      const skip = omitted(sc, 'float64');
      const failures = sc.epochs.flatMap((epoch, t) =>
        epochDifferences(outs[t] as unknown as Record<string, unknown>, epoch.float64 as unknown as Record<string, unknown>, skip, TOLERANCE, `${sc.id} epoch ${t}`),
      );
      if (failures.length) console.error(failures.slice(0, 40).join('\n'));
      expect(failures.length, failures.slice(0, 5).join('\n')).toBe(0);
    });
  }

  it('produces every OUT field the vectors list for float64', () => {
    const sc = file.scenarios[0];
    const out = runYuma(core, scenarioFromVectors(sc, file.emission.epoch_rao_emission), 'float64')[0];
    for (const field of Object.keys(sc.epochs[0].float64 as object)) expect(out).toHaveProperty(field);
  });
});

describe('stored u16 proportions', () => {
  it('reads every stored u16 back as exactly u/65535 (all 65536 values)', () => {
    const bad: number[] = [];
    for (let u = 0; u <= 65535; u++) if (core.u16Proportion(u) !== u / 65535) bad.push(u);
    expect(bad).toEqual([]);
  });
});

describe('yumaBench', () => {
  it('runs the seeded dense benchmark subnet deterministically (checksum Σ (uid+1)·dividend)', () => {
    const a = core.yumaBench(8, 32, 40, 7);
    expect(core.yumaBench(8, 32, 40, 7)).toBe(a);
    // Dividends go to validators 0..7 only and sum to 1, so the checksum lies in [1, 8].
    expect(a).toBeGreaterThan(1);
    expect(a).toBeLessThan(8);
    expect(core.yumaBench(8, 32, 40, 8)).not.toBe(a);
  });
});

describe('weightsToU16', () => {
  it('turns wanted weights into the stored u16 weights of every vectors epoch (listed entries)', () => {
    let compared = 0;
    const failures: string[] = [];
    for (const sc of file.scenarios) {
      sc.epochs.forEach((epoch, t) => {
        epoch.weights.forEach((row, i) => {
          const got = core.weightsToU16(Float64Array.from(row));
          epoch.weights_u16[i].forEach((want, j) => {
            if (want === null) return;
            compared++;
            if (got[j] !== want) failures.push(`${sc.id} epoch ${t} row ${i} col ${j}: got ${got[j]} want ${want}`);
          });
        });
      });
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  });

  it('max-upscales so the largest weight is 65535 and rounds half to even', () => {
    expect(Array.from(core.weightsToU16(Float64Array.from([1, 2, 0])))).toEqual([32768, 65535, 0]);
    // 0.5 / 1 · 65535 = 32767.5 → 32768 (even); 2.5/65535 scale ties are rare, so check one directly.
    expect(Array.from(core.weightsToU16(Float64Array.from([1, 3])))).toEqual([21845, 65535]);
    expect(Array.from(core.weightsToU16(Float64Array.from([0, 0])))).toEqual([0, 0]);
  });
});

// The core carries state between epochs and skips work whose inputs did not change (rows whose
// weights are unchanged, columns whose consensus no score crossed). Every epoch of a long run must
// equal the same epoch run on its own from the stored state (bonds, permits) it started from.
describe('Yuma epochs carried in one run', () => {
  const cases: [string, 2 | 3, boolean, number][] = [
    ['Yuma 3', 3, false, 65535],
    ['Yuma 3, bonds penalty 0.5', 3, false, 32768],
    ['Yuma 3 with liquid alpha, bonds penalty 0', 3, true, 0],
    ['Yuma 2', 2, false, 65535],
  ];
  for (const [name, version, liquid, penalty] of cases) {
    it(`gives every ${name} epoch the outputs of a fresh run from the stored state`, () => {
      fc.assert(
        fc.property(randomYumaScenarioArb(version, liquid, penalty, 12), (sc) => {
          expect(restartDifferences(core, sc, 'float64', TOLERANCE, 'case').slice(0, 5)).toEqual([]);
        }),
        { numRuns: 40, seed: 7919 + version * 100 + penalty },
      );
    });
  }
});
