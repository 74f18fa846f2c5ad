// "The halving": TAO issued over time and TAO minted per day before and after each halving, with
// today marked. Schema, the compute run in the engine (worker), and the sentences.
// Spec §(a): block emission depends only on total issuance, so halvings come at 10.5M, 15.75M, 18.375M …
// TAO issued, not at block heights; recycled TAO leaves the issuance and so delays every later halving.
// The first halving is a dated event (block 7,103,975, 2025-12-15); everything after it is projected from that point.
import type { CoreExports } from '../engine/core';
import { clampToParam, type Param, type ParamValues } from '../state/schema';

export const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.2425;
/** The first halving, the figure's anchor: issuance crossed 10.5M TAO inside block 7,103,975 at
 *  2025-12-15 13:31:24 UTC (facts-2026h2 §1, a chain read); days count from that date. */
export const FIRST_HALVING_ISO = '2025-12-15';
const FIRST_HALVING_MS = Date.UTC(2025, 11, 15);
export const FIRST_HALVING_ISSUANCE = 10_500_000;
export const MAX_SUPPLY = 21_000_000;
/** The date the article is written for; the compute uses it when no date is passed in. */
export const WRITTEN_ISO = '2026-11-25';

/** Days after the first halving of a calendar date `YYYY-MM-DD` (UTC). */
export const dayOfIso = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - FIRST_HALVING_MS) / DAY_MS);
/** The calendar date (UTC) `day` days after the first halving, as `YYYY-MM-DD`. */
export const isoOfDay = (day: number) => new Date(FIRST_HALVING_MS + Math.round(day) * DAY_MS).toISOString().slice(0, 10);
/** A fractional year for the x axis (≈ 2025.95 at the first halving; 365-day years, so 1 Jan 2025 is 2025.0). */
export const yearOfDay = (day: number) => 2025 + (FIRST_HALVING_MS - Date.UTC(2025, 0, 1)) / DAY_MS / 365 + day / 365;

export const SPAN_NEAR = 0;
export const SPAN_CAP = 1;
/** The chart's windows, in days after the first halving. */
export const WINDOW = {
  start: dayOfIso('2025-01-01'),
  near: dayOfIso('2039-12-31'),
  cap: dayOfIso('2150-12-31'),
} as const;
const EVERY = [7, 30];
/** The halvings listed: the 1st (dated) and the 2nd to the 32nd (projected); past the 30th the
 *  emission is already 0 rao, so the last two are never reached (spec §a). */
const LAST_HALVING = 32;
/** Past this halving issuance is within 21 TAO of the cap. The core's daily series stops there and the
 *  halving table's points carry the line: in the model issuance grows linearly between halvings, so the
 *  points are exact, and a day-by-day series there crosses rao-sized thresholds block by block. */
const SERIES_UNTIL_HALVING = 20;

const tao = (v: number) => Math.round(v).toLocaleString('en-US');

export const schema: readonly Param[] = [
  {
    kind: 'number',
    id: 'recycled',
    label: 'TAO recycled per day',
    unit: 'TAO/day',
    min: 0,
    max: 3_500,
    step: 50,
    scale: 'linear',
    default: 0,
    source: 'assumption',
    format: tao,
  },
  {
    kind: 'choice',
    id: 'span',
    label: 'Years shown',
    options: [
      { value: SPAN_NEAR, label: '2025 to 2040' },
      { value: SPAN_CAP, label: 'to the 21M cap (2150)' },
    ],
    default: SPAN_NEAR,
    source: 'halving-window',
  },
];

/** One halving: the 1st is a dated event, the rest are projections at the chosen recycling. */
export interface HalvingRow {
  k: number;
  /** TAO issued when it happens. */
  issuance: number;
  perDayBefore: number;
  perDayAfter: number;
  /** Days after the first halving; null when it never comes at this recycling. */
  day: number | null;
  sourced: boolean;
  /** Why it never comes: minting (before it) is not more than recycling, or minting has stopped. */
  never: 'recycling' | 'stopped' | null;
}

/** TAO minted per day between two days (after the first halving), and net of recycling. */
export interface Step {
  from: number;
  to: number;
  minted: number;
  /** minted − recycled; null before the first halving, where recycling is not modelled. */
  net: number | null;
}

/** A halving as the chart marks it. */
export interface HalvingMarker {
  k: number;
  day: number;
  iso: string;
  /** Full label ("1st halving · 15 Dec 2025"), and the short one used when space is tight ("1st"). */
  label: string;
  short: string;
  projected: boolean;
}

export interface HalvingResult {
  recycled: number;
  span: number;
  /** Days after the first halving: the chart's window and today. */
  start: number;
  end: number;
  today: number;
  issuanceToday: number;
  mintedToday: number;
  netToday: number;
  /** The issuance line from the first halving to the window's end. */
  day: number[];
  issuance: number[];
  steps: Step[];
  halvings: HalvingRow[];
  /** Recycling outpaces minting after the last halving reached: issuance is held at that threshold. */
  held: { day: number; issuance: number } | null;
}

