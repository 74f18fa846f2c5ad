// The Yuma explorer's state in the URL, under `yuma.`: the preset, every control, the epoch shown,
// chain-exact, and the reader's edits to the weights and stakes (`yuma.w`).
//
// Scalars go through the page's URL code (pageState → src/state/url.ts) like every widget's. They are
// written only when they differ from the preset's own value (FROM_PRESET stands for "as the preset has
// it"), so an untouched figure writes nothing and a link stays short.
//
// The edits are one base64url value, `yuma.w`. The page's URL code passes `w` through untouched (it is
// one of its reserved keys: encodeState writes it, decodeState skips it without a note), so the explorer
// reads the raw text from the address itself (linkEdits, with the same length limits as pageState) and
// validates it here; anything it cannot use becomes a note and the preset's inputs are shown.
//
// Payload bytes (big-endian), then base64url without padding:
//   u8   format version (1)
//   u8   schedule length L (epochs with their own inputs; an edit past the preset's epochs extends it)
//   u16  validators, u16 miners (must match the preset)
//   u16  record count
//   records: u16 cell (validator i's weight on miner j = i·nm + j; validator i's stake = nv·nm + i),
//            u8 first epoch (0-based), then the value from that epoch on until the cell's next record:
//            weight u16 = w × 10⁴ (0..10000; 0xFFFF = the preset's values again),
//            stake u32 = m·100 + e, six significant digits m × 10^(e − 25) (0 = none; 0xFFFFFFFF = preset)
//   u8   check byte over everything before it
// A cell's records ascend by epoch; before its first record a cell follows the preset. Weights are
// exact (the grid moves in 0.01 steps, the presets have four decimals); stakes keep six significant
// digits (the sliders give three), so a link restores the same inputs and the same outputs.
import type { Param, ParamValues } from '../state/schema';
import { MAX_QUERY_LENGTH } from '../state/url';
import { schema, hyperToParams, MAX_EPOCHS, type EpochIn, type ExplorerSubnet, type YumaPreset } from './yuma-explorer';

export const PREFIX = 'yuma';

/** The presets in src/content/yuma-presets.json, in order; `yuma.preset=k` names the k-th. */
export const PRESET_IDS = [
  'honest_majority_y3',
  'colluding_minority_y3_penalty1',
  'weight_copier_y3_liquid',
  'switch_kappa_first_y3_liquid',
  'switch_kappa_second_y3_liquid',
  'switch_kappa_last_y3_liquid',
  'zero_stake_and_inactive_validator_y3',
  'all_zero_weights_then_weights_y3',
  'split_opinion_kappa_0_5_y3',
  'bonds_reset_y3_liquid',
  'random_16x64_y3_liquid',
] as const;

/** The explorer opens on the colluding minority. */
export const DEFAULT_PRESET = 1;
/** A scalar's value in the link meaning "as the preset has it" (never a valid value, so never written). */
export const FROM_PRESET = -1;
/** Longest edits payload written to a link; the rest of the explorer's keys fit in what is left. */
export const MAX_EDITS_LENGTH = MAX_QUERY_LENGTH - 400;

const FORMAT = 1;
const WEIGHT_SCALE = 1e4;
const WEIGHT_PRESET = 0xffff;
const STAKE_PRESET = 0xffffffff;
const STAKE_MAX = 1e12;
const STAKE_DIGITS = 6;
const EXP_OFFSET = 25;

/** The explorer's keys: the widget's controls (preset-relative) plus preset, epoch, chain-exact, edits. */
export const urlSchema: readonly Param[] = [
  {
    kind: 'choice',
    id: 'preset',
    label: 'Preset',
    options: PRESET_IDS.map((id, k) => ({ value: k, label: id })),
    default: DEFAULT_PRESET,
    source: 'assumption',
  },
  ...schema.map((p) => ({ ...p, default: FROM_PRESET })),
  { kind: 'number', id: 'epoch', label: 'Epoch shown', unit: '', min: 1, max: MAX_EPOCHS, step: 1, scale: 'linear', default: FROM_PRESET, source: 'assumption', format: (v) => String(v) },
  { kind: 'choice', id: 'exact', label: 'Chain-exact', options: [{ value: 0, label: 'Off' }, { value: 1, label: 'On' }], default: 0, source: 'assumption' },
  // The edits (base64url text, see above): listed so that encodeState writes them; 0 = no edits.
  { kind: 'number', id: 'w', label: 'Edited weights and stakes', unit: '', min: 0, max: 0, step: 1, scale: 'linear', default: 0, source: 'assumption', format: (v) => String(v) },
];

