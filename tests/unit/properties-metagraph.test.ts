// Property tests (fast-check, fixed seeds) of the metagraph import (src/models/metagraph.ts). Its
// contract: metagraphFromJson returns the explorer's subnet or throws an InputError whose message
// names the field (and row) at fault; nothing else may escape it.
// - any JSON value (and any JS value fast-check can build) gives a parse or an InputError, never
//   another error (a TypeError from reading a field of the wrong type would be a bug);
// - a valid metagraph (2 to 40 uids, any validator rows, optional validators, bonds and
//   hyperparameters, stakes from 0 to MAX_STAKE and weights from 0 to 1.7e308) parses and keeps its sizes, its stakes,
//   its bonds and its hyperparameters, with every weight row scaled to a maximum of 1;
// - the same metagraph with one field broken (missing, of the wrong type, too short or long, an entry
//   negative, out of range (a stake above MAX_STAKE among them), not a number or not a whole uid, a uid twice) is refused with a message
//   naming that field.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CoreExports } from '../../src/engine/core';
import { InputError, MAX_STAKE, MAX_UIDS, metagraphFromJson, type ParsedMetagraph } from '../../src/models/metagraph';
import { schema as explorerSchema } from '../../src/models/yuma-explorer';
import { computeYumaExplorer } from '../../src/models/yuma-explorer-compute';
import { defaults } from '../../src/state/schema';
import { among, int, logUniform, unit } from '../support/arbitraries';
import { loadTestCore } from '../support/core';

type Doc = {
  stake: unknown;
  weights: unknown;
  validators?: unknown;
  bonds?: unknown;
  hyperparameters?: unknown;
};
interface Valid {
  n: number;
  rows: number;
  stake: number[];
  weights: number[][];
  validators?: number[];
  bonds?: number[][];
  hyperparameters?: Record<string, number | boolean>;
}

/** The result, or the error it threw. */
function attempt(doc: unknown): { ok: ParsedMetagraph } | { error: unknown } {
  try {
    return { ok: metagraphFromJson(doc) };
  } catch (error) {
    return { error };
  }
}

// ---- valid metagraphs -------------------------------------------------------------------------------

const HYPER_RANGES: [string, string, number, number][] = [
  ['kappa', 'kappa', 0, 1], ['bonds_penalty', 'bondsPenalty', 0, 1], ['bonds_moving_average', 'bondsMovingAverage', 0, 0.975],
  ['alpha_low', 'alphaLow', 0.025, 1], ['alpha_high', 'alphaHigh', 0.025, 1], ['alpha_sigmoid_steepness', 'steepness', 0, 5000],
];

const amount = among(0, logUniform(1e-9, MAX_STAKE), int(0, 1e6), MAX_STAKE);
const weight = among(0, unit(), int(0, 65535), logUniform(1e-300, 1e300), 1.7e308);
const bond = among(0, 1, unit());
const hyperArb = fc.record(
  {
    ...Object.fromEntries(HYPER_RANGES.map(([key, , min, max]) => [key, among(min, max, unit().map((t) => min + (max - min) * t))])),
    liquid_alpha: fc.boolean(),
    yuma_version: fc.constantFrom(2, 3),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, number | boolean>>;

const validArb: fc.Arbitrary<Valid> = int(2, 40).chain((n) =>
  int(1, n - 1).chain((rows) => {
    const matrix = (entry: fc.Arbitrary<number>) => fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: rows, maxLength: rows });
    return fc.record(
      {
        n: fc.constant(n),
        rows: fc.constant(rows),
        stake: fc.array(amount, { minLength: n, maxLength: n }),
        weights: matrix(weight),
        validators: fc.shuffledSubarray(Array.from({ length: n }, (_, j) => j), { minLength: rows, maxLength: rows }),
        bonds: matrix(bond),
        hyperparameters: hyperArb,
      },
      { requiredKeys: ['n', 'rows', 'stake', 'weights'] },
    );
  }),
);

const docOf = ({ n: _n, rows: _rows, ...doc }: Valid): Doc => doc;

