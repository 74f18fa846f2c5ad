// The page's state in its URL: every widget's params under its own prefix (`?v=1&mv=1&who.stake2=600000`).
// Each widget asks for its values once; the URL follows every change (debounced), and whatever a
// link held that could not be used becomes a visible note. In a sandboxed iframe (opaque origin)
// history may throw: the page then keeps its state without writing the URL.
import { decodeState, encodeState, STATE_VERSION } from './url';
import { linkParams, ownQuery, strayKeys, strayNote, tooLongNote } from './link';
import { notices } from './notices.svelte';
import type { Param, ParamValues } from './schema';
import { MODEL_VERSION, modelVersionNote } from '../engine/model-version';
import { WIDGETS } from '../embed/widgets';

const registered = new Map<string, { schema: readonly Param[]; values: ParamValues }>();
let timer: ReturnType<typeof setTimeout> | undefined;
let canWriteUrl = true;
/** Set by <tao-widget> (src/embed/element.ts): each widget's link-style query by prefix, read instead of
 *  the host page's URL, which is then never read nor written. */
let detached: Map<string, string> | null = null;

/** The custom element's mode: `query` (`stake.tao=500&v=1`) is where the widget of `prefix` reads its
 *  state; from now on no widget on this page reads or writes location or history. */
export function detachFromUrl(prefix: string, query: string): void {
  detached ??= new Map();
  detached.set(prefix, query);
  canWriteUrl = false;
}

const PREFIXES = new Set(WIDGETS.map((w) => w.prefix));

let straysSaid = false;

/** Reactive values of a widget's params, first read from the URL; later changes are written back. */
export function pageState(prefix: string, schema: readonly Param[]): ParamValues {
  const search = detached ? (detached.get(prefix) ?? '') : location.search;
  const notes: string[] = [];
  const tooLong = tooLongNote(search);
  if (tooLong) notes.push(tooLong);
  const decoded = decodeState(schema, ownQuery(prefix, search));
  notes.push(...decoded.notes);
  const info = WIDGETS.find((w) => w.prefix === prefix);
  const keys = [...linkParams(search).keys()];
  // A model-version note only for a figure the link actually set.
  if (info && keys.some((k) => k.startsWith(`${prefix}.`))) {
    const note = modelVersionNote(linkParams(search).get('mv'), info.name, info.title);
    if (note) notes.push(note);
  }
  if (!straysSaid && !detached) {
    straysSaid = true;
    const note = strayNote(strayKeys(search, PREFIXES));
    if (note) notes.push(note);
  }
  // Notes are state; a widget may call this while Svelte derives its props, where state must not change.
  if (notes.length) queueMicrotask(() => notes.forEach((n) => notices.push(n, 'url')));
  const values = $state(decoded.values);
  registered.set(prefix, { schema, values });
  $effect.root(() => {
    $effect(() => {
      JSON.stringify(values); // track every value
      clearTimeout(timer);
      timer = setTimeout(writeUrl, 120);
    });
  });
  return values;
}

/** One widget's state as a query string (`v=1&mv=1&stake.trade=100`), or null when it is not on this page. */
export function stateQuery(prefix: string): string | null {
  const entry = registered.get(prefix);
  if (!entry) return null;
  const out = new URLSearchParams({ v: String(STATE_VERSION), mv: String(MODEL_VERSION) });
  for (const [k, v] of new URLSearchParams(encodeState(entry.schema, entry.values).slice(1))) if (k !== 'v') out.set(`${prefix}.${k}`, v);
  return out.toString();
}

function writeUrl(): void {
  if (!canWriteUrl || detached) return;
  const out = new URLSearchParams({ v: String(STATE_VERSION), mv: String(MODEL_VERSION) });
  const current = linkParams(location.search);
  const widget = current.get('w');
  if (widget !== null) out.set('w', widget);
  // Keys of widgets not mounted yet (lazily loaded figures) stay in the link until they read it.
  for (const [k, v] of current) {
    const dot = k.indexOf('.');
    if (dot > 0 && !registered.has(k.slice(0, dot))) out.append(k, v);
  }
  for (const prefix of registered.keys()) {
    for (const [k, v] of new URLSearchParams(stateQuery(prefix) ?? '')) if (k.includes('.')) out.set(k, v);
  }
  try {
    history.replaceState(history.state, '', `?${out.toString()}${location.hash}`);
  } catch {
    // A sandboxed iframe without allow-same-origin: the state lives on, only the address stays as it was.
    canWriteUrl = false;
  }
}
