// The prose sections (src/content/sections/*.svelte) read as text: every citation key resolves, and every
// quotation from the essay is verbatim, short and attributed. The essay is checked against the copy in
// tests/fixtures/essay.md, because a user's clone has no ../shared beside it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/content/sources';
import { CLAIM_SOURCES } from '../../src/models/claims/sources';
import { SOURCES_SECTIONS } from '../../src/content/sections/sources-sections';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'src', 'content', 'sections');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.svelte'));
const SECTIONS = ['Landscape', 'Competitors', 'Leakage', 'Routing', 'Allies', 'LinuxCloud', 'Counter', 'Method'];
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const essay = squash(readFileSync(join(ROOT, 'tests', 'fixtures', 'essay.md'), 'utf8'));

/** Text inside <q>…</q> and <blockquote>…</blockquote>, tags removed, whitespace collapsed. */
function quotes(src: string): { quote: string; end: number }[] {
  const out: { quote: string; end: number }[] = [];
  for (const m of src.matchAll(/<(q|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    out.push({ quote: squash(m[2].replace(/<[^>]*>/g, '')), end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

describe('prose sections', () => {
  it('exist as the eight section files, each a <section id> labelled by its <h2 id="…-title">', () => {
    for (const name of SECTIONS) {
      const src = text(`${name}.svelte`);
      const id = src.match(/<section id="([^"]+)" aria-labelledby="([^"]+)"/);
      expect(id, name).not.toBeNull();
      expect(id![2]).toBe(`${id![1]}-title`);
      expect(src).toContain(`<h2 id="${id![1]}-title">`);
    }
  });

  it('cite only keys that exist in SOURCES_SECTIONS, SOURCES or CLAIM_SOURCES', () => {
    const known = new Set([...Object.keys(SOURCES_SECTIONS), ...Object.keys(SOURCES), ...Object.keys(CLAIM_SOURCES)]);
    const keys = FILES.flatMap((f) => [...text(f).matchAll(/\bkey="([^"]+)"/g)].map((m) => `${f}: ${m[1]}`));
    expect(keys.length).toBeGreaterThan(50);
    const missing = keys.filter((k) => !known.has(k.split(': ')[1]));
    expect(missing).toEqual([]);
  });

  it('quote the essay verbatim, in at most 25 words, and name Ezza right after each quote', () => {
    const all = FILES.flatMap((f) => quotes(text(f)).map((q) => ({ file: f, ...q, after: text(f).slice(q.end, q.end + 80) })));
    expect(all.length).toBeGreaterThan(0);
    for (const q of all) {
      expect(essay, `${q.file}: “${q.quote}”`).toContain(q.quote);
      expect(q.quote.split(' ').length, q.quote).toBeLessThanOrEqual(25);
      expect(q.after, `${q.file}: attribution after “${q.quote}”`).toMatch(/Ezza/);
    }
  });

  it('use at least three footnotes across the page', () => {
    const n = SECTIONS.reduce((sum, name) => sum + (text(`${name}.svelte`).match(/<Footnote\b/g) ?? []).length, 0);
    expect(n).toBeGreaterThanOrEqual(3);
  });

  it('link only to anchors the page defines (sections, claim figures, their own headings)', () => {
    const own = new Set(FILES.flatMap((f) => [...text(f).matchAll(/\bid="([^"{}]+)"/g)].map((m) => m[1])));
    const app = ['who-gets-paid', 'yuma-explorer', 'market'];
    const claims = ['weight-rent', 'leakage', 'three-networks', 'routing', 'coordination'].map((c) => `claim-${c}-title`);
    const known = new Set([...own, ...app, ...claims]);
    const links = FILES.flatMap((f) => [...text(f).matchAll(/href="#([^"]+)"/g)].map((m) => m[1]));
    expect(links.filter((l) => !known.has(l))).toEqual([]);
  });
});

describe('sources-sections', () => {
  it('gives every entry a short label and a detail, and an https URL where it gives one', () => {
    for (const [key, s] of Object.entries(SOURCES_SECTIONS)) {
      expect(s.short.length, key).toBeGreaterThan(0);
      expect(s.detail?.length, key).toBeGreaterThan(0);
      if (s.url) expect(s.url, key).toMatch(/^https:\/\//);
    }
  });

  it('is merged into SOURCES as it is, and clashes with no key of CLAIM_SOURCES', () => {
    for (const [k, v] of Object.entries(SOURCES_SECTIONS)) expect(SOURCES[k]).toBe(v);
    expect(Object.keys(SOURCES_SECTIONS).filter((k) => k in CLAIM_SOURCES)).toEqual([]);
  });
});

describe('Footnote', () => {
  it('is a button with aria-expanded and aria-controls that closes on Escape', () => {
    const src = readFileSync(join(ROOT, 'src', 'article', 'Footnote.svelte'), 'utf8');
    expect(src).toMatch(/<button[\s\S]*aria-expanded=\{open\}[\s\S]*aria-controls=\{noteId\}/);
    expect(src).toMatch(/id=\{noteId\}/);
    expect(src).toContain("'Escape'");
  });
});