/** Everything a parse of a valid metagraph must keep, as lines. */
function parsedWrongly(v: Valid, p: ParsedMetagraph): string[] {
  const bad: string[] = [];
  const uids = v.validators ?? Array.from({ length: v.rows }, (_, i) => i);
  const miners = Array.from({ length: v.n }, (_, j) => j).filter((j) => !uids.includes(j));
  const s = p.subnet;
  if (s.nv !== v.rows || s.nm !== v.n - v.rows) bad.push(`sizes ${s.nv} × ${s.nm} for ${v.rows} validators of ${v.n} uids`);
  if (JSON.stringify(p.validatorUids) !== JSON.stringify(uids)) bad.push(`validator uids ${p.validatorUids}`);
  if (JSON.stringify(s.minerNames) !== JSON.stringify(miners.map((j) => `uid ${j}`))) bad.push('miner names');
  if (JSON.stringify(s.validatorNames) !== JSON.stringify(uids.map((u) => `uid ${u}`))) bad.push('validator names');
  if (s.schedule.length !== 1) bad.push(`${s.schedule.length} epochs in the schedule`);
  const e = s.schedule[0];
  if (e.stake.some((x, i) => x !== v.stake[uids[i]]) || e.stake.length !== v.rows) bad.push('stakes not those of the validator uids');
  if (e.active.length !== v.rows || !e.active.every((a) => a === true)) bad.push('not every validator active');
  if (e.weights.length !== v.rows) bad.push(`${e.weights.length} weight rows`);
  e.weights.forEach((row, i) => {
    const raw = miners.map((j) => v.weights[i][j]);
    const m = Math.max(...raw);
    if (row.length !== miners.length) bad.push(`weight row ${i} has ${row.length} entries`);
    if (!row.every((w) => Number.isFinite(w) && w >= 0 && w <= 1)) bad.push(`weight row ${i} outside [0, 1]`);
    if (m > 0 ? Math.max(...row) !== 1 : row.some((w) => w !== 0)) bad.push(`weight row ${i} is not scaled to a maximum of 1`);
    if (row.some((w, k) => (m > 0 ? Math.abs(w - raw[k] / m) > 1e-15 : false))) bad.push(`weight row ${i} is not the miners' weights over their maximum`);
  });
  if (v.bonds) {
    const want = v.bonds.map((row) => miners.map((j) => row[j]));
    if (JSON.stringify(s.initialBonds) !== JSON.stringify(want)) bad.push('bonds not the miners’ columns of the file’s bonds');
  } else if (s.initialBonds !== undefined) bad.push('bonds from nowhere');
  const h = v.hyperparameters ?? {};
  const want: Record<string, unknown> = {};
  for (const [key, name] of HYPER_RANGES) if (h[key] !== undefined) want[name] = h[key];
  if (h.liquid_alpha !== undefined) want.liquidAlpha = h.liquid_alpha;
  if (h.yuma_version !== undefined) want.yumaVersion = h.yuma_version;
  if (JSON.stringify(sortKeys(p.hyper)) !== JSON.stringify(sortKeys(want))) bad.push(`hyperparameters ${JSON.stringify(p.hyper)} for ${JSON.stringify(h)}`);
  return bad;
}

const sortKeys = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

// ---- one field broken -------------------------------------------------------------------------------

/** A value of the wrong type for a field that wants a list (or an object, for hyperparameters). */
const notAList = among<unknown>('x', 5, true, null, {}, { 0: 1, length: 1 });
/** An entry that is not a usable number. */
const notANumber = among<unknown>('5', null, true, [1], {}, -1, -1e-300, NaN, Infinity, -Infinity);
/** A stake the import refuses although it is a number. */
const tooMuch = among<unknown>(MAX_STAKE * (1 + 1e-12), 1e300, 1.7e308);

interface Broken { doc: unknown; field: string }

