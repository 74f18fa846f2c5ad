// The Yuma explorer's URL state: the edits payload round-trips exactly and rejects what it cannot use
// (with a reason, never a throw), and the whole state survives the page's own URL code (decodeState).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeState, encodeState, MAX_QUERY_LENGTH } from '../../src/state/url';
import { subnetFromPreset, withStake, withWeight, type ExplorerSubnet, type YumaPreset } from '../../src/models/yuma-explorer';
import {
  decodeEdits, encodeEdits, fromUrlValues, fromBase64url, linkEdits, presetParams, toBase64url, toUrlValues, urlSchema, FROM_PRESET,
  MAX_EDITS_LENGTH, PRESET_IDS,
  type ExplorerState,
} from '../../src/models/yuma-url';

const presets = JSON.parse(readFileSync('src/content/yuma-presets.json', 'utf8')) as YumaPreset[];
const byId = (id: string) => presets.find((p) => p.id === id)!;
const colluding = byId('colluding_minority_y3_penalty1');
const large = byId('random_16x64_y3_liquid');

/** The state a link carries, through encodeState/decodeState exactly as the page does it. */
function throughLink(s: ExplorerState): ExplorerState {
  const { values } = toUrlValues(s, presets);
  const query = encodeState(urlSchema, values);
  const decoded = decodeState(urlSchema, query);
  expect(decoded.notes).toEqual([]);
  // As the page's address holds it: every key under the prefix.
  const search = `?${[...new URLSearchParams(query.slice(1))].map(([k, v]) => `${k === 'v' ? k : `yuma.${k}`}=${encodeURIComponent(v)}`).join('&')}`;
  const { state, notes } = fromUrlValues(decoded.values, presets, linkEdits(search), subnetFromPreset);
  expect(notes).toEqual([]);
  return state;
}

const fresh = (p: YumaPreset): ExplorerState => ({
  presetId: p.id,
  basePresetId: p.id,
  subnet: subnetFromPreset(p),
  params: presetParams(p),
  scrub: presetParams(p).epochs - 1,
  chainExact: false,
});

describe('the presets the link names', () => {
  it('are the presets file’s, in order', () => {
    expect(presets.map((p) => p.id)).toEqual([...PRESET_IDS]);
  });
});

