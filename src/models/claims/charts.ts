// Which of each claim model's series the page draws, with reader-facing names.
import type { ClaimId } from './index';

export interface ClaimChart {
  title: string;
  xLabel: string;
  /** The series that holds each point's x, and how its ticks read; without it x is the point's number (1, 2, …). */
  x?: { key: string; format: (v: number) => string; log?: boolean };
  series: { key: string; label: string }[];
  format: (v: number) => string;
}

const pct = (v: number) => `${Math.round(v * 100)}%`;
/** Compact: 0.5, 12, 340, 1.2k, 3.4M, 5.6B. */
const num = (v: number) => {
  const a = Math.abs(v);
  if (a >= 1e9) return `${Number((v / 1e9).toPrecision(2))}B`;
  if (a >= 1e6) return `${Number((v / 1e6).toPrecision(2))}M`;
  if (a >= 1e4) return `${Number((v / 1e3).toPrecision(2))}k`;
  return a >= 100 ? v.toFixed(0) : Number(v.toPrecision(2)).toString();
};

export const CLAIM_CHARTS: Record<ClaimId, ClaimChart[]> = {
  'weight-rent': [
    { title: 'Rent per month: owning the weights vs owning the market', xLabel: 'month', series: [{ key: 'weightRent', label: 'Weights' }, { key: 'marketRent', label: 'Market' }], format: num },
    { title: 'The market’s share and how much of its subsidy revenue covers', xLabel: 'month', series: [{ key: 'share', label: 'Share' }, { key: 'coverage', label: 'Coverage' }], format: num },
    { title: 'Value so far, net of what each side pays to keep its edge ($, present value)', xLabel: 'month', series: [{ key: 'cumVwNet', label: 'Weights, net of releases' }, { key: 'cumVkNet', label: 'Market, net of dilution' }], format: num },
  ],
  leakage: [
    { title: 'Who earns from the released model: shares of the day’s spending', xLabel: 'day', series: [{ key: 'eO', label: 'Originator' }, { key: 'eB', label: 'Subnet' }, { key: 'eC', label: 'Central hosts' }], format: pct },
    { title: 'Who serves the released model, day by day', xLabel: 'day', series: [{ key: 'sO', label: 'Originator' }, { key: 'sB', label: 'Subnet' }, { key: 'sC', label: 'Central hosts' }], format: pct },
  ],
  'three-networks': [
    { title: 'Market shares, week by week', xLabel: 'week', series: [{ key: 'sB', label: 'Bittensor (B)' }, { key: 'sBNone', label: 'B without new releases' }, { key: 'sA', label: 'Ambient-style (A)' }, { key: 'sC', label: 'Centralized (C)' }], format: pct },
    { title: 'How much of B’s emissions its revenue covers', xLabel: 'week', series: [{ key: 'coverage', label: 'Coverage' }], format: num },
  ],
  routing: [
    { title: 'One big model’s cost ÷ routed small models’ cost, as the routine share grows', xLabel: 'routine share of calls', x: { key: 'f', format: pct }, series: [{ key: 'costRatio', label: 'Cost ratio' }], format: num },
    { title: 'Task success of routed small models, as the routine share grows', xLabel: 'routine share of calls', x: { key: 'f', format: pct }, series: [{ key: 'succH', label: 'Routed' }], format: pct },
    { title: 'Share of the routed spend that still goes to the large model', xLabel: 'routine share of calls', x: { key: 'f', format: pct }, series: [{ key: 'spendL', label: 'Large model' }], format: pct },
  ],
  coordination: [
    { title: 'Buybacks against what they must cover, as the network’s share of spend grows ($ a year)', xLabel: 'network’s share of spend (log scale)', x: { key: 'share', format: (v) => `${Number((v * 100).toPrecision(2))}%`, log: true }, series: [{ key: 'buybacks', label: 'Buybacks' }, { key: 'needed', label: 'Emissions sold + X × code layer’s cut' }], format: num },
  ],
};

/** What a LineChart needs to draw `chart` from a run's series, and the same numbers as a table of at
 *  most `rows` rows (evenly spaced points, the last included): the chart's text alternative. */
export function chartView(chart: ClaimChart, runSeries: Record<string, Float64Array>, rows = 21) {
  const series = chart.series.filter((s) => runSeries[s.key]).map((s) => ({ name: s.label, values: Array.from(runSeries[s.key]) }));
  const xValues = chart.x ? runSeries[chart.x.key] : undefined;
  const n = Math.max(0, ...series.map((s) => s.values.length));
  const picks = n <= rows ? Array.from({ length: n }, (_, i) => i) : Array.from({ length: rows }, (_, k) => Math.round((k * (n - 1)) / (rows - 1)));
  const xText = (i: number) => (xValues && chart.x ? chart.x.format(xValues[i]) : String(i + 1));
  const table = {
    columns: [chart.xLabel, ...series.map((s) => s.name)],
    rows: picks.map((i) => [xText(i), ...series.map((s) => chart.format(s.values[i] ?? 0))]),
  };
  return { series, xValues, table };
}
