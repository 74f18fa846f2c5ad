// Property tests (fast-check, fixed seeds) of what the page reads from a link shared by several
// figures (src/state/link.ts): a figure reads only its own keys and the version, whatever the other
// figures' keys hold; a link too long is ignored whole; every key of a link is reserved, a figure's, or
// named in the note about keys no figure owns; the notes quote keys as text, never raw control characters.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkParams, MAX_LINK_LENGTH, ownQuery, strayKeys, strayNote, tooLongNote } from '../../src/state/link';
import { RESERVED } from '../../src/state/url';
import { WIDGETS } from '../../src/embed/widgets';

const PREFIXES = new Set(WIDGETS.map((w) => w.prefix));
const RUNS = 5000;
const CONTROL = /\p{Cc}/u;

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('&', '=', '.', '%', '+', '#', 'v', 'a') }));
const prefix = fc.constantFrom(...PREFIXES, 'WHO', 'whom', 'xwho', '.who', 'who.who', 'nope', '', '__proto__');
const key = fc.oneof(
  fc.tuple(prefix, anyText).map(([p, k]) => `${p}.${k}`),
  fc.constantFrom(...RESERVED),
  anyText,
);
/** A link's query string: encoded pairs, or raw text with separators and broken escapes in it. */
const link = fc.oneof(
  fc.array(fc.tuple(key, anyText), { maxLength: 12 }).map((pairs) => new URLSearchParams(pairs).toString()),
  anyText,
  fc.string({ unit: fc.constantFrom('a', '=', '&', '.', 'w', 'h', 'o', '%', '2', 'E') }),
);

describe('a link shared by several figures', () => {
  it(`never throws, on any string (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const p of PREFIXES) ownQuery(p, s);
        strayNote(strayKeys(s, PREFIXES));
        tooLongNote(s);
      }),
      { numRuns: RUNS, seed: 61 },
    );
  });

  it(`a figure reads its own keys and the version, and nothing another figure's keys hold changes that (${RUNS} cases)`, () => {
    const mine = fc.array(fc.tuple(anyText, anyText), { maxLength: 6 });
    const others = fc.array(fc.tuple(key, anyText), { maxLength: 6 }).map((pairs) => pairs.filter(([k]) => k !== 'v' && !k.startsWith('who.')));
    fc.assert(
      fc.property(mine, others, others, (own, a, b) => {
        const pairs = (rest: [string, string][]) => new URLSearchParams([...own.map(([k, v]): [string, string] => [`who.${k}`, v]), ...rest]).toString();
        const [withA, withB] = [pairs(a), pairs(b)];
        fc.pre(withA.length <= MAX_LINK_LENGTH && withB.length <= MAX_LINK_LENGTH);
        expect(ownQuery('who', withA)).toBe(ownQuery('who', withB));
        expect([...new URLSearchParams(ownQuery('who', withA))]).toEqual(own);
      }),
      { numRuns: RUNS, seed: 62 },
    );
  });

  it(`a link longer than ${MAX_LINK_LENGTH} characters is ignored whole, with a note saying so (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(link, fc.integer({ min: 1, max: 3000 }), (q, extra) => {
        const long = `${q}&who.stake2=${'9'.repeat(MAX_LINK_LENGTH + extra)}`;
        expect([...linkParams(long)]).toEqual([]);
        for (const p of PREFIXES) expect(ownQuery(p, long)).toBe('');
        expect(tooLongNote(long)).toContain(`${long.length} characters`);
        if (q.length <= MAX_LINK_LENGTH) expect(tooLongNote(q)).toBeNull();
      }),
      { numRuns: RUNS, seed: 63 },
    );
  });

  it(`every key is reserved, a figure's, or named as a key no figure owns; the note counts them and quotes them as text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(link, (q) => {
        const strays = strayKeys(q, PREFIXES);
        const keys = [...linkParams(q).keys()];
        const owned = (k: string) => RESERVED.has(k) || PREFIXES.has(k.slice(0, Math.max(0, k.indexOf('.'))));
        expect(new Set(strays).size).toBe(strays.length);
        expect(strays.filter(owned)).toEqual([]);
        expect(keys.filter((k) => !owned(k) && !strays.includes(k))).toEqual([]);
        const note = strayNote(strays);
        if (!strays.length) expect(note).toBeNull();
        else {
          expect(note).toMatch(new RegExp(`^Ignored ${strays.length} setting`));
          expect(CONTROL.test(note!)).toBe(false);
        }
      }),
      { numRuns: RUNS, seed: 64 },
    );
  });
});
