// The article's in-browser check of the core against the golden vectors: its file is the vectors cut
// down (and not stale), every scenario in it matches bit for bit, and a changed integer is caught.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { CHECKED_FIELDS, checkFileFromVectors, computeYumaCheck, type CheckFile } from '../../src/models/yuma-check';
import { loadTestCore } from '../support/core';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/vectors/yuma.json', import.meta.url), 'utf8'));
const shipped: CheckFile = JSON.parse(readFileSync(new URL('../../src/content/yuma-check.json', import.meta.url), 'utf8'));

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

describe('the in-browser vector check', () => {
  it('ships the vectors’ inputs and stored integers, cut by checkFileFromVectors (run scripts/make-check.ts when this fails)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(checkFileFromVectors(vectors))));
    expect(shipped.scenarios.length + shipped.omitted.ids.length).toBe(vectors.scenarios.length);
    expect(shipped.scenarios.length).toBeGreaterThanOrEqual(15);
    for (const sc of shipped.scenarios)
      for (const e of sc.epochs) {
        expect(Object.keys(e.expect).sort()).toEqual([...CHECKED_FIELDS].sort());
        expect(e).not.toHaveProperty('float64');
        expect(e).not.toHaveProperty('expected');
      }
  });

  it('matches every stored integer of every shipped scenario', () => {
    for (const sc of shipped.scenarios) {
      const r = computeYumaCheck(core, { scenario: sc, raoEmission: shipped.raoEmission });
      expect(r.mismatches, sc.id).toEqual([]);
      expect(r.epochs).toBe(sc.epochs.length);
      expect(r.compared).toBeGreaterThan(sc.epochs.length * sc.n);
      expect(r.matched).toBe(r.compared);
    }
  });

  it('reports a stored integer changed by one, with where it is', () => {
    const sc = structuredClone(shipped.scenarios[0]);
    const dividends = sc.epochs[2].expect.dividends_u16 as number[];
    const k = dividends.findIndex((v) => v > 0);
    dividends[k] += 1;
    const r = computeYumaCheck(core, { scenario: sc, raoEmission: shipped.raoEmission });
    expect(r.matched).toBe(r.compared - 1);
    expect(r.mismatches).toEqual([{ epoch: 2, field: 'dividends_u16', index: k, want: dividends[k], got: dividends[k] - 1 }]);
  });
});
