// Property tests (fast-check, fixed seeds) of the widgets' state in the URL (src/state/url.ts), for
// every widget's schema and every claim model's: what the browser URL fuzz test checks page by page,
// here on tens of thousands of queries a second.
// - decodeState never throws, on any string (code units, lone surrogates, graphemes, oversized) and on
//   query strings built from the schema's real keys with duplicates, markup and javascript: payloads,
//   NaN/Infinity/-0/1e308/hex/underscored numbers, broken percent-escapes and wrong versions;
// - whatever it decodes is safe: the schema's keys exactly, on a plain object (no __proto__ pollution),
//   every value finite, in range and on the slider's grid (as clampToParam snaps) or one of the options;
//   notes are strings without control characters;
// - it says so: a query with an unknown key, an invalid or out-of-range value, a duplicate, a wrong
//   version or too many characters gets notes (exactly one per such pair), and a query of valid keys
//   alone gets none and the values it asked for;
// - encodeState → decodeState round-trips every value set on the sliders' grids without a note, and
//   decode(encode(decode(q).values)) = decode(q).values for any q.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, MAX_QUERY_LENGTH, RESERVED, STATE_VERSION } from '../../src/state/url';
import { clampToParam, defaults, type Param, type ParamValues } from '../../src/state/schema';
import { schema as who } from '../../src/models/who-gets-paid';
import { schema as yuma } from '../../src/models/yuma-explorer';
import { schema as stake } from '../../src/models/market-stake';
import { schema as emission } from '../../src/models/market-emission';
import { schema as halving } from '../../src/models/market-halving';
import { schema as split } from '../../src/models/market-split';
import { CLAIM_MODELS } from '../../src/models/claims';
import { among, int, uniform } from '../support/arbitraries';

const SCHEMAS: [string, readonly Param[]][] = [
  ['who-gets-paid', who], ['yuma-explorer', yuma], ['market-stake', stake], ['market-emission', emission],
  ['market-halving', halving], ['market-split', split],
  ...CLAIM_MODELS.map((m): [string, readonly Param[]] => [`claim ${m.id}`, m.schema]),
];
const RUNS = 3000;

// ---- what a decoded state must be -----------------------------------------------------------------

const CONTROL = /\p{Cc}/u;
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Grid index of v on a number slider (an integer, to float rounding). */
const gridIndex = (p: Param & { kind: 'number' }, v: number) => (v - p.min) / p.step;

/** Everything unsafe about a decoded state, as lines (plain checks: an expect per value is slow). */
function unsafe(schema: readonly Param[], values: ParamValues, notes: string[]): string[] {
  const bad: string[] = [];
  if (Object.getPrototypeOf(values) !== Object.prototype) bad.push('values is not a plain object');
  const keys = Object.keys(values);
  if (keys.length !== schema.length || schema.some((p, i) => keys[i] !== p.id)) bad.push(`keys ${JSON.stringify(keys)} are not the schema's`);
  for (const p of schema) {
    const v = values[p.id];
    if (typeof v !== 'number' || !Number.isFinite(v)) bad.push(`${p.id} = ${v} is not a finite number`);
    else if (p.kind === 'choice') {
      if (!p.options.some((o) => o.value === v)) bad.push(`${p.id} = ${v} is not an option`);
    } else {
      const k = gridIndex(p, v);
      if (!(v >= p.min && v <= p.max)) bad.push(`${p.id} = ${v} is outside [${p.min}, ${p.max}]`);
      if (Math.abs(k - Math.round(k)) >= 1e-3 || clampToParam(p, v) !== v) bad.push(`${p.id} = ${v} is off the grid`);
    }
  }
  for (const n of notes) {
    if (typeof n !== 'string' || n.length === 0) bad.push(`an empty note ${JSON.stringify(n)}`);
    else if (CONTROL.test(n)) bad.push(`a control character in ${JSON.stringify(n)}`);
  }
  // No key reached Object.prototype (a `__proto__=…` or `constructor.prototype.x=…` pollution).
  const proto = Object.getOwnPropertyNames(Object.prototype);
  if (proto.length !== PROTOTYPE_KEYS.length) bad.push(`Object.prototype now has ${proto.sort().join(', ')}`);
  return bad;
}

const expectSafe = (schema: readonly Param[], values: ParamValues, notes: string[]) => expect(unsafe(schema, values, notes)).toEqual([]);

