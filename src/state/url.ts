// Widget state in the query string: `?v=1&param=value...`. Decoding never throws: what it cannot use
// is dropped or clamped, and each such decision becomes a note the page shows.
import { clampToParam, defaults, type Param, type ParamValues } from './schema';

/** Version of the URL format and of the core's results it describes. */
export const STATE_VERSION = 1;
/** Longer query strings are ignored whole (a share link is a few hundred characters). */
export const MAX_QUERY_LENGTH = 2000;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Keys that are not a widget's params: format version, model version, embed's widget name. */
export const RESERVED = new Set(['v', 'mv', 'w', 'embed', 'widget']);

export interface DecodedState {
  values: ParamValues;
  notes: string[];
}

/** Shortens and neutralises untrusted text before it is quoted in a note (text only, never markup). */
function quote(raw: string): string {
  const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return JSON.stringify(clean.length > 24 ? `${clean.slice(0, 24)}…` : clean);
}

export function decodeState(schema: readonly Param[], query: string): DecodedState {
  const values = defaults(schema);
  const notes: string[] = [];
  const q = query.startsWith('?') ? query.slice(1) : query;
  if (q.length === 0) return { values, notes };
  if (q.length > MAX_QUERY_LENGTH) {
    notes.push(`The link's settings were too long (${q.length} characters) and were ignored; showing the defaults.`);
    return { values, notes };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(q);
  } catch {
    notes.push('The link could not be read; showing the defaults.');
    return { values, notes };
  }
  const byId = new Map(schema.map((p) => [p.id, p]));
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (RESERVED.has(key)) continue;
    const p = byId.get(key);
    if (!p) {
      notes.push(`Ignored an unknown setting ${quote(key)}.`);
      continue;
    }
    if (seen.has(key)) {
      notes.push(`${p.label} was given twice; kept the first.`);
      continue;
    }
    seen.add(key);
    const v = NUMBER.test(raw.trim()) ? Number(raw) : NaN;
    const fixed = clampToParam(p, v);
    if (fixed === null) {
      notes.push(`${p.label}: ${quote(raw)} is not a valid value; kept the default.`);
      continue;
    }
    if (p.kind === 'number' && (v < p.min || v > p.max)) {
      notes.push(`${p.label}: ${quote(raw)} is out of range; used ${fixed}.`);
    }
    values[key] = fixed;
  }
  const version = params.getAll('v').find((v) => v !== String(STATE_VERSION)) ?? null;
  if (version !== null) {
    notes.push(`This link was made with version ${quote(version)} of the model; it is shown with version ${STATE_VERSION}, whose results may differ.`);
  }
  return { values, notes };
}

/** Only values that differ from the defaults are written, after the version. */
export function encodeState(schema: readonly Param[], values: ParamValues): string {
  const out = new URLSearchParams({ v: String(STATE_VERSION) });
  for (const p of schema) {
    const v = values[p.id];
    if (v !== undefined && v !== p.default) out.set(p.id, String(v));
  }
  return `?${out.toString()}`;
}
