// URL fuzzing of the built article and of embed.html, for what only a browser shows: a few dozen seeded
// URLs with random and real widget keys, truncated, oversized, NaN/Infinity/-0/1e308, markup and
// javascript: payloads, RTL and surrogate Unicode, broken percent-escapes and duplicated keys. For every
// URL: no page error and no console error; nothing injected ever runs (a sentinel, window.__pwned, that
// every payload would set, stays unset, and no element carries an inline event handler or a
// javascript: URL); and when the link held something the page could not use, the notices region
// shows a note: for the article's eager keys (who.*, keys of no widget, an oversized link) on every
// URL, and on a scrolled-through subset every lazily mounted widget's own notes, text for text as
// decodeState words them. The embed page gets links with the same checks, its named figure's notes
// included. What decoding does with any string (never throws, clamps, notes, round-trips) is a
// property of pure functions, tested on many thousands of cases in Node (tests/unit/properties-url.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { DIST, loadEverything, nextFrame, useBrowser, type Seen } from '../support/browser';
import { decodeState, RESERVED } from '../../src/state/url';
import { linkParams, MAX_LINK_LENGTH, ownQuery } from '../../src/state/link';
import type { Param } from '../../src/state/schema';
import { schema as who } from '../../src/models/who-gets-paid';
import { schema as yuma } from '../../src/models/yuma-explorer';
import { schema as stake } from '../../src/models/market-stake';
import { schema as emission } from '../../src/models/market-emission';
import { schema as halving } from '../../src/models/market-halving';
import { schema as split } from '../../src/models/market-split';
import { CLAIM_MODELS } from '../../src/models/claims';
import { arrayOf, unit } from '../support/arbitraries';

const SCHEMAS: Record<string, readonly Param[]> = {
  who, yuma, stake, emission, halving, split,
  ...Object.fromEntries(CLAIM_MODELS.map((m) => [m.id, m.schema])),
};
const PREFIXES = Object.keys(SCHEMAS);
/** Every figure reads its own keys when it mounts. */
const READ = PREFIXES;
/** Keys the article reads as soon as it starts (App.svelte's pageState('who')). */
const EAGER = 'who';
const EMBED_WIDGETS = ['stake', 'who-gets-paid', 'emission', 'halving', 'split', 'claim-leakage', 'claim-routing'];
const PREFIX_OF: Record<string, string> = { stake: 'stake', 'who-gets-paid': 'who', emission: 'emission', halving: 'halving', split: 'split', 'claim-leakage': 'leakage', 'claim-routing': 'routing' };

// Every payload sets the sentinel if it ever runs, whichever way it gets in.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><img src=x onerror=window.__pwned=1>',
  '<svg onload=window.__pwned=1>',
  '</script><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1//',
  "'-window.__pwned=1-'",
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<iframe src="javascript:window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">x</a>',
  'data:text/html,<script>window.__pwned=1</script>',
];
const NUMBERS = ['NaN', 'Infinity', '-Infinity', '-0', '0', '1e308', '-1e308', '1e-320', '9'.repeat(400), '0x10', '1_000', '+5', '.5', '5.', '1e', '--1', ' 7 ', '', '١٢٣', '１２'];
const UNICODE = ['\u202Eevil\u202C', 'שלום', 'مرحبا', '😀', '\uD800', '\uDFFF', 'a\u0000b', '\u200B', 'ǅ', '%', '%ZZ', '%E0%A4%A', '%ED%A0%80', '%F0%9F%98', '%00', '%0A%0D', '+', '&', '=', '#x'];
const STRAY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'x', 'stake', 'who', '', 'w', 'v', 'mv', 'embed', 'widget', 'a'.repeat(300), '<img src=x onerror=window.__pwned=1>', 'who..stake', '.who', 'who.', 'WHO.kappa', 'who.__proto__', 'split.constructor'];

interface FuzzUrl {
  search: string;
  hash: string;
  /** Prefixes it sets keys of. */
  prefixes: string[];
}