/** The controls' values a preset opens with. */
export const presetParams = (p: YumaPreset): ParamValues => hyperToParams(p.hyper, Math.max(p.epochs.length, 24));

/** What the explorer shows, as far as a link carries it. */
export interface ExplorerState {
  /** A preset's id, or 'imported'. */
  presetId: string;
  /** The preset the reader last chose (an imported subnet's link opens on it). */
  basePresetId: string;
  subnet: ExplorerSubnet;
  params: ParamValues;
  scrub: number;
  chainExact: boolean;
}

// ---- the edits payload ----

type Cell = { weight: true; i: number; j: number } | { weight: false; i: number };

const cellOf = (c: number, nv: number, nm: number): Cell => (c < nv * nm ? { weight: true, i: Math.floor(c / nm), j: c % nm } : { weight: false, i: c - nv * nm });
const valueAt = (e: EpochIn, cell: Cell) => (cell.weight ? e.weights[cell.i][cell.j] : e.stake[cell.i]);

/** A weight as its code (0..10000) and back. */
const weightCode = (w: number) => Math.min(WEIGHT_SCALE, Math.max(0, Math.round((Number.isFinite(w) ? w : 0) * WEIGHT_SCALE)));
const weightOf = (code: number) => code / WEIGHT_SCALE;

/** A stake as mantissa·100 + exponent (six significant digits) and back; below one rao is 0. */
function stakeCode(s: number): number {
  const v = Number.isFinite(s) ? Math.min(STAKE_MAX, s) : 0;
  if (!(v >= 1e-9)) return 0;
  const [mant, exp] = v.toExponential(STAKE_DIGITS - 1).split('e');
  return Number(mant.replace('.', '')) * 100 + Number(exp) - (STAKE_DIGITS - 1) + EXP_OFFSET;
}
const stakeOf = (code: number) => (code === 0 ? 0 : Number(`${Math.floor(code / 100)}e${(code % 100) - EXP_OFFSET}`));

