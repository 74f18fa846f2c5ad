// Comparing outputs with the golden vectors by the rules of tests/fixtures/vectors/README.md.
import type { VectorScenario } from '../../src/engine/yuma-io';

/** Fields an output of the scenario leaves out: plain names apply to both outputs, `float64.x` to one. */
export function omitted(sc: Pick<VectorScenario, 'omitted_fields'>, output: 'float64' | 'expected'): Set<string> {
  const out = new Set<string>();
  for (const f of sc.omitted_fields ?? []) {
    if (!f.includes('.')) out.add(f);
    else if (f.startsWith(`${output}.`)) out.add(f.slice(output.length + 1));
  }
  return out;
}

/** Every disagreement between got and want beyond `tolerance`, as readable lines; booleans and nulls exactly. */
export function differences(got: unknown, want: unknown, tolerance: number, path = ''): string[] {
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) return [`${path}: shape ${JSON.stringify(got)?.slice(0, 80)} vs length ${want.length}`];
    return want.flatMap((w, k) => differences(got[k], w, tolerance, `${path}[${k}]`));
  }
  if (want === null || typeof want === 'boolean') return got === want ? [] : [`${path}: got ${got} want ${want}`];
  if (typeof got !== 'number' || !(Math.abs(got - (want as number)) <= tolerance)) return [`${path}: got ${got} want ${want}`];
  return [];
}

/** All differences of one epoch's OUT against the file's, skipping omitted fields. */
export function epochDifferences(got: Record<string, unknown>, want: Record<string, unknown>, skip: Set<string>, tolerance: number, label: string): string[] {
  const failures: string[] = [];
  for (const [field, value] of Object.entries(want)) {
    if (skip.has(field)) continue;
    for (const d of differences(got[field], value, tolerance)) failures.push(`${label} ${field}${d}`);
  }
  return failures;
}

export interface Tolerance {
  rel: number;
  abs: number;
}

/** Every disagreement between got and want, as readable lines, including keys missing or extra. */
export function marketDifferences(got: unknown, want: unknown, tol: Tolerance, path = ''): string[] {
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) return [`${path}: got ${JSON.stringify(got)?.slice(0, 80)}, want ${want.length} items`];
    return want.flatMap((w, k) => marketDifferences(got[k], w, tol, `${path}[${k}]`));
  }
  if (want !== null && typeof want === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got)) return [`${path}: got ${JSON.stringify(got)?.slice(0, 80)}, want an object`];
    const g = got as Record<string, unknown>;
    const w = want as Record<string, unknown>;
    const extra = Object.keys(g).filter((k) => !(k in w)).map((k) => `${path}.${k}: not in expected`);
    return [...extra, ...Object.keys(w).flatMap((k) => (k in g ? marketDifferences(g[k], w[k], tol, `${path}.${k}`) : [`${path}.${k}: missing`]))];
  }
  if (typeof want === 'number') {
    if (typeof got !== 'number' || !Number.isFinite(got)) return [`${path}: got ${got}, want ${want}`];
    const d = Math.abs(got - want);
    return d <= tol.abs || d <= tol.rel * Math.abs(want) ? [] : [`${path}: got ${got}, want ${want} (off by ${d.toPrecision(3)})`];
  }
  return got === want ? [] : [`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`];
}
