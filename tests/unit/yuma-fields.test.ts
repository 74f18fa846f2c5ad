// yumaRun(..., fields): asking for fewer output fields gives exactly those fields of the full run.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import {
  epochSlots, fieldMask, fieldOffset, packScenario, scenarioFromVectors, ALL_FIELDS, MATRIX_FIELDS, VECTOR_FIELDS,
  type VectorScenario,
} from '../../src/engine/yuma-io';
import { loadTestCore } from '../support/core';

const file = JSON.parse(readFileSync(new URL('../fixtures/vectors/yuma.json', import.meta.url), 'utf8'));
let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

function run(sc: VectorScenario, mode: number, fields: number) {
  const p = packScenario(scenarioFromVectors(sc, file.emission.epoch_rao_emission));
  return { p, flat: core.yumaRun(p.n, p.nv, p.epochs, p.hyper, p.stake, p.weights, p.active, p.outdated, p.resetCols, p.initialBonds, p.initialPermits, mode, fields, p.schedule, 0) };
}

describe('yumaRun output fields', () => {
  const subsets: (typeof VECTOR_FIELDS[number] | typeof MATRIX_FIELDS[number])[][] = [
    ['incentive'],
    ['incentive', 'dividends', 'ema_bonds_norm'],
    ['consensus_u16', 'bonds_u16', 'server_emission_rao'],
    ['stake', 'alphas'],
  ];
  for (const sc of [file.scenarios[5], file.scenarios[16]] as VectorScenario[]) {
    for (const mode of [0, 1]) {
      for (const subset of subsets) {
        it(`gives ${subset.join(', ')} of ${sc.id} (mode ${mode}) exactly as the full run does`, () => {
          const full = run(sc, mode, ALL_FIELDS);
          const mask = fieldMask(subset);
          const part = run(sc, mode, mask);
          const { n, nv, epochs } = full.p;
          expect(part.flat.length).toBe(epochs * epochSlots(n, nv, mask));
          for (let t = 0; t < epochs; t++) {
            for (const f of subset) {
              const width = (VECTOR_FIELDS as readonly string[]).includes(f) ? n : nv * n;
              const a = full.flat.subarray(t * epochSlots(n, nv) + fieldOffset(n, nv, f), t * epochSlots(n, nv) + fieldOffset(n, nv, f) + width);
              const b = part.flat.subarray(t * epochSlots(n, nv, mask) + fieldOffset(n, nv, f, mask), t * epochSlots(n, nv, mask) + fieldOffset(n, nv, f, mask) + width);
              expect(Array.from(b)).toEqual(Array.from(a));
            }
          }
        });
      }
    }
  }
  it('writes only epochs from firstOutput on, equal to the tail of the full run, and reuses a scheduled entry', () => {
    const sc = file.scenarios[16] as VectorScenario;
    const full = run(sc, 0, ALL_FIELDS);
    const { p } = full;
    const slots = epochSlots(p.n, p.nv);
    for (const from of [0, 5, p.epochs - 1]) {
      const tail = core.yumaRun(p.n, p.nv, p.epochs, p.hyper, p.stake, p.weights, p.active, p.outdated, p.resetCols, p.initialBonds, p.initialPermits, 0, ALL_FIELDS, p.schedule, from);
      expect(Array.from(tail)).toEqual(Array.from(full.flat.subarray(from * slots)));
    }
    // Repeating epoch 0's inputs through a schedule equals sending them once per epoch.
    const once = core.yumaRun(p.n, p.nv, 4, p.hyper, p.stake, p.weights, p.active, p.outdated, p.resetCols, p.initialBonds, p.initialPermits, 0, ALL_FIELDS, new Int32Array(4), 0);
    const rep = (a: Float64Array | Uint8Array, w: number) => { const out = new (a.constructor as any)(4 * w); for (let t = 0; t < 4; t++) out.set(a.subarray(0, w), t * w); return out; };
    const m = p.nv * p.n;
    const copied = core.yumaRun(p.n, p.nv, 4, p.hyper, rep(p.stake, p.n), rep(p.weights, m), rep(p.active, p.n), rep(p.outdated, m), rep(p.resetCols, p.n), p.initialBonds, p.initialPermits, 0, ALL_FIELDS, new Int32Array(0), 0);
    expect(Array.from(once)).toEqual(Array.from(copied));
  });

  it('refuses to locate a field that was not asked for', () => {
    expect(() => fieldOffset(4, 2, 'bonds', fieldMask(['incentive']))).toThrow(/not asked for/);
  });
});
