// What the page reads from a link shared by several figures (`?v=1&mv=1&who.stake2=600000&stake.tao=500`):
// each figure's own keys without their prefix, the keys no figure owns, and the notes for both.
// Pure functions of the link's query string; page-state.svelte.ts applies them to location.search.
import { RESERVED } from './url';

/** Longer links are ignored whole (a share link holds a few hundred characters). */
export const MAX_LINK_LENGTH = 4000;

/** The link's key-value pairs, none when it is too long. */
export const linkParams = (search: string): URLSearchParams => new URLSearchParams(search.length > MAX_LINK_LENGTH ? '' : search);

/** The query string of one figure's keys, without the prefix, and the link's version (what decodeState reads). */
export function ownQuery(prefix: string, search: string): string {
  const out = new URLSearchParams();
  for (const [k, v] of linkParams(search)) {
    if (k === 'v') out.append(k, v);
    else if (k.startsWith(`${prefix}.`)) out.append(k.slice(prefix.length + 1), v);
  }
  return out.toString();
}

/** Keys of the link that belong to no figure: not reserved, and without one of the known prefixes. */
export function strayKeys(search: string, prefixes: ReadonlySet<string>): string[] {
  const known = (k: string) => RESERVED.has(k) || prefixes.has(k.slice(0, Math.max(0, k.indexOf('.'))));
  return [...new Set([...linkParams(search).keys()])].filter((k) => !known(k));
}

/** The note for keys no figure owns, or null when there are none. */
export function strayNote(strays: readonly string[]): string | null {
  if (!strays.length) return null;
  const named = strays.slice(0, 3).map((k) => JSON.stringify(k.slice(0, 24))).join(', ');
  return `Ignored ${strays.length} setting${strays.length > 1 ? 's' : ''} this page does not have (${named}).`;
}

/** The note for a link too long to read, or null. */
export function tooLongNote(search: string): string | null {
  return search.length > MAX_LINK_LENGTH ? `The link's settings were too long (${search.length} characters) and were ignored; showing the defaults.` : null;
}