// ---- arbitrary strings ------------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates and controls included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">', '"><img src=x onerror=window.__pwned=1>', '<svg onload=window.__pwned=1>',
  '</script><script>window.__pwned=1</script>', 'javascript:window.__pwned=1', 'JaVaScRiPt:window.__pwned=1//',
  "'-window.__pwned=1-'", '${window.__pwned=1}', '{{constructor.constructor("window.__pwned=1")()}}',
  'data:text/html,<script>window.__pwned=1</script>',
];
const NOT_NUMBERS = ['NaN', 'Infinity', '-Infinity', '+Infinity', '0x10', '0b11', '0o7', '1_000', '1e', '--1', '1e400', '-1e400', '9'.repeat(400), '١٢٣', '１２', '1,5', '5 5', 'e5', '.', '+', '-', '', ' ', '1e+', '0x', 'one'];
const UNICODE = ['\u202Eevil\u202C', 'שלום', 'مرحبا', '😀', '\uD800', '\uDFFF', 'a\u0000b', '\u200B', 'ǅ', '\u2028', '\u0085', '\u009b', '\u001b[31m'];
const BROKEN_ESCAPES = ['%', '%ZZ', '%E0%A4%A', '%ED%A0%80', '%F0%9F%98', '%00', '%0A%0D', '%C0%AF', '%FF', '%%', '%2', '%u0041'];

/** Any string at all: printable, any code unit, graphemes, bytes, broken escapes, or more than the
 *  length limit. Sometimes behind a `?`. */
const anyString = fc.tuple(
  fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: codeUnit, maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fc.constantFrom(...PAYLOADS, ...NOT_NUMBERS, ...UNICODE, ...BROKEN_ESCAPES, '&', '=', '?', '#', '+', 'v=1', 'v=2'), { maxLength: 20 }).map((xs) => xs.join('')),
    fc.tuple(fc.string({ unit: codeUnit, maxLength: 20 }), int(MAX_QUERY_LENGTH - 5, 3 * MAX_QUERY_LENGTH)).map(([s, n]) => s.padEnd(n, s || 'x9=&%')),
  ),
  fc.boolean(),
).map(([s, q]) => (q ? `?${s}` : s));

/** A string for the URL: percent-encoded (or raw where it cannot be: a lone surrogate). */
function enc(s: string, plusForSpace = false): string {
  let e: string;
  try {
    e = encodeURIComponent(s);
  } catch {
    return s.replace(/[&=+%#]/g, (c) => encodeURIComponent(c));
  }
  return plusForSpace ? e.replace(/%20/g, '+') : e;
}

// ---- labelled query strings from a schema's keys ------------------------------------------------------

type Category = 'valid' | 'invalid' | 'outOfRange';
type Item =
  | { kind: 'param'; id: string; value: string; cat: Category }
  | { kind: 'unknown'; key: string; value: string }
  | { kind: 'version'; value: string }
  | { kind: 'reserved'; key: string; value: string };

/** A value on the slider's grid, as clampToParam snaps it. */
const gridValue = (p: Param & { kind: 'number' }) =>
  among(int(0, Math.round((p.max - p.min) / p.step)).map((k) => clampToParam(p, p.min + k * p.step)!), p.min, p.max, p.default);

function valueArb(p: Param, cat: Category): fc.Arbitrary<string> {
  if (p.kind === 'choice') {
    const values = p.options.map((o) => o.value);
    if (cat === 'valid') return fc.constantFrom(...values).chain((v) => among(String(v), `${v}.0`, `${v}e0`, ` ${v} `, `+${v}`, `-${v}`).filter((s) => Number(s) === v));
    const others = [Math.max(...values) + 1, Math.min(...values) - 1, values[0] + 0.5, 99, 1e308].filter((x) => !values.includes(x));
    return among(fc.constantFrom(...others.map(String)), fc.constantFrom(...NOT_NUMBERS), fc.constantFrom(...PAYLOADS));
  }
  const span = Math.abs(p.max) + Math.abs(p.min) + 1;
  switch (cat) {
    case 'valid':
      return among(
        gridValue(p).map(String),
        uniform(p.min, p.max).map(String), // off the grid, in range: snapped without a note
        gridValue(p).map((v) => ` ${v} `),
        gridValue(p).map((v) => v.toExponential()),
        gridValue(p).map((v) => (v >= 0 ? `+${v}` : String(v))),
        gridValue(p).map((v) => (v === 0 ? '-0' : `${v}`)),
      );
    case 'outOfRange':
      return among(
        uniform(0.001, 10).map((t) => String(p.max + span * t)),
        uniform(0.001, 10).map((t) => String(p.min - span * t)),
        '1e308', '-1e308', String(p.max * 1e6 + 1e6),
      );
    default:
      return among(fc.constantFrom(...NOT_NUMBERS), fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 12 }).filter((s) => !/\d/.test(s)));
  }
}

