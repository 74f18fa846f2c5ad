// The scenario runner's contract (tests/fixtures/vectors/README.md), through the real command.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MATRIX_FIELDS, VECTOR_FIELDS } from '../../src/engine/yuma-io';
import { epochDifferences, marketDifferences, omitted } from '../support/vectors';

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

  it('prints {"results":[{id, outputs}]} for every market scenario, each within its own tolerance, and exits 0', () => {
    const run = sim(marketFile);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const doc = JSON.parse(readFileSync(marketFile, 'utf8'));
    expect(out.results.map((r: { id: string }) => r.id)).toEqual(doc.scenarios.map((s: { id: string }) => s.id));
    const failures = doc.scenarios.flatMap((sc: any, k: number) => marketDifferences(out.results[k].outputs, sc.expected, sc.tolerance, sc.id));
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('runs a new market scenario of a known kind by its kind, and names an unknown kind in one line', () => {
    const doc = JSON.parse(readFileSync(marketFile, 'utf8'));
    const base = doc.scenarios.find((s: { id: string }) => s.id === 'slippage_curve');
    const inputs = { ...base.inputs, trade_fractions: base.inputs.trade_fractions.slice(0, 2), buy_tao: base.inputs.buy_tao.slice(0, 2), sell_alpha: base.inputs.sell_alpha.slice(0, 2) };
    const variant = { ...base, id: 'my_own_curve', kind: 'slippage_curve', inputs };
    const unknown = { ...base, id: 'mystery', kind: 'no_such_kind' };
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ ...doc, scenarios: [variant, unknown] }));
    const run = sim(join(dir, 'm.json'));
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.results.map((r: { id: string }) => r.id)).toEqual(['my_own_curve']);
    expect(out.results[0].outputs.buys).toHaveLength(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^sim: market scenario "mystery" \(kind "no_such_kind"\) failed: .*unknown scenario kind/)]);
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