function breakOne(v: Valid): fc.Arbitrary<Broken> {
  const doc = docOf(v);
  const i = int(0, v.rows - 1);
  const j = int(0, v.n - 1);
  const withField = (field: string, patch: Partial<Doc>, drop: (keyof Doc)[] = []): Broken => {
    const d: Record<string, unknown> = { ...doc, ...patch };
    for (const k of drop) delete d[k];
    return { doc: d, field };
  };
  const setIn = <T>(m: T[][], r: number, c: number, x: unknown) => m.map((row, k) => (k === r ? row.map((y, l) => (l === c ? x : y)) : row));
  const cases: fc.Arbitrary<Broken>[] = [
    among<unknown>([], [1, 2], 'x', 5, null, true).map((d) => ({ doc: d, field: 'JSON object' })),
    fc.constant(withField('"stake"', {}, ['stake'])),
    notAList.map((x) => withField('"stake"', { stake: x })),
    among<unknown[]>([], [1]).map((x) => withField('"stake"', { stake: x })),
    fc.tuple(j, fc.oneof(notANumber, tooMuch)).map(([k, x]) => withField(`stake[${k}]`, { stake: v.stake.map((s, l) => (l === k ? x : s)) })),
    fc.constant(withField('"weights"', {}, ['weights'])),
    notAList.map((x) => withField('"weights"', { weights: x })),
    fc.constant(withField('"weights"', { weights: [] })),
    // As many rows as uids: no miner left (validators dropped, or they would disagree first).
    fc.constant(withField('"weights"', { weights: Array.from({ length: v.n }, (_, k) => v.weights[k % v.rows]) }, ['validators'])),
    fc.tuple(i, among<unknown>('x', 5, null, {})).map(([r, x]) => withField(`weights row ${r}`, { weights: v.weights.map((row, k) => (k === r ? x : row)) })),
    fc.tuple(i, among(0, 1, v.n - 1, v.n + 1, v.n + 7)).filter(([, len]) => len !== v.n).map(([r, len]) =>
      withField(`weights row ${r}`, { weights: v.weights.map((row, k) => (k === r ? Array.from({ length: len }, (_, l) => row[l] ?? 0) : row)) })),
    fc.tuple(i, j, notANumber).map(([r, c, x]) => withField(`weights[${r}][${c}]`, { weights: setIn(v.weights, r, c, x) })),
    notAList.map((x) => withField('"validators"', { validators: x })),
    among(v.rows - 1, v.rows + 1).map((len) => withField('"validators"', { validators: Array.from({ length: len }, (_, k) => k) })),
    fc.tuple(i, among<unknown>(-1, v.n, v.n + 100, 0.5, 1.5, '0', null, NaN)).map(([r, x]) =>
      withField(`validators[${r}]`, { validators: Array.from({ length: v.rows }, (_, k) => (k === r ? x : k)) })),
    ...(v.rows >= 2 ? [fc.constant(withField('"validators"', { validators: Array.from({ length: v.rows }, (_, k) => (k === 1 ? 0 : k)) }))] : []),
    notAList.map((x) => withField('"bonds"', { bonds: x })),
    among(0, 2).map((extra) => withField('"bonds"', { bonds: Array.from({ length: v.rows + extra - 1 }, () => Array.from({ length: v.n }, () => 0)) })),
    fc.tuple(i, j, among<unknown>(1.5, 2, -0.5, '0.5', null, NaN)).map(([r, c, x]) =>
      withField(`bonds[${r}][${c}]`, { bonds: setIn(v.bonds ?? Array.from({ length: v.rows }, () => Array.from({ length: v.n }, () => 0)), r, c, x) })),
    among<unknown>([], 'x', 5, null, true).map((x) => withField('"hyperparameters"', { hyperparameters: x })),
    fc.tuple(fc.constantFrom(...HYPER_RANGES), among<unknown>('0.5', null, true, NaN, -1e-9, 'below', 'above')).map(([[key, , min, max], x]) => {
      const bad = x === 'below' ? min - 0.001 : x === 'above' ? max + 0.001 : x;
      return withField(`hyperparameters.${key}`, { hyperparameters: { ...(v.hyperparameters ?? {}), [key]: bad } });
    }).filter((b) => {
      const h = (b.doc as Doc).hyperparameters as Record<string, unknown>;
      return HYPER_RANGES.some(([key, , min, max]) => b.field.endsWith(key) && !(typeof h[key] === 'number' && (h[key] as number) >= min && (h[key] as number) <= max));
    }),
    among<unknown>(1, 0, 'true', null, []).map((x) => withField('hyperparameters.liquid_alpha', { hyperparameters: { ...(v.hyperparameters ?? {}), liquid_alpha: x } })),
    among<unknown>(1, 4, '3', 3.5, null).map((x) => withField('hyperparameters.yuma_version', { hyperparameters: { ...(v.hyperparameters ?? {}), yuma_version: x } })),
  ];
  return fc.oneof(...cases);
}

// ---- the properties ---------------------------------------------------------------------------------