/** One random query string; `pairs` raw (already percent-encoded where they should be) key=value parts. */
function randomUrl(r: () => number, forcePrefixes?: string[]): FuzzUrl {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const enc = (s: string) => {
    try {
      return encodeURIComponent(s);
    } catch {
      return s; // a lone surrogate: sent raw, the browser encodes it
    }
  };
  const value = (p: Param | undefined): string => {
    const roll = r();
    if (p && roll < 0.25) {
      if (p.kind === 'number') return String(pick([p.min, p.max, p.default, p.min + (p.max - p.min) * r(), p.max * 1e6, p.min - 1]));
      return String(pick([...p.options.map((o) => o.value), 99, -1]));
    }
    if (roll < 0.5) return enc(pick(NUMBERS));
    if (roll < 0.75) return r() < 0.5 ? enc(pick(PAYLOADS)) : pick(PAYLOADS);
    if (roll < 0.9) return r() < 0.5 ? pick(UNICODE) : enc(pick(UNICODE));
    return enc(Array.from({ length: 1 + Math.floor(r() * 20) }, () => String.fromCharCode(32 + Math.floor(r() * 95))).join(''));
  };
  const pairs: string[] = [];
  const prefixes = new Set<string>();
  const count = Math.floor(r() * 8);
  const addKey = (prefix: string) => {
    const schema = SCHEMAS[prefix];
    const p = r() < 0.8 ? pick(schema) : undefined;
    const id = p ? p.id : pick(['nope', 'NaN', '__proto__', 'constructor', '', enc('<b>x</b>'), 'stake0 ']);
    prefixes.add(prefix);
    pairs.push(`${prefix}.${id}=${value(p)}`);
    if (r() < 0.15) pairs.push(`${prefix}.${id}=${value(p)}`); // a duplicated key
  };
  for (const prefix of forcePrefixes ?? []) addKey(prefix);
  for (let k = 0; k < count; k++) {
    const roll = r();
    if (roll < 0.45) addKey(r() < 0.5 ? EAGER : pick(PREFIXES));
    else if (roll < 0.65) pairs.push(`${enc(pick(STRAY_KEYS))}=${value(undefined)}`);
    else if (roll < 0.75) pairs.push(pick(['v=1', 'v=2', 'v=NaN', 'mv=1', 'mv=999', `mv=${enc(pick(PAYLOADS))}`, `w=${enc(pick(PAYLOADS))}`]));
    else if (roll < 0.85) pairs.push(pick(['&', '=', '==', '&&', 'who.kappa', '=5', 'who.kappa==0.5', '%26=%3D']));
    else addKey(pick(PREFIXES));
  }
  let search = pairs.join(pick(['&', '&', '&', ';', '&&']));
  const shape = r();
  if (shape < 0.08) search = `${search}&who.stake2=${'9'.repeat(4100)}`; // oversized (> 4,000 characters)
  else if (shape < 0.18 && search.length > 2) search = search.slice(0, 1 + Math.floor(r() * (search.length - 1))); // truncated
  const hash = r() < 0.1 ? `#${pick(['', 'who-gets-paid', enc(pick(PAYLOADS)), pick(PAYLOADS), '%', '\u202E'])}` : '';
  return { search: search ? `?${search}` : '', hash, prefixes: [...prefixes] };
}

/** The notes decodeState writes for a prefix's keys, given the search the page actually sees. */
const expectedNotes = (prefix: string, search: string) => decodeState(SCHEMAS[prefix], ownQuery(prefix, search)).notes;
const strays = (search: string) => [...linkParams(search).keys()].filter((k) => !RESERVED.has(k) && !k.includes('.'));

// Runs before any page script: the sentinel records any assignment (and shouts in the console).
const SENTINEL = `(() => {
  window.__initialSearch = location.search;
  const hits = [];
  Object.defineProperty(window, '__pwnHits', { value: hits });
  Object.defineProperty(window, '__pwned', {
    configurable: false,
    get() { return hits.length ? hits[0] : undefined; },
    set(v) { hits.push(String(v)); console.error('PWNED: injected code ran'); },
  });
})();`;

