// The page's state in its URL: every widget's params under its own prefix (`?v=1&who.stake2=600000`).
// Each widget asks for its values once; the URL follows every change (debounced), and whatever a
// link held that could not be used becomes a visible note.
import { decodeState, encodeState, STATE_VERSION } from './url';
import { notices } from './notices.svelte';
import type { Param, ParamValues } from './schema';

const registered = new Map<string, { schema: readonly Param[]; values: ParamValues }>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** The query string of one widget's keys, without the prefix (what decodeState reads). */
function ownQuery(prefix: string, search: string): string {
  const out = new URLSearchParams();
  const all = new URLSearchParams(search.length > 4000 ? '' : search);
  for (const [k, v] of all) {
    if (k === 'v') out.append(k, v);
    else if (k.startsWith(`${prefix}.`)) out.append(k.slice(prefix.length + 1), v);
  }
  return out.toString();
}

/** Keys of the link that belong to no widget on this page. */
function strayKeys(search: string): string[] {
  const all = new URLSearchParams(search.length > 4000 ? '' : search);
  return [...new Set([...all.keys()])].filter((k) => k !== 'v' && !k.includes('.'));
}

let straysSaid = false;

/** Reactive values of a widget's params, first read from the URL; later changes are written back. */
export function pageState(prefix: string, schema: readonly Param[]): ParamValues {
  const search = location.search;
  const notes: string[] = [];
  if (search.length > 4000) notes.push(`The link's settings were too long (${search.length} characters) and were ignored; showing the defaults.`);
  const decoded = decodeState(schema, ownQuery(prefix, search));
  notes.push(...decoded.notes);
  if (!straysSaid) {
    straysSaid = true;
    const strays = strayKeys(search);
    if (strays.length) notes.push(`Ignored ${strays.length} setting${strays.length > 1 ? 's' : ''} this page does not have (${strays.slice(0, 3).map((k) => JSON.stringify(k.slice(0, 24))).join(', ')}).`);
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

function writeUrl(): void {
  const out = new URLSearchParams({ v: String(STATE_VERSION) });
  // Keys of widgets not mounted yet (lazily loaded figures) stay in the link until they read it.
  for (const [k, v] of new URLSearchParams(location.search.length > 4000 ? '' : location.search)) {
    const dot = k.indexOf('.');
    if (dot > 0 && !registered.has(k.slice(0, dot))) out.append(k, v);
  }
  for (const [prefix, { schema, values }] of registered) {
    for (const [k, v] of new URLSearchParams(encodeState(schema, values).slice(1))) if (k !== 'v') out.set(`${prefix}.${k}`, v);
  }
  history.replaceState(history.state, '', `?${out.toString()}${location.hash}`);
}
