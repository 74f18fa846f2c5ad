// src/charts/scale.ts stands in for d3-scale and d3-shape in the charts: the same numbers, ticks and paths.
import { describe, expect, it } from 'vitest';
import * as d3s from 'd3-scale';
import { line } from 'd3-shape';
import { linePath, scaleBand, scaleLinear, scaleLog, spreadLabels } from '../../src/charts/scale';

const rand = (() => {
  let s = 12345;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
})();

describe('chart scales match d3', () => {
  it('linear: values, nice domains and ticks', () => {
    for (let k = 0; k < 500; k++) {
      const hi = 10 ** (rand() * 16 - 8) * (1 + rand());
      const lo = k % 3 === 0 ? 0 : hi * (rand() - 0.5);
      const range: [number, number] = k % 2 ? [200 * rand(), 10] : [10, 300 * rand() + 20];
      for (const nice of [false, true]) {
        const ref = d3s.scaleLinear().domain([lo, hi]).range(range);
        if (nice) ref.nice();
        const ours = scaleLinear([lo, hi], range, { nice });
        expect([...ours.domain]).toEqual(ref.domain());
        for (const count of [4, 5, 6, 10]) expect(ours.ticks(count)).toEqual(ref.ticks(count));
        for (const v of [lo, hi, (lo + hi) / 2, lo + (hi - lo) * rand(), hi * 2]) expect(ours(v)).toBe(ref(v));
      }
      const clamped = d3s.scaleLinear().domain([0, hi]).range(range).clamp(true);
      expect(scaleLinear([0, hi], range, { clamp: true })(hi * 3)).toBe(clamped(hi * 3));
      expect(scaleLinear([0, hi], range, { clamp: true })(-hi)).toBe(clamped(-hi));
    }
  });

  it('log: values, with and without clamping', () => {
    for (let k = 0; k < 200; k++) {
      const lo = 10 ** (rand() * 10 - 6);
      const hi = lo * 10 ** (1 + rand() * 6);
      const range: [number, number] = k % 2 ? [250, 12] : [40, 600];
      for (const clamp of [false, true]) {
        const ref = d3s.scaleLog().domain([lo, hi]).range(range).clamp(clamp);
        const ours = scaleLog([lo, hi], range, { clamp });
        for (const v of [lo, hi, lo / 10, hi * 10, lo + (hi - lo) * rand()]) expect(ours(v)).toBe(ref(v));
      }
    }
  });

  it('band: positions and bandwidth', () => {
    for (const [n, range, padding] of [[5, [0, 140], 0.22], [12, [48, 700], 0.15], [2, [0, 31.7], 0.05], [1, [10, 40], 0.08], [7, [300, 20], 0.1]] as const) {
      const ref = d3s.scaleBand<number>().domain([...Array(n).keys()]).range(range).padding(padding);
      const ours = scaleBand(n, range, padding);
      expect(ours.bandwidth).toBe(ref.bandwidth());
      for (let i = 0; i < n; i++) expect(ours(i)).toBe(ref(i));
    }
  });

  it('linePath writes what d3-shape line() writes', () => {
    const data = [0.1, 2.34567, null, 4, 5, null, 7, 8.0001, NaN, 1 / 3];
    const x = (_: unknown, i: number) => 10 + i * 33.3333;
    const y = (v: number | null) => 200 - (v as number) * 17.77777;
    const defined = (v: number | null) => v !== null && Number.isFinite(v);
    expect(linePath(data, x, y, defined)).toBe(line<number | null>().defined(defined).x(x).y(y)(data));
    const plain = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(linePath(plain, x, y)).toBe(line<number>().x(x).y(y)(plain));
    expect(linePath([], x, y)).toBe(line<number>().x(x).y(y)([]));
  });

  it('spreadLabels keeps labels 13 px apart and, with a bottom, above it', () => {
    expect(spreadLabels([50, 52, 10])).toEqual([50, 63, 10]);
    expect(spreadLabels([100, 99, 98], 13, 110)).toEqual([110, 97, 84]);
  });
});

describe('logTicks', () => {
  it('gives 1, 2, 5 × 10^k inside the domain, thinned to fit', async () => {
    const { logTicks } = await import('../../src/charts/scale');
    expect(logTicks([1, 200], 8)).toEqual([1, 2, 5, 10, 20, 50, 100, 200]);
    expect(logTicks([1, 200], 6)).toEqual([1, 10, 100]);
    expect(logTicks([0.01, 1e6], 5)).toEqual([0.01, 1, 100, 10000, 1000000]);
    expect(logTicks([3, 4], 6)).toEqual([]);
    expect(logTicks([0, 10], 6)).toEqual([]);
  });
});