function itemArb(schema: readonly Param[]): fc.Arbitrary<Item> {
  const ids = new Set(schema.map((p) => p.id));
  const notAKey = (k: string) => !ids.has(k) && !RESERVED.has(k);
  const param = fc.constantFrom(...schema).chain((p) =>
    fc.constantFrom<Category>(...(p.kind === 'number' ? (['valid', 'valid', 'invalid', 'outOfRange'] as const) : (['valid', 'valid', 'invalid'] as const)))
      .chain((cat) => valueArb(p, cat).map((value): Item => ({ kind: 'param', id: p.id, value, cat }))),
  );
  const unknownKey = among(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', 'x', 'who.kappa', ...PAYLOADS, ...UNICODE.filter((u) => !/[\uD800-\uDFFF]/.test(u))),
    fc.constantFrom(...schema).chain((p) => fc.constantFrom(p.id.toUpperCase(), `${p.id} `, ` ${p.id}`, `${p.id}.x`, `x.${p.id}`, `${p.id}[]`)),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  ).filter(notAKey);
  return fc.oneof(
    { arbitrary: param, weight: 6 },
    { arbitrary: fc.tuple(unknownKey, fc.string({ maxLength: 10 })).map(([key, value]): Item => ({ kind: 'unknown', key, value })), weight: 2 },
    { arbitrary: among('1', '1', '2', '0', '', 'NaN', '1.0', ' 1', '01', '-1', PAYLOADS[0]).map((value): Item => ({ kind: 'version', value })), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom('mv', 'w', 'embed', 'widget'), among('1', '999', ...PAYLOADS)).map(([key, value]): Item => ({ kind: 'reserved', key, value })), weight: 1 },
  );
}

interface Labelled { query: string; items: Item[]; tooLong: boolean }

/** Up to 12 pairs joined by `&` (sometimes `&&`), keys sometimes percent-encoded letter by letter,
 *  spaces sometimes as `+`, sometimes behind a `?`, sometimes padded past the length limit. */
function labelledQuery(schema: readonly Param[]): fc.Arbitrary<Labelled> {
  return fc.record({
    items: fc.array(itemArb(schema), { maxLength: 12 }),
    sep: among('&', '&&'),
    question: fc.boolean(),
    escapeKeys: fc.boolean(),
    plus: fc.boolean(),
    pad: among(0, 0, 0, int(1, 3 * MAX_QUERY_LENGTH)),
  }).map(({ items, sep, question, escapeKeys, plus, pad }) => {
    const key = (k: string) => (escapeKeys ? [...k].map((c) => (/^[a-z]$/i.test(c) ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : enc(c))).join('') : enc(k));
    const pairs = items.map((it) => `${key(it.kind === 'param' ? it.id : it.kind === 'version' ? 'v' : it.key)}=${enc(it.value, plus)}`);
    // Padding: one more reserved pair, long enough to pass the limit when `pad` says so.
    if (pad) pairs.push(`w=${'9'.repeat(pad)}`);
    const q = pairs.join(sep);
    return { query: question ? `?${q}` : q, items, tooLong: q.length > MAX_QUERY_LENGTH };
  });
}

/** What decodeState must give for a labelled query: the values and how many notes. */
function expected(schema: readonly Param[], { items, tooLong }: Labelled): { values: ParamValues; notes: number } {
  const values = defaults(schema);
  if (tooLong) return { values, notes: 1 };
  let notes = 0;
  const seen = new Set<string>();
  for (const it of items) {
    if (it.kind === 'unknown') notes++;
    if (it.kind !== 'param') continue;
    if (seen.has(it.id)) {
      notes++;
      continue;
    }
    seen.add(it.id);
    if (it.cat !== 'valid') notes++;
    if (it.cat !== 'invalid') values[it.id] = clampToParam(schema.find((p) => p.id === it.id)!, Number(it.value))!;
  }
  // One note when any version given is not this one.
  if (items.some((it) => it.kind === 'version' && it.value !== String(STATE_VERSION))) notes++;
  return { values, notes };
}