/** The error a refusal must be: an InputError with a short message. */
function refusalProblems(error: unknown): string[] {
  if (!(error instanceof InputError)) return [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}, not an InputError`];
  const m = error.message;
  return typeof m === 'string' && m.length > 10 && m.length < 300 ? [] : [`message ${JSON.stringify(m)}`];
}

describe('metagraphFromJson over any input', () => {
  const keys = ['stake', 'weights', 'validators', 'bonds', 'hyperparameters'];
  const inputs: [string, fc.Arbitrary<unknown>, number][] = [
    ['any JSON value: a parse or an InputError with a short message, never another error', fc.jsonValue(), 31],
    ['any JS value (undefined, NaN, -0, nested objects and arrays): the same', fc.anything(), 32],
    ['objects with the real field names holding any JSON values: the same', fc.record(Object.fromEntries(keys.map((k) => [k, fc.jsonValue({ maxDepth: 3 })])), { requiredKeys: [] }), 33],
  ];
  for (const [what, input, seed] of inputs) {
    it(`${what} (5,000 cases)`, () => {
      fc.assert(
        fc.property(input, (doc) => {
          const r = attempt(doc);
          if ('error' in r) expect(refusalProblems(r.error)).toEqual([]);
        }),
        { numRuns: 5000, seed },
      );
    });
  }
});

describe('metagraphFromJson on valid and nearly valid metagraphs', () => {
  it('a valid metagraph parses and keeps its sizes, stakes, weights (scaled), bonds and hyperparameters (3,000 cases)', () => {
    fc.assert(
      fc.property(validArb, (v) => {
        const r = attempt(JSON.parse(JSON.stringify(docOf(v))));
        if ('error' in r) throw r.error;
        expect(parsedWrongly(v, r.ok)).toEqual([]);
      }),
      { numRuns: 3000, seed: 34 },
    );
  });

  it('with one field broken it is refused by an InputError naming that field (5,000 cases)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(validArb.chain(breakOne), ({ doc, field }) => {
        const r = attempt(doc);
        expect('error' in r, `accepted with ${field} broken`).toBe(true);
        const error = (r as { error: unknown }).error;
        expect(refusalProblems(error)).toEqual([]);
        expect((error as Error).message, `the message should name ${field}`).toContain(field);
        seen.add(field.replace(/\d+/g, 'i'));
      }),
      { numRuns: 5000, seed: 35 },
    );
    // Every kind of break was tried.
    expect([...seen].sort()).toEqual([
      '"bonds"', '"hyperparameters"', '"stake"', '"validators"', '"weights"', 'JSON object', 'bonds[i][i]', 'hyperparameters.alpha_high',
      'hyperparameters.alpha_low', 'hyperparameters.alpha_sigmoid_steepness', 'hyperparameters.bonds_moving_average', 'hyperparameters.bonds_penalty',
      'hyperparameters.kappa', 'hyperparameters.liquid_alpha', 'hyperparameters.yuma_version', 'stake[i]', 'validators[i]', 'weights row i', 'weights[i][i]',
    ]);
  });

  it(`the largest metagraph (${MAX_UIDS} uids) parses`, () => {
    const r = attempt({ stake: Array(MAX_UIDS).fill(1), weights: [Array(MAX_UIDS).fill(1)] });
    expect('ok' in r && r.ok.subnet.nm).toBe(MAX_UIDS - 1);
  });
});

// Found while writing the properties above, now fixed: each case stays as a plain example.
describe('the metagraph import: cases the properties found', () => {
  let core: CoreExports;
  beforeAll(async () => {
    core = await loadTestCore();
  });
  it(`a "stake" of more than ${MAX_UIDS} uids is refused with a message naming "stake"`, () => {
    expect(() => metagraphFromJson({ stake: Array(MAX_UIDS + 1).fill(1), weights: [Array(MAX_UIDS + 1).fill(0)] })).toThrow(/^"stake" lists 4097 uids/);
  });
  it('a stake above MAX_STAKE is refused naming it (1e300 made the explorer\'s incentive and dividends NaN)', () => {
    expect(() => metagraphFromJson({ stake: [1e300, 1, 0, 0], weights: [[0, 0, 1, 2], [0, 0, 3, 1]] })).toThrow(/^stake\[0\] is 1e\+300; it must be at most/);
  });
  for (const chainExact of [false, true]) {
    it(`the largest stakes the import accepts run through the explorer without NaN (${chainExact ? 'chain-exact' : 'float64'})`, () => {
      const { subnet } = metagraphFromJson({ stake: [MAX_STAKE, MAX_STAKE, 1, 0], weights: [[0, 0, 1, 2], [0, 0, 3, 1]] });
      const r = computeYumaExplorer(core, { subnet, params: { ...defaults(explorerSchema), epochs: 5 }, chainExact, shown: 4 });
      const numbers: number[] = [];
      const walk = (o: unknown): void => {
        if (typeof o === 'number') numbers.push(o);
        else if (o && typeof o === 'object') Object.values(o).forEach(walk);
      };
      walk(r);
      expect(numbers.length).toBeGreaterThan(10);
      expect(numbers.filter((x) => !Number.isFinite(x))).toEqual([]);
    });
  }
});