// Self-contained (vite transforms break closures over test helpers): what the page shows after a load.
const INSPECT = `(() => {
  // One native XPath query: any on* attribute, any javascript: URL, any data: URL on a frame, object or link.
  const lower = (x) => "translate(" + x + ", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
  const xpath = "//@*[starts-with(" + lower("name()") + ", 'on')]" +
    " | //@*[contains(' href src action formaction data xlink:href ', concat(' ', " + lower("name()") + ", ' ')) and starts-with(normalize-space(" + lower(".") + "), 'javascript:')]" +
    " | //*[contains(' a iframe frame object embed form script ', concat(' ', " + lower("local-name()") + ", ' '))]/@*[contains(' href src data action ', concat(' ', " + lower("name()") + ", ' ')) and starts-with(normalize-space(" + lower(".") + "), 'data:')]";
  const found = document.evaluate(xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const handlers = [];
  for (let i = 0; i < found.snapshotLength; i++) handlers.push(found.snapshotItem(i).ownerElement);
  const notes = [...document.querySelectorAll('[data-testid="notices"] .notice')].map((n) => ({
    text: n.querySelector('span') ? n.querySelector('span').textContent : n.textContent,
    kind: n.getAttribute('data-kind'),
    visible: !!(n.offsetWidth || n.offsetHeight || n.getClientRects().length) && getComputedStyle(n).visibility !== 'hidden',
  }));
  return { pwned: window.__pwnHits.length, handlers: handlers.map((el) => el.outerHTML.slice(0, 120)), notes, search: window.__initialSearch };
})()`;

// The hashed assets may be cached: each load then costs what a reader's second visit costs.
const env = useBrowser({ cacheAssets: true });
let hasEmbed = false;
beforeAll(() => {
  hasEmbed = existsSync(join(DIST, 'embed.html'));
});

/** `count` seeded streams of uniform draws, each feeding one randomUrl (fast-check is the one source of randomness). */
function streams(seed: number, count: number): (() => number)[] {
  return fc.sample(arrayOf(unit(), 600), { numRuns: count, seed }).map((draws) => {
    let k = 0;
    return () => draws[k++ % draws.length];
  });
}

async function freshPage(): Promise<{ page: Page; seen: Seen }> {
  // Nothing leaves the origin (an injected <img src=//evil> would be a request to elsewhere).
  const { page, seen } = await env.open();
  await page.addInitScript(SENTINEL);
  return { page, seen };
}

interface Inspected { pwned: number; handlers: string[]; notes: { text: string; kind: string | null; visible: boolean }[]; search: string }

/** Every failure for one loaded URL, as lines naming the URL. */
function judge(u: FuzzUrl, got: Inspected, errors: string[], foreign: string[], mounted: string[], checkStrays = true): string[] {
  const bad: string[] = [];
  const at = `${u.search.slice(0, 160)}${u.hash.slice(0, 40)}`;
  // What the page read: the browser's parse of the URL (a raw '#' starts the hash, lone surrogates become U+FFFD).
  const search = got.search;
  if (errors.length) bad.push(`${at}: errors ${errors.slice(0, 3).join(' | ')}`);
  if (foreign.length) bad.push(`${at}: requests to another origin ${foreign.slice(0, 3).join(', ')}`);
  if (got.pwned) bad.push(`${at}: the sentinel was set`);
  if (got.handlers.length) bad.push(`${at}: inline handler or javascript: URL ${got.handlers[0]}`);
  const shown = new Set(got.notes.filter((n) => n.visible).map((n) => n.text));
  const want: string[] = [];
  for (const prefix of mounted) want.push(...expectedNotes(prefix, search));
  for (const w of want) if (!shown.has(w)) bad.push(`${at}: missing note ${JSON.stringify(w)} (shown: ${JSON.stringify([...shown].slice(0, 4))})`);
  const dropped = want.length > 0 || (checkStrays && (strays(search).length > 0 || search.length > MAX_LINK_LENGTH));
  if (dropped && shown.size === 0) bad.push(`${at}: values were dropped but no note is visible`);
  return bad;
}

const ARTICLE_URLS = Number(process.env.FUZZ_URLS ?? 30);
const SCROLLED_URLS = 2;
const EMBED_URLS = 14;

/** Visits every item in one page after another; returns every failure line. */
async function visitAll<T>(items: T[], visit: (page: Page, seen: Seen, item: T) => Promise<string[]>): Promise<string[]> {
  const failures: string[] = [];
  for (const item of items) {
    const { page, seen } = await freshPage();
    failures.push(...(await visit(page, seen, item)));
    await page.close();
  }
  return failures;
}

