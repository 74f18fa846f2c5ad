// "The halving" (market widget 3): the compute run in the engine against the debug core, at its
// defaults and at the ends of every control, and the sentences and table the figure shows.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import {
  computeMarketHalving, dayOfIso, describeHalving, isoOfDay, markers, nextHalving, schema, tableRows, taoAmount,
  ordinal, longDate, SPAN_CAP, SPAN_NEAR, WINDOW, type HalvingResult,
} from '../../src/models/market-halving';
import { defaults, type NumberParam, type ParamValues } from '../../src/state/schema';
import { SOURCES } from '../../src/content/sources';
import { loadTestCore } from '../support/core';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const TODAY = dayOfIso('2026-11-25');
const run = (over: ParamValues = {}) => computeMarketHalving(core, { ...defaults(schema), today: TODAY, ...over });

function expectSane(r: HalvingResult) {
  const nums = [
    r.issuanceToday, r.mintedToday, r.netToday, r.start, r.end, r.today, ...r.day, ...r.issuance,
    ...r.steps.flatMap((s) => [s.from, s.to, s.minted, s.net ?? 0]),
    ...r.halvings.flatMap((h) => [h.k, h.issuance, h.perDayBefore, h.perDayAfter, h.day ?? 0]),
  ];
  expect(nums.every(Number.isFinite)).toBe(true);
  expect(r.issuance.every((v) => v >= 10_500_000 - 1e-6 && v <= 21_000_000)).toBe(true);
  for (let i = 1; i < r.day.length; i++) {
    expect(r.day[i]).toBeGreaterThan(r.day[i - 1]);
    expect(r.issuance[i]).toBeGreaterThanOrEqual(r.issuance[i - 1] - 1e-3); // never falls in a window
  }
  expect(r.day[0]).toBe(0);
  expect(r.day[r.day.length - 1]).toBe(r.end);
  expect(r.steps.every((s) => s.minted >= 0 && s.to > s.from)).toBe(true);
  expect(describeHalving(r)).not.toMatch(/NaN|Infinity|undefined/);
  expect(tableRows(r).flat().join(' ')).not.toMatch(/NaN|Infinity|undefined/);
}

describe('schema', () => {
  it('cites a known source for every parameter', () => {
    for (const p of schema) expect(SOURCES[p.source], p.id).toBeDefined();
  });
  it('leaves recycling at 0 by default (an assumption, as the “late 2029” estimate)', () => {
    const r = schema.find((p) => p.id === 'recycled') as NumberParam;
    expect(r.default).toBe(0);
    expect(r.source).toBe('assumption');
  });
});

describe('computeMarketHalving at the defaults (25 Nov 2026, no recycling)', () => {
  it('starts at 10.5M on 15 Dec 2025 (block 7,103,975) and reaches 11,742,000 TAO today at 3,600 a day', () => {
    const r = run();
    expectSane(r);
    expect(isoOfDay(0)).toBe('2025-12-15');
    expect(r.today).toBe(345);
    expect(r.issuance[0]).toBe(10_500_000);
    expect(r.issuanceToday).toBeCloseTo(10_500_000 + 345 * 3600, 3);
    expect(r.mintedToday).toBe(3600);
  });
  it('lists the first halving as sourced: 7,200 → 3,600 TAO a day', () => {
    const h = run().halvings[0];
    expect(h).toMatchObject({ k: 1, issuance: 10_500_000, perDayBefore: 7200, perDayAfter: 3600, day: 0, sourced: true });
  });
  it('projects the 2nd halving 1,458 days later (12 Dec 2029), the 3rd four years after that', () => {
    const r = run();
    const [, second, third] = r.halvings;
    expect(second).toMatchObject({ k: 2, issuance: 15_750_000, perDayBefore: 3600, perDayAfter: 1800, sourced: false });
    expect(second.day).toBeCloseTo(5_250_000 / 3600, 6);
    expect(isoOfDay(second.day!)).toBe('2029-12-12');
    expect(third.day! - second.day!).toBeCloseTo(2_625_000 / 1800, 6);
    expect(nextHalving(r)?.k).toBe(2);
  });
  it('steps TAO per day 7,200 → 3,600 → 1,800 → 900 → 450 in the window to 2040', () => {
    const r = run();
    expect(r.steps.map((s) => s.minted)).toEqual([7200, 3600, 1800, 900, 450]);
    expect(r.steps[0]).toMatchObject({ from: WINDOW.start, to: 0, net: null });
  });
  it('follows the core’s series: 3,600 a day until the 2nd halving, 1,800 after', () => {
    const r = run();
    const at = (d: number) => r.issuance[r.day.indexOf(d)];
    expect(at(700) - at(0)).toBeCloseTo(700 * 3600, 3);
    expect(at(2100) - at(1470)).toBeCloseTo(630 * 1800, 3);
  });
});

