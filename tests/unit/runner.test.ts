// The scenario runner's contract (tests/fixtures/vectors/README.md), through the real command.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MATRIX_FIELDS, VECTOR_FIELDS } from '../../src/engine/yuma-io';
import { epochDifferences, omitted } from '../support/vectors';

const sim = (file: string) =>
  spawnSync('npm', ['run', '--silent', 'sim', '--', file], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });

const yumaFile = 'tests/fixtures/vectors/yuma.json';
const marketFile = 'tests/fixtures/vectors/market.json';

describe('npm run --silent sim -- FILE.json', () => {
  it('prints {"results":[{id, epochs:[{fixed: OUT, float64: OUT}]}]} for every Yuma scenario, and exits 0', () => {
    const run = sim(yumaFile);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const doc = JSON.parse(readFileSync(yumaFile, 'utf8'));
    expect(out.results.map((r: { id: string }) => r.id)).toEqual(doc.scenarios.map((s: { id: string }) => s.id));
    out.results.forEach((r: { epochs: Record<string, Record<string, unknown>>[] }, k: number) => {
      expect(r.epochs).toHaveLength(doc.scenarios[k].epochs.length);
      for (const e of r.epochs) {
        expect(Object.keys(e)).toEqual(['fixed', 'float64']);
        expect(Object.keys(e.fixed).sort()).toEqual([...VECTOR_FIELDS, ...MATRIX_FIELDS].sort());
        expect(Object.keys(e.float64).sort()).toEqual([...VECTOR_FIELDS, ...MATRIX_FIELDS].sort());
      }
    });
    const failures = doc.scenarios.flatMap((sc: any, k: number) =>
      sc.epochs.flatMap((e: any, t: number) => epochDifferences(out.results[k].epochs[t].float64, e.float64, omitted(sc, 'float64'), 1e-9, `${sc.id} epoch ${t}`)),
    );
    expect(failures.slice(0, 5)).toEqual([]);
    // fixed against expected: the chain's integers (*_u16, *_rao) exactly, the reals within 1e-9.
    const exactFailures = doc.scenarios.flatMap((sc: any, k: number) =>
      sc.epochs.flatMap((e: any, t: number) => {
        const skip = omitted(sc, 'expected');
        const integers = new Set(Object.keys(e.expected).filter((f) => f.endsWith('_u16') || f.endsWith('_rao')));
        const reals = new Set(Object.keys(e.expected).filter((f) => !integers.has(f)));
        const got = out.results[k].epochs[t].fixed;
        return [
          ...epochDifferences(got, e.expected, new Set([...skip, ...reals]), 0, `${sc.id} epoch ${t}`),
          ...epochDifferences(got, e.expected, new Set([...skip, ...integers]), 1e-9, `${sc.id} epoch ${t}`),
        ];
      }),
    );
    expect(exactFailures.slice(0, 5)).toEqual([]);
  });

  it('prints one clear line per market scenario on stderr and exits non-zero (market core not built yet)', () => {
    const run = sim(marketFile);
    const doc = JSON.parse(readFileSync(marketFile, 'utf8'));
    const lines = run.stderr.trim().split('\n');
    expect(run.status).not.toBe(0);
    expect(lines).toHaveLength(doc.scenarios.length);
    for (const line of lines) expect(line).toMatch(/^sim: market scenario ".+" \(kind ".+"\) cannot run yet/);
    expect(JSON.parse(run.stdout)).toEqual({ results: [] });
  });

  it('rejects a file that is not JSON, or not a vectors file, with one line and exit 2 or 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    writeFileSync(join(dir, 'bad.json'), '{"scenarios": ');
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    const bad = sim(join(dir, 'bad.json'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot read .* as JSON/);
    const other = sim(join(dir, 'other.json'));
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/neither a Yuma nor a market vectors file/);
  });
});