describe('encodeEdits / decodeEdits', () => {
  it('writes nothing for an unedited preset', () => {
    for (const p of presets) expect(encodeEdits(p, subnetFromPreset(p))).toEqual({ kind: 'none' });
  });

  it('round-trips weights and stakes edited at different epochs, exactly', () => {
    let s = subnetFromPreset(colluding);
    s = withWeight(s, 0, 0, 3, 0.55);
    s = withWeight(s, 3, 2, 1, 0);
    s = withWeight(s, 10, 2, 1, 1); // past the preset: the schedule grows to 11 epochs
    s = withStake(s, 2, 1, 123.456);
    s = withStake(s, 0, 3, 0);
    s = withStake(s, 5, 0, 9_870_000);
    const e = encodeEdits(colluding, s);
    expect(e.kind).toBe('edits');
    if (e.kind !== 'edits') return;
    expect(e.value).toMatch(/^[A-Za-z0-9_-]+$/);
    const d = decodeEdits(colluding, e.value, subnetFromPreset(colluding));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.subnet.schedule).toHaveLength(11);
    expect(JSON.parse(JSON.stringify(d.subnet))).toEqual(JSON.parse(JSON.stringify(s)));
    // And encoding the restored subnet gives the same text.
    expect(encodeEdits(colluding, d.subnet)).toEqual(e);
  });

  it('keeps a single edit on the 16 × 64 preset short', () => {
    const s = withWeight(subnetFromPreset(large), 4, 15, 63, 0.37);
    const e = encodeEdits(large, s);
    expect(e.kind).toBe('edits');
    if (e.kind === 'edits') expect(e.value.length).toBeLessThan(24);
  });

  it('says when the edits are too long for a link', () => {
    let s = subnetFromPreset(large);
    for (let i = 0; i < 16; i++) for (let j = 0; j < 64; j++) s = withWeight(s, 0, i, j, ((i * 64 + j) % 97) / 100);
    const e = encodeEdits(large, s);
    expect(e.kind).toBe('too-long');
    if (e.kind === 'too-long') expect(e.length).toBeGreaterThan(MAX_EDITS_LENGTH);
  });

  const good = (() => {
    const e = encodeEdits(colluding, withWeight(subnetFromPreset(colluding), 2, 1, 2, 0.8));
    return e.kind === 'edits' ? e.value : '';
  })();

  const flip = (text: string, k: number) => text.slice(0, k) + (text[k] === 'A' ? 'B' : 'A') + text.slice(k + 1);
  const hostile: [string, string, RegExp][] = [
    ['markup', '<script>alert(1)</script>', /characters/],
    ['an attribute breakout', '"><img src=x onerror=alert(1)>', /characters/],
    ['padding and spaces', 'AQYABA== ', /characters/],
    ['empty', '', /cut short/],
    ['NaN', 'NaN', /cut short/],
    ['a truncated payload', good.slice(0, -3), /cut short|check character/],
    ['a payload cut to its header', good.slice(0, 10), /cut short/],
    ['a length no base64 text has', good.slice(0, 13), /characters/],
    ['extra characters', `${good}AAAA`, /extra|check character/],
    ['a changed character', flip(good, 12), /check character|outside|above|order|after/],
    ['an unknown format', toBase64url(Uint8Array.from([9, ...fromBase64url(good)!.slice(1)])), /unknown format/],
    ['a payload for another size', (() => {
      const e = encodeEdits(large, withWeight(subnetFromPreset(large), 0, 0, 0, 0.5));
      return e.kind === 'edits' ? e.value : '';
    })(), /16 × 64 subnet.*4 × 4/],
    ['a huge string', 'A'.repeat(MAX_QUERY_LENGTH + 10), /too long/],
  ];
  for (const [what, raw, why] of hostile) {
    it(`rejects ${what} with a reason`, () => {
      const d = decodeEdits(colluding, raw, subnetFromPreset(colluding));
      expect(d.ok).toBe(false);
      if (!d.ok) expect(d.why).toMatch(why);
    });
  }

  it('rejects a cell outside the grid, a weight above 1, a bad stake and edits out of order', () => {
    const sealed = (bytes: number[]) => {
      let h = 7;
      for (const b of bytes) h = (h * 31 + b + 1) % 251;
      return toBase64url(Uint8Array.from([...bytes, h]));
    };
    const header = (count: number) => [1, 6, 0, 4, 0, 4, 0, count];
    const weight = (cell: number, from: number, code: number) => [cell >> 8, cell & 255, from, code >> 8, code & 255];
    const stake = (cell: number, from: number, code: number) => [cell >> 8, cell & 255, from, (code >>> 24) & 255, (code >>> 16) & 255, (code >>> 8) & 255, code & 255];
    const check = (bytes: number[]) => decodeEdits(colluding, sealed(bytes), subnetFromPreset(colluding));
    expect(check([...header(1), ...weight(99, 0, 1)])).toMatchObject({ ok: false, why: expect.stringMatching(/outside/) });
    expect(check([...header(1), ...weight(1, 0, 10_001)])).toMatchObject({ ok: false, why: expect.stringMatching(/above/) });
    expect(check([...header(2), ...weight(1, 3, 1), ...weight(1, 1, 2)])).toMatchObject({ ok: false, why: expect.stringMatching(/out of order/) });
    expect(check([...header(1), ...weight(1, 7, 1)])).toMatchObject({ ok: false, why: expect.stringMatching(/after the last/) });
    expect(check([...header(1), ...stake(16, 0, 12_345)])).toMatchObject({ ok: false, why: expect.stringMatching(/stake/) });
    expect(check([...header(2), ...weight(1, 3, 1)])).toMatchObject({ ok: false, why: expect.stringMatching(/cut short/) });
    // Well-formed records are accepted: a weight, a stake of 123,456 α (m = 123456, e = 25) and a return to the preset.
    const ok = check([...header(3), ...weight(1, 3, 2500), ...stake(16, 2, 123_456 * 100 + 25), ...stake(16, 4, 0xffffffff)]);
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.subnet.schedule[3].weights[0][1]).toBe(0.25);
    expect(ok.subnet.schedule[2].stake[0]).toBe(123_456);
    expect(ok.subnet.schedule[4].stake[0]).toBe(colluding.epochs[4].stake[0]);
  });

  it('base64url round-trips any bytes', () => {
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, k) => (k * 97 + n * 13) & 255);
      expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
    }
  });
});

