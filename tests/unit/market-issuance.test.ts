// Block emission and halvings (spec §a): the chain's own halving table (test_halving, vectors
// `chain_test_checks`), exact at every row; the issuance series and the halving table of widget (3).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { loadTestCore } from '../support/core';

interface Check { case: string; expected: number; tolerance: number }
const file: { chain_test_checks: Check[] } = JSON.parse(readFileSync(new URL('../fixtures/vectors/market.json', import.meta.url), 'utf8'));
// The file's issuance numbers are exact integers in its text; read them as BigInt from the case label.
const halvingRows = file.chain_test_checks
  .map((c) => ({ c, m: /^halving: emission at issuance (\d+) rao$/.exec(c.case) }))
  .filter((r) => r.m)
  .map(({ c, m }) => ({ issuance: BigInt(m![1]), emission: BigInt(Math.round(c.expected)) }));

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

describe('halving table (test_halving @ ea8e0f181, §10)', () => {
  it('has the 43 rows of the chain test', () => expect(halvingRows.length).toBe(43));
  for (const row of halvingRows) {
    it(`issuance ${row.issuance} rao → ${row.emission} rao per block`, () => {
      expect(core.marketBlockEmissionRao(row.issuance)).toBe(row.emission);
    });
  }
  it('halves exactly at 10.5M, 15.75M and 18.375M TAO issued', () => {
    const at = (tao: number, deltaRao: bigint) => core.marketBlockEmissionRao(BigInt(tao) * 1_000_000_000n + deltaRao);
    expect([at(10_500_000, -1n), at(10_500_000, 0n)]).toEqual([1_000_000_000n, 500_000_000n]);
    expect([at(15_750_000, -1n), at(15_750_000, 0n)]).toEqual([500_000_000n, 250_000_000n]);
    expect([at(18_375_000, -1n), at(18_375_000, 0n)]).toEqual([250_000_000n, 125_000_000n]);
  });
  it('never rises as issuance grows (seeded sweep)', () => {
    let prev = 1_000_000_000n;
    let a = 7;
    for (let k = 0; k < 2000; k++) {
      a = (a * 1103515245 + 12345) % 2 ** 31;
      const issuance = (21_000_000n * 1_000_000_000n * BigInt(k)) / 2000n + BigInt(a % 1000);
      const e = core.marketBlockEmissionRao(issuance);
      expect(e <= prev).toBe(true);
      prev = e;
    }
  });
});

describe('issuance over time (widget 3)', () => {
  it('mints 7,200 TAO a day before the first halving and 3,600 after, stepping on the crossing day', () => {
    const rows = core.marketIssuanceSeries(10_499_000, 3, 1, 0);
    expect(rows.length).toBe(4 * 3);
    expect(rows[2]).toBe(7200);
    expect(rows[5]).toBeGreaterThan(3600);
    expect(rows[5]).toBeLessThan(7200);
    expect(rows[8]).toBe(3600);
    expect(rows[7] - rows[4]).toBeCloseTo(rows[8], 6);
  });
  it('recycling delays issuance growth and nothing is NaN', () => {
    const a = core.marketIssuanceSeries(10_700_000, 3650, 30, 0);
    const b = core.marketIssuanceSeries(10_700_000, 3650, 30, 500);
    expect(Array.from(a).every(Number.isFinite) && Array.from(b).every(Number.isFinite)).toBe(true);
    expect(b[b.length - 2]).toBeLessThan(a[a.length - 2]);
  });
  it('the halving table lists thresholds S·(1 − 2^−k), emission before and after, and days away', () => {
    const t = core.marketHalvingTable(10_700_000, 3, 0);
    const row = (j: number) => Array.from(t.subarray(j * 7, j * 7 + 7));
    expect(row(0).slice(0, 6)).toEqual([2, 15_750_000, 0.5, 0.25, 3600, 1800]);
    expect(row(0)[6]).toBeCloseTo((15_750_000 - 10_700_000) / 3600, 6);
    expect(row(1)[1]).toBe(18_375_000);
    expect(row(2)[6]).toBeGreaterThan(row(1)[6]);
    expect(core.marketHalvingTable(10_700_000, 1, 1e6)[6]).toBe(-1);
  });
});
