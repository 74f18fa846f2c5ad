// chartView(chart, series): the LineChart's series and x, and the same numbers as a table.
import { describe, expect, it } from 'vitest';
import { CLAIM_CHARTS, chartView } from '../../src/models/claims/charts';

describe('chartView', () => {
  it('plots routing on the routine share and tabulates 21 evenly spaced points, first and last included', () => {
    const f = Float64Array.from({ length: 101 }, (_, i) => i / 100);
    const costRatio = Float64Array.from(f, (v) => 1 + 5 * v);
    const view = chartView(CLAIM_CHARTS.routing[0], { f, costRatio });
    expect(view.xValues).toBe(f);
    expect(view.series).toEqual([{ name: 'Cost ratio', values: Array.from(costRatio) }]);
    expect(view.table.columns).toEqual(['routine share of calls', 'Cost ratio']);
    expect(view.table.rows).toHaveLength(21);
    expect(view.table.rows[0]).toEqual(['0%', '1']);
    expect(view.table.rows[10]).toEqual(['50%', '3.5']);
    expect(view.table.rows[20]).toEqual(['100%', '6']);
  });

  it('numbers the points from 1 when the chart has no x series, and keeps every point of a short run', () => {
    const weightRent = Float64Array.of(3e6, 2e6, 1e6);
    const view = chartView(CLAIM_CHARTS['weight-rent'][0], { weightRent, marketRent: Float64Array.of(1, 2, 3) });
    expect(view.xValues).toBeUndefined();
    expect(view.table.rows.map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(view.table.rows[0]).toEqual(['1', '3M', '1']);
  });

  it('leaves out a series the run does not have', () => {
    const view = chartView(CLAIM_CHARTS['three-networks'][0], { sB: Float64Array.of(0.5), sC: Float64Array.of(0.25) });
    expect(view.table.columns).toEqual(['week', 'Bittensor (B)', 'Centralized (C)']);
  });
});