describe('the explorer’s state through the page’s URL code', () => {
  it('writes nothing for the opening state', () => {
    const { values } = toUrlValues(fresh(colluding), presets);
    expect(encodeState(urlSchema, values)).toBe('?v=1');
  });

  it('restores preset, controls, epoch, chain-exact and edits', () => {
    const s = fresh(byId('weight_copier_y3_liquid'));
    s.params = { ...s.params, kappa: 0.62, liquidAlpha: 0, bondsPenalty: 0.5, yuma: 2, epochs: 40 };
    s.scrub = 6;
    s.chainExact = true;
    s.subnet = withStake(withWeight(s.subnet, 6, 1, 2, 0.25), 3, 0, 42);
    const query = encodeState(urlSchema, toUrlValues(s, presets).values);
    expect(query).toMatch(/preset=2&kappa=0\.62&bondsPenalty=0\.5&liquidAlpha=0&yuma=2&epochs=40&epoch=7&exact=1&w=[A-Za-z0-9_-]+$/);
    expect(query.length).toBeLessThan(200);
    const back = throughLink(s);
    expect(back.presetId).toBe(s.presetId);
    expect(back.params).toEqual(s.params);
    expect(back.scrub).toBe(6);
    expect(back.chainExact).toBe(true);
    expect(JSON.parse(JSON.stringify(back.subnet))).toEqual(JSON.parse(JSON.stringify(s.subnet)));
  });

  it('keeps a preset’s own values when the link does not name them', () => {
    const s = fresh(byId('bonds_reset_y3_liquid'));
    const back = throughLink(s);
    expect(back.params).toEqual(presetParams(byId('bonds_reset_y3_liquid')));
    expect(back.params.liquidAlpha).toBe(1);
  });

  it('an imported subnet shares its settings on the last preset, without the subnet', () => {
    const s = { ...fresh(colluding), presetId: 'imported', subnet: { ...subnetFromPreset(large) } as ExplorerSubnet };
    s.params = { ...s.params, kappa: 0.7 };
    const out = toUrlValues(s, presets);
    expect(out.imported).toBe(true);
    expect(out.values.w).toBe(0);
    const back = throughLink(s);
    expect(back.presetId).toBe(colluding.id);
    expect(back.params.kappa).toBe(0.7);
  });

  it('a bad edits value gives one note (the explorer’s) and the preset’s weights', () => {
    for (const bad of ['AQYABA', '<script>alert(1)</script>', encodeURIComponent('<img src=x onerror=alert(1)>')]) {
      const search = `?v=1&yuma.preset=1&yuma.w=${bad}`;
      // The page's URL code passes `w` through without a note of its own ...
      const decoded = decodeState(urlSchema, 'v=1&preset=1&w=' + bad);
      expect(decoded.notes).toEqual([]);
      // ... and the explorer notes it once and shows the preset.
      const { state, notes } = fromUrlValues(decoded.values, presets, linkEdits(search), subnetFromPreset);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(/edits to the weights and stakes could not be used/);
      expect(notes[0]).not.toContain('<');
      expect(state.subnet).toEqual(subnetFromPreset(colluding));
    }
  });

  it('ignores the edits whenever the page ignores the link as too long', () => {
    expect(linkEdits(`?yuma.w=AAAA&yuma.x=${'1'.repeat(MAX_QUERY_LENGTH)}`)).toBeNull();
    expect(linkEdits(`?yuma.w=AAAA&other.x=${'1'.repeat(4001)}`)).toBeNull();
    expect(linkEdits('?yuma.w=AAAA&other.x=1')).toBe('AAAA');
  });

  it('unknown presets and out-of-range values fall back with notes', () => {
    const decoded = decodeState(urlSchema, 'preset=99&kappa=7&epoch=0');
    expect(decoded.notes.length).toBe(3);
    expect(decoded.values.kappa).toBe(1);
    const { state } = fromUrlValues(decoded.values, presets, null, subnetFromPreset);
    expect(state.presetId).toBe(colluding.id);
    expect(state.params.kappa).toBe(1);
    expect(FROM_PRESET).toBeLessThan(0);
  });
});
