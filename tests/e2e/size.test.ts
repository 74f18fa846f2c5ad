import { describe, expect, it } from 'vitest';
import { BUDGET, measure } from '../../scripts/size';

describe('size budget of the built site', () => {
  const sizes = measure();
  it('finds the entry script of the article', () => {
    expect(sizes.initialFiles.some((f) => f.endsWith('.js'))).toBe(true);
    expect(sizes.wasmFiles.length).toBeGreaterThan(0);
  });
  it(`keeps the article's initial JS within ${BUDGET.initialJs / 1024} KB gzip`, () => {
    expect(sizes.initialJs).toBeLessThanOrEqual(BUDGET.initialJs);
  });
  it(`keeps every wasm module of the core within ${BUDGET.wasm / 1024} KB gzip`, () => {
    expect(sizes.wasmFiles.length).toBeGreaterThanOrEqual(3);
    for (const w of sizes.wasmFiles) expect(w.gzip, w.file).toBeLessThanOrEqual(BUDGET.wasm);
  });
});