function params(p: ParamValues): { recycled: number; span: number } {
  const [r, s] = schema;
  return {
    recycled: clampToParam(r, Number(p.recycled)) ?? r.default,
    span: clampToParam(s, Number(p.span)) ?? s.default,
  };
}

/** Runs in the engine: the core's halving table and issuance series for the chosen recycling. */
export function computeMarketHalving(core: CoreExports, p: ParamValues): HalvingResult {
  const { recycled, span } = params(p);
  const end = span === SPAN_CAP ? WINDOW.cap : WINDOW.near;
  const every = EVERY[span === SPAN_CAP ? 1 : 0];
  const today = Number.isFinite(p.today) ? Math.min(end, Math.max(0, Math.round(p.today))) : dayOfIso(WRITTEN_ISO);

  // The 1st halving from issuance 0 (its TAO/day before and after), then the 2nd… from the 1st.
  const first = core.marketHalvingTable(0, 1, 0);
  const halvings: HalvingRow[] = [
    { k: first[0], issuance: first[1], perDayBefore: first[4], perDayAfter: first[5], day: 0, sourced: true, never: null },
  ];
  const t = core.marketHalvingTable(FIRST_HALVING_ISSUANCE, LAST_HALVING - 1, recycled);
  for (let o = 0; o + 7 <= t.length; o += 7) {
    const reached = t[o + 6] >= 0;
    halvings.push({
      k: t[o],
      issuance: t[o + 1],
      perDayBefore: t[o + 4],
      perDayAfter: t[o + 5],
      day: reached ? t[o + 6] : null,
      sourced: false,
      never: reached ? null : t[o + 4] === 0 ? 'stopped' : 'recycling',
    });
  }
  const reached = halvings.filter((h) => h.day !== null);
  const last = reached[reached.length - 1];
  const held = last.perDayAfter < recycled ? { day: last.day!, issuance: last.issuance } : null;

  // Issuance at any day from the table: linear between halvings, flat after the last one reached.
  const issuanceAt = (d: number): number => {
    let i = 0;
    while (i + 1 < reached.length && reached[i + 1].day! <= d) i++;
    const h = reached[i];
    if (i === reached.length - 1) return h.issuance;
    return Math.min(reached[i + 1].issuance, h.issuance + (d - h.day!) * (h.perDayAfter - recycled));
  };

  // The core's day-by-day series up to the held point or the SERIES_UNTIL_HALVING-th halving.
  let stop = end;
  if (held) stop = Math.min(stop, held.day);
  const until = reached.find((h) => h.k === SERIES_UNTIL_HALVING);
  if (until) stop = Math.min(stop, until.day!);
  const coreDays = Math.max(0, Math.floor(stop / every) * every);
  const s = core.marketIssuanceSeries(FIRST_HALVING_ISSUANCE, coreDays, every, recycled);
  const day: number[] = [];
  const issuance: number[] = [];
  for (let o = 0; o + 3 <= s.length; o += 3) {
    day.push(s[o]);
    issuance.push(s[o + 1]);
  }
  for (const h of reached) {
    if (h.day! > coreDays && h.day! < end) {
      day.push(h.day!);
      issuance.push(h.issuance);
    }
  }
  if (day[day.length - 1] < end) {
    day.push(end);
    issuance.push(issuanceAt(end));
  }

  // TAO minted per day: 7,200 before the 1st halving, then each halving's "after" (the recycled
  // amount on average once issuance is held at a threshold).
  const steps: Step[] = [{ from: WINDOW.start, to: 0, minted: halvings[0].perDayBefore, net: null }];
  reached.forEach((h, i) => {
    if (h.day! >= end) return;
    const minted = held && h === last ? recycled : h.perDayAfter;
    steps.push({ from: h.day!, to: Math.min(end, reached[i + 1]?.day ?? end), minted, net: minted - recycled });
  });

  let issuanceToday: number;
  let mintedToday: number;
  if (today <= coreDays) {
    const now = core.marketIssuanceSeries(FIRST_HALVING_ISSUANCE, today, Math.max(1, today), recycled);
    issuanceToday = now[now.length - 2];
    mintedToday = now[now.length - 1];
  } else {
    issuanceToday = issuanceAt(today);
    mintedToday = steps.find((st) => st.from <= today && today < st.to)?.minted ?? steps[steps.length - 1].minted;
  }
  return {
    recycled, span, start: WINDOW.start, end, today,
    issuanceToday, mintedToday, netToday: mintedToday - recycled,
    day, issuance, steps, halvings, held,
  };
}

// ---- formatting and sentences (pure; used by the component and the tests) --------------------------

export const ordinal = (k: number) => {
  const t = k % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][k % 10] ?? 'th';
  return `${k}${suffix}`;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "15 Dec 2025". */