describe('recycling delays the halvings', () => {
  it('moves the next halving later at every step of the slider', () => {
    const p = schema[0] as NumberParam;
    let prev = -Infinity;
    for (let v = p.min; v <= p.max; v += p.step * 10) {
      const d = nextHalving(run({ recycled: v }))!.day!;
      expect(d).toBeGreaterThan(prev);
      prev = d;
    }
  });
  it('lowers today’s issuance by the recycled amount times the days since the first halving', () => {
    expect(run({ recycled: 500 }).issuanceToday).toBeCloseTo(10_500_000 + 345 * 3100, 3);
  });
  it('never brings a halving whose minting is not more than the recycling, and says why', () => {
    const r = run({ recycled: 2000 });
    expect(r.halvings[2]).toMatchObject({ k: 3, day: null, never: 'recycling' });
    expect(r.held).toEqual({ day: 5_250_000 / 1600, issuance: 15_750_000 });
    expect(tableRows(r).find((row) => row[0] === '3rd')?.[5]).toBe('never at this recycling');
    // Held at the threshold: minting averages the recycling, net 0.
    expect(r.steps[r.steps.length - 1]).toMatchObject({ minted: 2000, net: 0 });
  });
  it('draws a net-of-recycling rate', () => {
    const r = run({ recycled: 1000 });
    expect(r.steps[1]).toMatchObject({ minted: 3600, net: 2600 });
  });
});

describe('edges of the controls and odd inputs', () => {
  const p = schema[0] as NumberParam;
  for (const recycled of [p.min, p.step, 1800, 3450, p.max]) {
    for (const span of [SPAN_NEAR, SPAN_CAP]) {
      // Its run time is a figure of `npm run bench` (release core), not a pass/fail here.
      it(`recycled ${recycled}, span ${span}: finite, ordered, within 21M`, () => {
        const r = run({ recycled, span });
        expectSane(r);
        expect(r.end).toBe(span === SPAN_CAP ? WINDOW.cap : WINDOW.near);
      });
    }
  }
  it('with no recycling the cap view runs to 21M, and minting stops after the 30th halving', () => {
    const r = run({ span: SPAN_CAP });
    expect(r.issuance[r.issuance.length - 1]).toBeGreaterThan(20_999_999);
    expect(r.halvings.find((h) => h.k === 30)?.perDayAfter).toBe(0);
    expect(r.halvings.find((h) => h.k === 31)).toMatchObject({ day: null, never: 'stopped' });
  });
  it('clamps hostile inputs to the schema and keeps the numbers finite', () => {
    for (const bad of [NaN, Infinity, -Infinity, -5, 1e308]) {
      const r = computeMarketHalving(core, { recycled: bad, span: bad, today: bad });
      expectSane(r);
      expect(r.recycled).toBeGreaterThanOrEqual(0);
      expect(r.recycled).toBeLessThanOrEqual(p.max);
    }
  });
  it('places today between the first halving and the window end', () => {
    expect(run({ today: -400 }).today).toBe(0);
    expect(run({ today: 1e9 }).today).toBe(WINDOW.near);
    expectSane(run({ today: 1e9, recycled: 2000 }));
    expect(computeMarketHalving(core, { recycled: 0, span: 0 }).today).toBe(TODAY);
  });
});

describe('sentences, labels and table', () => {
  it('describes the defaults', () => {
    expect(describeHalving(run())).toBe(
      'On 25 Nov 2026 about 11.74M TAO have been issued and 3,600 TAO a day are minted and none is recycled; ' +
        'the 2nd halving, at 15.75M TAO, is projected for about Dec 2029 (in 3.0 years), after which 1,800 TAO a day are minted.',
    );
  });
  it('describes recycling', () => {
    expect(describeHalving(run({ recycled: 1000 }))).toContain('1,000 recycled; the 2nd halving, at 15.75M TAO, is projected for about Jun 2031');
  });
  it('describes a halving that never comes', () => {
    const r = run({ recycled: 2000, today: dayOfIso('2036-01-01') });
    expect(describeHalving(r)).toContain('the 3rd halving, at 18.375M TAO, never comes: recycling is at least the 1,800 TAO a day');
  });
  it('labels the first halving with its sourced date and marks the rest as projected', () => {
    const m = markers(run());
    expect(m[0]).toMatchObject({ k: 1, iso: '2025-12-15', label: '1st halving · 15 Dec 2025', projected: false });
    expect(m[1]).toMatchObject({ k: 2, iso: '2029-12-12', label: '2nd · ~Dec 2029 (projected)', projected: true });
  });
  it('tables halvings in the window plus the first after it', () => {
    const rows = tableRows(run());
    expect(rows.map((r) => r[0])).toEqual(['1st', '2nd', '3rd', '4th', '5th']);
    expect(rows[0]).toEqual(['1st', '10,500,000', '15 Dec 2025', '7,200', '3,600', 'happened at block 7,103,975, 13:31 UTC (chain read)']);
    expect(rows[1].slice(2)).toEqual(['~Dec 2029', '3,600', '1,800', 'next (projected)']);
  });
  it('formats', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 32].map(ordinal).join()).toBe('1st,2nd,3rd,4th,11th,12th,13th,21st,22nd,23rd,32nd');
    expect(longDate('2025-12-14')).toBe('14 Dec 2025');
    expect([11_745_600, 20_999_999.4, 7200, 3.5156, 0.0000072, 0].map(taoAmount)).toEqual(['11.75M', '20.9999M', '7,200', '3.52', '0.0000072', '0']);
  });
});