// ---- the properties ---------------------------------------------------------------------------------

describe('decodeState never throws and decodes only safe values', () => {
  SCHEMAS.forEach(([name, schema], k) => {
    it(`${name}: any string (${RUNS} cases)`, () => {
      fc.assert(
        fc.property(anyString, (q) => {
          const { values, notes } = decodeState(schema, q);
          expectSafe(schema, values, notes);
          // An oversized query says so and keeps the defaults.
          if (q.replace(/^\?/, '').length > MAX_QUERY_LENGTH) {
            expect(notes).toHaveLength(1);
            expect(values).toEqual(defaults(schema));
          }
        }),
        { numRuns: RUNS, seed: 1000 + k },
      );
    });
  });
});

describe('decodeState notes every pair it cannot use, and only those', () => {
  SCHEMAS.forEach(([name, schema], k) => {
    it(`${name}: ${RUNS} query strings of real keys, duplicates, bad values, payloads and versions`, () => {
      let noted = 0;
      let clean = 0;
      fc.assert(
        fc.property(labelledQuery(schema), (l) => {
          const { values, notes } = decodeState(schema, l.query);
          expectSafe(schema, values, notes);
          const want = expected(schema, l);
          expect(notes, 'one note per unknown key, bad value, duplicate, wrong version or oversized link').toHaveLength(want.notes);
          expect(values).toEqual(want.values);
          if (want.notes) noted++;
          else clean++;
        }),
        { numRuns: RUNS, seed: 2000 + k },
      );
      // Both sides of the property are exercised.
      expect(noted).toBeGreaterThan(RUNS / 10);
      expect(clean).toBeGreaterThan(RUNS / 10);
    });
  });
});

describe('encodeState → decodeState', () => {
  SCHEMAS.forEach(([name, schema], k) => {
    const onGrid = fc.record(Object.fromEntries(schema.map((p) => [p.id, p.kind === 'choice' ? fc.constantFrom(...p.options.map((o) => o.value)) : gridValue(p)])));
    it(`${name}: round-trips ${RUNS} value sets on the sliders' grids, without a note`, () => {
      fc.assert(
        fc.property(onGrid, (values) => {
          const q = encodeState(schema, values);
          expect(q.startsWith(`?v=${STATE_VERSION}`)).toBe(true);
          expect(decodeState(schema, q)).toEqual({ values, notes: [] });
        }),
        { numRuns: RUNS, seed: 3000 + k },
      );
    });
    it(`${name}: values anywhere in range come back snapped onto the grid, without a note (${RUNS} cases)`, () => {
      const inRange = fc.record(Object.fromEntries(schema.map((p) => [p.id, p.kind === 'choice' ? fc.constantFrom(...p.options.map((o) => o.value)) : uniform(p.min, p.max)])));
      fc.assert(
        fc.property(inRange, (values) => {
          const { values: got, notes } = decodeState(schema, encodeState(schema, values));
          expect(notes).toEqual([]);
          expect(got).toEqual(Object.fromEntries(schema.map((p) => [p.id, clampToParam(p, values[p.id])])));
        }),
        { numRuns: RUNS, seed: 4000 + k },
      );
    });
    it(`${name}: decode(encode(decode(q))) = decode(q), with no note the second time (${RUNS} cases)`, () => {
      fc.assert(
        fc.property(fc.oneof(anyString, labelledQuery(schema).map((l) => l.query)), (q) => {
          const first = decodeState(schema, q).values;
          const link = encodeState(schema, first);
          expect(decodeState(schema, link)).toEqual({ values: first, notes: [] });
          expect(encodeState(schema, decodeState(schema, link).values)).toBe(link);
        }),
        { numRuns: RUNS, seed: 5000 + k },
      );
    });
  });
});

// Found by the properties above, now fixed: each case stays as a plain example.
describe('decodeState: cases the properties found', () => {
  const [, shockSchema] = SCHEMAS.find(([name]) => name === 'claim three-networks')!;
  it('a choice given as "-0" decodes to the option 0 itself', () => {
    expect(Object.is(decodeState(stake, 'pool=-0').values.pool, 0)).toBe(true);
    expect(Object.is(decodeState(shockSchema, 'shock=-0').values.shock, 0)).toBe(true);
  });
  it('a link naming two versions, the first right and a later one wrong (v=1&v=2), gets a note', () => {
    expect(decodeState(who, 'v=1&v=2').notes).toEqual([expect.stringContaining('version "2"')]);
  });
});