export const longDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
/** "Dec 2029": a projection's precision. */
export const monthYear = (day: number) => {
  const iso = isoOfDay(day);
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
};

/** TAO amounts: millions with two decimals (four, truncated, near the cap), thousands separated,
 *  small ones to 3 significant digits. */
export function taoAmount(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  if (a >= 2e7) return `${(Math.floor(v / 100) / 1e4).toFixed(4)}M`;
  if (a >= 1e6) return `${(v / 1e6).toFixed(2)}M`;
  if (a >= 10) return Math.round(v).toLocaleString('en-US');
  if (a >= 1) return Number(v.toFixed(2)).toLocaleString('en-US');
  if (a === 0) return '0';
  return Number(v.toPrecision(3)).toString();
}

/** A halving's issuance threshold, exact: 10.5M, 15.75M, 18.375M, 19.6875M … */
export const thresholdAmount = (v: number) => (v < 2e7 ? `${Number((v / 1e6).toFixed(5))}M` : tao(v));

/** The halving's date as the figure writes it: sourced day, or "~Mon YYYY" for a projection. */
export function halvingDate(h: HalvingRow): string {
  if (h.day === null) return 'never';
  return h.sourced ? longDate(FIRST_HALVING_ISO) : `~${monthYear(h.day)}`;
}

/** The first halving still to come after today (maybe one that never comes); null past the last. */
export function nextHalving(r: HalvingResult): HalvingRow | null {
  return r.halvings.find((h) => h.day === null || h.day > r.today) ?? null;
}

function inTime(days: number): string {
  if (days < 60) return `in ${Math.max(0, Math.round(days))} days`;
  if (days < YEAR_DAYS) return `in ${Math.round(days / 30.44)} months`;
  return `in ${(days / YEAR_DAYS).toFixed(1)} years`;
}

/** One sentence: issuance and minting today, and when the next halving comes at this recycling. */
export function describeHalving(r: HalvingResult): string {
  const date = longDate(isoOfDay(r.today));
  const minted =
    r.recycled > 0
      ? `${taoAmount(r.mintedToday)} TAO a day are minted and ${taoAmount(r.recycled)} recycled`
      : `${taoAmount(r.mintedToday)} TAO a day are minted and none is recycled`;
  const head = `On ${date} about ${taoAmount(r.issuanceToday)} TAO have been issued and ${minted}`;
  const next = nextHalving(r);
  if (!next) return `${head}; every halving has passed.`;
  const which = `the ${ordinal(next.k)} halving, at ${thresholdAmount(next.issuance)} TAO`;
  if (next.day === null) {
    const why =
      next.never === 'stopped'
        ? 'minting has stopped'
        : `recycling is at least the ${taoAmount(next.perDayBefore)} TAO a day minted before it, so issuance stops growing`;
    return `${head}; ${which}, never comes: ${why}.`;
  }
  return `${head}; ${which}, is projected for about ${monthYear(next.day)} (${inTime(next.day - r.today)}), after which ${taoAmount(next.perDayAfter)} TAO a day are minted.`;
}

/** The halving table as the data table shows it. */
export const TABLE_COLUMNS = ['Halving', 'TAO issued at it', 'Date', 'TAO/day before', 'TAO/day after', 'Status'];

export function tableRows(r: HalvingResult): string[][] {
  const next = nextHalving(r);
  // Rows up to the window's end, then the first one after it (or the first that never comes).
  const shown = r.halvings.filter((h, i) => (h.day !== null && h.day <= r.end) || i === 0);
  const after = r.halvings.find((h) => !shown.includes(h));
  if (after) shown.push(after);
  return shown.map((h) => [
    ordinal(h.k),
    tao(h.issuance),
    halvingDate(h),
    taoAmount(h.perDayBefore),
    taoAmount(h.perDayAfter),
    h.sourced
      ? 'happened at block 7,103,975, 13:31 UTC (chain read)'
      : h.day === null
        ? h.never === 'stopped'
          ? 'never: minting has stopped'
          : 'never at this recycling'
        : `${h.day <= r.today ? 'passed' : h === next ? 'next' : 'later'} (projected)`,
  ]);
}

/** The halvings the chart marks (those that come). The first four are labelled with their date
 *  (projections say so), later ones every fifth by number only: the cap view has thirty. */
export function markers(r: HalvingResult): HalvingMarker[] {
  return r.halvings
    .filter((h) => h.day !== null)
    .map((h) => ({
      k: h.k,
      day: h.day!,
      iso: isoOfDay(h.day!),
      label: h.sourced
        ? `${ordinal(h.k)} halving · ${longDate(FIRST_HALVING_ISO)}`
        : h.k <= 4
          ? `${ordinal(h.k)} · ${halvingDate(h)} (projected)`
          : '',
      short: h.k <= 4 || h.k % 5 === 0 ? ordinal(h.k) : '',
      projected: !h.sourced,
    }));
}
