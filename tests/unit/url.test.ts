import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, MAX_QUERY_LENGTH, STATE_VERSION } from '../../src/state/url';
import { defaults } from '../../src/state/schema';
import { schema } from '../../src/models/who-gets-paid';

const base = defaults(schema);

describe('decodeState(schema, query)', () => {
  it('gives the defaults and no note for an empty query', () => {
    expect(decodeState(schema, '')).toEqual({ values: base, notes: [] });
    expect(decodeState(schema, '?')).toEqual({ values: base, notes: [] });
  });

  it('round-trips every value that encodeState writes', () => {
    const values = { ...base, stake2: 600_000, kappa: 0.62, yuma: 2 };
    const query = encodeState(schema, values);
    expect(query).toBe(`?v=${STATE_VERSION}&stake2=600000&kappa=0.62&yuma=2`);
    expect(decodeState(schema, query)).toEqual({ values, notes: [] });
  });

  const hostile: [string, string, Record<string, number>][] = [
    ['?kappa=NaN', 'not a valid value', {}],
    ['?kappa=Infinity', 'not a valid value', {}],
    ['?kappa=-Infinity', 'not a valid value', {}],
    ['?kappa=1e308', 'out of range', { kappa: 0.95 }],
    ['?kappa=-1e308', 'out of range', { kappa: 0.05 }],
    ['?stake0=-5', 'out of range', { stake0: 0 }],
    ['?stake=<script>alert(1)</script>', 'unknown setting', {}],
    ['?stake0=<script>alert(1)</script>', 'not a valid value', {}],
    ['?stake0=0x10', 'not a valid value', {}],
    ['?stake0=', 'not a valid value', {}],
    ['?stake0=12abc', 'not a valid value', {}],
    ['?yuma=4', 'not a valid value', {}],
    ['?kappa=0.3&kappa=0.9', 'given twice', { kappa: 0.3 }],
    ['?__proto__=1', 'unknown setting', {}],
    ['?constructor=1&toString=2', 'unknown setting', {}],
    ['?%E2%80%AE%F0%9F%92%A5=1', 'unknown setting', {}],
    ['?v=0&stake1=100000', 'version "0"', { stake1: 100_000 }],
    [`?${'a'.repeat(10_000)}`, 'too long', {}],
    ['?stake1=123456', '', { stake1: 125_000 }],
  ];
  for (const [query, note, changed] of hostile) {
    it(`decodes ${JSON.stringify(query.slice(0, 40))} to safe values${note ? ` with a note (${note})` : ''}`, () => {
      const { values, notes } = decodeState(schema, query);
      expect(values).toEqual({ ...base, ...changed });
      if (note) expect(notes.join(' ')).toContain(note);
      else expect(notes).toEqual([]);
      for (const v of Object.values(values)) expect(Number.isFinite(v)).toBe(true);
      expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    });
  }

  it('quotes untrusted text shortened and without control characters', () => {
    const { notes } = decodeState(schema, `?${encodeURIComponent('\u0000evil' + 'x'.repeat(100))}=1`);
    expect(notes[0]).toContain('"?evilxxxxxxxxxxxxxxxxxxx…"');
  });

  it('ignores a query longer than the limit as a whole', () => {
    const q = `?kappa=0.6&${'x'.repeat(MAX_QUERY_LENGTH)}`;
    expect(decodeState(schema, q).values).toEqual(base);
  });
});