describe('URL fuzzing in the browser', () => {
  it(`the article survives ${ARTICLE_URLS} generated links with its eager keys, and notes what it dropped`, async () => {
    const urls = streams(20260801, ARTICLE_URLS).map((r) => randomUrl(r));
    let withNotes = 0;
    const failures = await visitAll(urls, async (page, seen, u) => {
      await page.goto(env.url + u.search + u.hash, { waitUntil: 'commit' });
      await page.waitForSelector('[data-testid="notices"]', { state: 'attached' });
      // The notes are pushed in a microtask after the state is read; one frame later they are painted.
      await nextFrame(page);
      const got = (await page.evaluate(INSPECT)) as Inspected;
      if (got.notes.some((n) => n.visible)) withNotes++;
      return judge(u, got, seen.errors, seen.foreign, [EAGER]);
    });
    expect(failures).toEqual([]);
    // The generator does make links the page must complain about, and links it need not.
    expect(withNotes).toBeGreaterThan(ARTICLE_URLS / 2);
    expect(withNotes).toBeLessThan(ARTICLE_URLS);
  }, 120_000);

  it(`scrolled through, ${SCROLLED_URLS} links with bad keys for every widget: each lazily mounted figure notes its own`, async () => {
    const urls: FuzzUrl[] = [];
    for (const r of streams(7, 200)) {
      // Keys for every widget prefix, never oversized, so that every figure has notes to show.
      const u = randomUrl(r, PREFIXES);
      const search = new URL(env.url + u.search + u.hash).search;
      if (search.length <= MAX_LINK_LENGTH && READ.every((p) => expectedNotes(p, search).length > 0)) urls.push(u);
      if (urls.length === SCROLLED_URLS) break;
    }
    expect(urls).toHaveLength(SCROLLED_URLS);
    const failures = await visitAll(urls, async (page, seen, u) => {
      await page.goto(env.url + u.search + u.hash, { waitUntil: 'load' });
      await loadEverything(page);
      const got = (await page.evaluate(INSPECT)) as Inspected;
      return judge(u, got, seen.errors, seen.foreign, READ);
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it('keys with a dot but no widget prefix (WHO.kappa, foo.bar, .who) get a note', async () => {
    const { page, seen } = await freshPage();
    await page.goto(env.url + '?WHO.kappa=0.3&foo.bar=1&.who=2', { waitUntil: 'load' });
    await loadEverything(page);
    const got = (await page.evaluate(INSPECT)) as Inspected;
    await page.close();
    expect(seen.errors).toEqual([]);
    const shown = got.notes.filter((n) => n.visible).map((n) => n.text);
    expect(shown.some((n) => n.includes('Ignored 3 settings') && n.includes('"WHO.kappa"'))).toBe(true);
  }, 60_000);

  it(`the embed page (when the build has one) survives ${EMBED_URLS} generated links: no error, nothing injected runs, the named figure computes and notes what it dropped`, async (ctx) => {
    if (!hasEmbed) ctx.skip();
    const items = streams(99, EMBED_URLS).map((r, k) => {
      const u = randomUrl(r, [PREFIX_OF[EMBED_WIDGETS[k % EMBED_WIDGETS.length]]]);
      const bad = r() < 0.1;
      const w = bad ? encodeURIComponent(PAYLOADS[k % PAYLOADS.length]) : EMBED_WIDGETS[k % EMBED_WIDGETS.length];
      return { u: { ...u, search: `?w=${w}&${u.search.slice(1)}` }, prefix: bad ? null : PREFIX_OF[EMBED_WIDGETS[k % EMBED_WIDGETS.length]] };
    });
    const failures = await visitAll(items, async (page, seen, { u, prefix }) => {
      await page.goto(`${env.url}embed.html${u.search}${u.hash}`, { waitUntil: 'load' });
      // A named figure has read its link once it has computed; then its notes must show.
      if (prefix) {
        const computed = await page.waitForSelector('[data-widget][data-computed]:not([data-computed="0"])', { timeout: 20_000 }).then(() => true, () => false);
        if (!computed) return [`${u.search.slice(0, 200)}${u.hash.slice(0, 40)}: the ${prefix} figure never computed`];
      }
      await nextFrame(page);
      const got = (await page.evaluate(INSPECT)) as Inspected;
      return judge(u, got, seen.errors, seen.foreign, prefix ? [prefix] : [], prefix !== null);
    });
    expect(failures).toEqual([]);
  }, 120_000);
});