/** What a value becomes after a trip through the link. */
const quantised = (cell: Cell, v: number) => (cell.weight ? weightOf(weightCode(v)) : stakeOf(stakeCode(v)));

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let k = 0; k < bytes.length; k += 3) {
    const n = (bytes[k] << 16) | ((bytes[k + 1] ?? 0) << 8) | (bytes[k + 2] ?? 0);
    const chars = bytes.length - k >= 3 ? 4 : bytes.length - k + 1;
    for (let c = 0; c < chars; c++) out += B64[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** The bytes of a base64url text (no padding), or null if it is not one. */
export function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let at = 0;
  for (let k = 0; k < text.length; k += 4) {
    const group = text.slice(k, k + 4);
    let n = 0;
    for (let c = 0; c < 4; c++) n = (n << 6) | (c < group.length ? B64.indexOf(group[c]) : 0);
    for (let b = 0; b < group.length - 1; b++) bytes[at++] = (n >> (16 - 8 * b)) & 255;
  }
  return bytes;
}

/** One byte over the payload, so a changed or dropped character is caught. */
function checkByte(bytes: Uint8Array, end: number): number {
  let h = 7;
  for (let k = 0; k < end; k++) h = (h * 31 + bytes[k] + 1) % 251;
  return h;
}

/** The preset's inputs at epoch k (its last epoch repeats). */
const presetAt = (p: YumaPreset, k: number) => p.epochs[Math.min(k, p.epochs.length - 1)];

export type EncodedEdits = { kind: 'none' } | { kind: 'edits'; value: string } | { kind: 'too-long'; length: number };

/** The reader's edits against the preset, as the `yuma.w` value (base64url). */
export function encodeEdits(preset: YumaPreset, subnet: ExplorerSubnet, limit = MAX_EDITS_LENGTH): EncodedEdits {
  const { nv, nm } = preset;
  const L = subnet.schedule.length;
  if (subnet.nv !== nv || subnet.nm !== nm || L < preset.epochs.length || L > MAX_EPOCHS) return { kind: 'none' };
  const bytes: number[] = [];
  const u8 = (n: number) => bytes.push(n & 255);
  const u16 = (n: number) => bytes.push((n >>> 8) & 255, n & 255);
  const u32 = (n: number) => bytes.push((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
  let count = 0;
  u8(FORMAT);
  u8(L);
  u16(nv);
  u16(nm);
  u16(0); // the record count, filled in below
  for (let c = 0; c < nv * nm + nv; c++) {
    const cell = cellOf(c, nv, nm);
    // Runs: each epoch either follows the preset or repeats the run's constant value.
    let run: number | null = null; // null: following the preset
    for (let k = 0; k < L; k++) {
      const v = quantised(cell, valueAt(subnet.schedule[k], cell));
      const p = valueAt(presetAt(preset, k), cell);
      if (run === null ? v === p : v === run) continue;
      run = v === p ? null : v;
      u16(c);
      u8(k);
      if (cell.weight) u16(run === null ? WEIGHT_PRESET : weightCode(run));
      else u32(run === null ? STAKE_PRESET : stakeCode(run));
      count++;
    }
  }
  if (count === 0 && L === preset.epochs.length) return { kind: 'none' };
  if (count > 0xffff) return { kind: 'too-long', length: Math.ceil((bytes.length * 4) / 3) };
  bytes[6] = count >>> 8;
  bytes[7] = count & 255;
  const all = Uint8Array.from(bytes);
  const value = toBase64url(Uint8Array.from([...all, checkByte(all, all.length)]));
  return value.length > limit ? { kind: 'too-long', length: value.length } : { kind: 'edits', value };
}

export type DecodedEdits = { ok: true; subnet: ExplorerSubnet } | { ok: false; why: string };

/** `base` (the preset's subnet) with the edits of a `yuma.w` value applied, or why they cannot be used.
 *  Never throws. */
export function decodeEdits(preset: YumaPreset, raw: string, base: ExplorerSubnet): DecodedEdits {
  const fail = (why: string): DecodedEdits => ({ ok: false, why });
  if (typeof raw !== 'string') return fail('it is not text');
  if (raw.length > MAX_QUERY_LENGTH) return fail('it is too long');
  const bytes = fromBase64url(raw);
  if (!bytes) return fail('it has characters a link of this figure never holds');
  if (bytes.length < 9) return fail('it is cut short');
  let at = 0;
  const u8 = () => bytes[at++];
  const u16 = () => (u8() << 8) | u8();
  const u32 = () => u16() * 65536 + u16();
  const end = bytes.length - 1;
  const version = u8();
  if (version !== FORMAT) return fail(`it has an unknown format (${version})`);
  const L = u8();
  const nv = u16();
  const nm = u16();
  const count = u16();
  if (checkByte(bytes, end) !== bytes[end]) return fail('its check character does not match (it was changed or cut short)');
  if (nv !== preset.nv || nm !== preset.nm) return fail(`they are for a ${nv} × ${nm} subnet, and this preset is ${preset.nv} × ${preset.nm}`);
  if (L < preset.epochs.length || L > MAX_EPOCHS) return fail(`they cover ${L} epochs (${preset.epochs.length} to ${MAX_EPOCHS} allowed)`);
  const cells = nv * nm + nv;
  const runs = new Map<number, { from: number; code: number }[]>();
  for (let r = 0; r < count; r++) {
    if (at + 3 > end) return fail('it is cut short');
    const c = u16();
    const from = u8();
    if (c >= cells) return fail(`a cell (${c}) is outside the ${nv} × ${nm} grid`);
    const weight = c < nv * nm;
    if (at + (weight ? 2 : 4) > end) return fail('it is cut short');
    const code = weight ? u16() : u32();
    if (from >= L) return fail(`an edit starts at epoch ${from + 1}, after the last (${L})`);
    if (weight && code > WEIGHT_SCALE && code !== WEIGHT_PRESET) return fail(`a weight (${code}) is above ${WEIGHT_SCALE}`);
    if (!weight && code !== STAKE_PRESET && code !== 0) {
      const m = Math.floor(code / 100);
      if (m < 10 ** (STAKE_DIGITS - 1) || m >= 10 ** STAKE_DIGITS || !(stakeOf(code) <= STAKE_MAX)) return fail(`a stake (${code}) is not one this figure writes`);
    }
    const list = runs.get(c) ?? [];
    if (list.length && list[list.length - 1].from >= from) return fail('a cell’s edits are out of order');
    list.push({ from, code });
    runs.set(c, list);
  }
  if (at !== end) return fail('it has extra characters');
  if (base.nv !== nv || base.nm !== nm || base.schedule.length === 0) return fail('the preset does not match');

  // The preset's schedule extended to L epochs (as the explorer extends it: the last epoch repeats), one
  // fresh copy per epoch so edits stay where they belong.
  const last = base.schedule[base.schedule.length - 1];
  const schedule: EpochIn[] = Array.from({ length: L }, (_, k) => {
    const e = base.schedule[k] ?? last;
    return { ...e, stake: [...e.stake], active: [...e.active], weights: e.weights.map((row) => [...row]) };
  });
  for (const [c, list] of runs) {
    const cell = cellOf(c, nv, nm);
    for (let n = 0; n < list.length; n++) {
      const { from, code } = list[n];
      const to = n + 1 < list.length ? list[n + 1].from : L;
      for (let k = from; k < to; k++) {
        const own = valueAt(presetAt(preset, k), cell);
        if (cell.weight) schedule[k].weights[cell.i][cell.j] = code === WEIGHT_PRESET ? own : weightOf(code);
        else schedule[k].stake[cell.i] = code === STAKE_PRESET ? own : stakeOf(code);
      }
    }
  }
  return { ok: true, subnet: { ...base, schedule } };
}

// ---- the whole state ----

const presetIndex = (id: string) => (PRESET_IDS as readonly string[]).indexOf(id);

/** The link's values for a state; `tooLong` when the edits do not fit (the link then carries the rest). */
export function toUrlValues(s: ExplorerState, presets: readonly YumaPreset[]): { values: ParamValues; tooLong: number | null; imported: boolean } {
  const imported = s.presetId === 'imported';
  const baseId = imported ? s.basePresetId : s.presetId;
  const preset = presets.find((p) => p.id === baseId);
  const index = presetIndex(baseId);
  const values: ParamValues = { preset: index >= 0 ? index : DEFAULT_PRESET };
  const own = preset ? presetParams(preset) : {};
  for (const p of schema) values[p.id] = s.params[p.id] === own[p.id] ? FROM_PRESET : s.params[p.id];
  const t = Math.min(s.scrub, s.params.epochs - 1);
  values.epoch = t >= s.params.epochs - 1 ? FROM_PRESET : t + 1;
  values.exact = s.chainExact ? 1 : 0;
  let tooLong: number | null = null;
  values.w = 0;
  if (!imported && preset) {
    const e = encodeEdits(preset, s.subnet);
    // Kept as text: the URL code writes String(value), so the payload reaches the link unchanged.
    if (e.kind === 'edits') (values as Record<string, number | string>).w = e.value;
    else if (e.kind === 'too-long') tooLong = e.length;
  }
  return { values, tooLong, imported };
}

/** The state a link's values describe (as decoded by pageState), with notes for whatever was dropped.
 *  `rawEdits` is the link's `yuma.w` text (read by linkEdits). */
export function fromUrlValues(values: ParamValues, presets: readonly YumaPreset[], rawEdits: string | null, subnetOf: (p: YumaPreset) => ExplorerSubnet): { state: ExplorerState; notes: string[] } {
  const notes: string[] = [];
  const fallback = presets[DEFAULT_PRESET] ?? presets[0];
  let preset = presets.find((p) => p.id === PRESET_IDS[values.preset]);
  if (!preset) {
    notes.push(`The linked preset is not available; showing “${fallback.label}”.`);
    preset = fallback;
  }
  const params = presetParams(preset);
  for (const p of schema) if (values[p.id] !== undefined && values[p.id] !== FROM_PRESET) params[p.id] = values[p.id];
  const scrub = values.epoch === FROM_PRESET || values.epoch === undefined ? params.epochs - 1 : Math.min(values.epoch - 1, params.epochs - 1);
  let subnet = subnetOf(preset);
  if (rawEdits !== null) {
    const d = decodeEdits(preset, rawEdits, subnet);
    if (d.ok) subnet = d.subnet;
    else notes.push(`The link’s edits to the weights and stakes could not be used (${d.why}); showing the preset’s.`);
  }
  return { state: { presetId: preset.id, basePresetId: preset.id, subnet, params, scrub, chainExact: values.exact === 1 }, notes };
}

/** The link's `yuma.w` text, or null; ignored whenever pageState ignores the link's values as too long. */
export function linkEdits(search: string): string | null {
  if (search.length > 4000) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  const own = new URLSearchParams();
  for (const [k, v] of params) if (k === 'v' || k.startsWith(`${PREFIX}.`)) own.append(k === 'v' ? k : k.slice(PREFIX.length + 1), v);
  if (own.toString().length > MAX_QUERY_LENGTH) return null;
  return params.get(`${PREFIX}.w`);
}
