// The pure parts of sharing: model-version notes, citations, CSV, wrapping, the per-widget embed pages,
// oEmbed descriptors and the palette PNG encoder.
import { describe, expect, it } from 'vitest';
import { modelVersionNote, MODEL_VERSION, type ModelChange } from '../../src/engine/model-version';
import { citation, today } from '../../src/share/cite';
import { toCsv } from '../../src/export/csv';
import { wrap, wrapWords } from '../../src/export/svg';
import { WIDGETS, widgetInfo } from '../../src/embed/widgets';
import { oembed, pngSize, siteUrl, widgetPage } from '../../scripts/embed-pages';
import { decodePng, encodePng8 } from '../../scripts/png8';

describe('modelVersionNote(raw, widget, title, changes, current)', () => {
  const changes: ModelChange[] = [
    { version: 1, widgets: 'all', what: 'first' },
    { version: 2, widgets: ['stake'], what: 'Balancer swap precision' },
    { version: 3, widgets: ['halving'], what: 'new halving date' },
  ];
  const note = (raw: string | null, widget: string) => modelVersionNote(raw, widget, 'T', changes, 3);
  it('is null for no version, the current one, or an older one whose changes do not touch the widget', () => {
    expect(note(null, 'stake')).toBeNull();
    expect(note('3', 'stake')).toBeNull();
    expect(note('2', 'stake')).toBeNull();
    expect(note('1', 'split')).toBeNull();
  });
  it('names every later change to the widget', () => {
    expect(note('1', 'stake')).toBe('T: this link was made with model version 1; it is shown with version 3, whose results differ (v2: Balancer swap precision).');
    expect(note('2', 'halving')).toContain('v3: new halving date');
  });
  it('says so for a version it does not know, without quoting it', () => {
    for (const raw of ['4', '0', '-1', '1.5', 'x', '<b>', '99999']) expect(note(raw, 'stake')).toBe('T: this link names a model version this page does not know; it is shown with version 3.');
  });
  it('holds no note for a link made today', () => {
    for (const w of WIDGETS) expect(modelVersionNote(String(MODEL_VERSION), w.name, w.title)).toBeNull();
  });
  it('notes on a version-1 link to every claim figure, the halving and the emission figure, one line each, and on no other figure', () => {
    for (const w of WIDGETS) {
      const n = modelVersionNote('1', w.name, w.title);
      if (w.name.startsWith('claim-') || w.name === 'halving' || w.name === 'emission') expect(n, w.name).toMatch(/version 1; it is shown with version 2, whose results differ \(v2: [^;]+\)\.$/);
      else expect(n, w.name).toBeNull();
    }
  });
});

describe('widgetInfo(name)', () => {
  it('finds every widget by name, and nothing for prototype keys', () => {
    for (const w of WIDGETS) expect(widgetInfo(w.name)).toBe(w);
    for (const bad of ['__proto__', 'constructor', 'toString', '', null]) expect(widgetInfo(bad)).toBeUndefined();
  });
  it('gives each widget a unique name and prefix', () => {
    expect(new Set(WIDGETS.map((w) => w.name)).size).toBe(WIDGETS.length);
    expect(new Set(WIDGETS.map((w) => w.prefix)).size).toBe(WIDGETS.length);
    expect(WIDGETS.length).toBe(11);
  });
});

describe('citation(info, url, version, accessed)', () => {
  const info = widgetInfo('stake')!;
  const c = citation(info, 'https://x.org/tao/index.html?v=1&mv=1&stake.trade=500#stake-title', 1, '2026-11-25');
  it('writes a plain reference with the title, model version, permalink and date', () => {
    expect(c.plain).toBe('TAO Paradox Explorer. “Stake into a subnet” (interactive figure, model version 1). In The Vampirism Paradox, tested. https://x.org/tao/index.html?v=1&mv=1&stake.trade=500#stake-title. Accessed 2026-11-25.');
  });
  it('writes a BibTeX @misc with balanced braces and a plain key', () => {
    expect(c.bibtex.startsWith('@misc{tao_explorer_stake_20261125,')).toBe(true);
    expect(c.bibtex).toContain('howpublished = {\\url{https://x.org/tao/index.html?v=1&mv=1&stake.trade=500#stake-title}}');
    expect(c.bibtex.split('{').length).toBe(c.bibtex.split('}').length);
  });
  it('today() is YYYY-MM-DD in local time', () => {
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('toCsv(rows)', () => {
  it('quotes only fields with commas, quotes or line breaks, with CRLF lines', () => {
    expect(toCsv([['Stake (TAO)', 'α received'], ['1,000', 'say "hi"'], ['a\nb', '2']])).toBe('Stake (TAO),α received\r\n"1,000","say ""hi"""\r\n"a\nb",2\r\n');
  });
});

describe('wrap(text, chars) and wrapWords(text, chars)', () => {
  it('cut a URL into pieces that join back to it', () => {
    const url = `https://example.org/${'x'.repeat(90)}`;
    expect(wrap(url, 40).join('')).toBe(url);
    expect(Math.max(...wrap(url, 40).map((l) => l.length))).toBe(40);
  });
  it('break at spaces and keep every word', () => {
    const text = 'Source: Subnet pools per opentensor/subtensor at 14bc6f9f (2026-06-30). TAO Paradox Explorer, model version 1';
    const lines = wrapWords(text, 40);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
  });
});

describe('embed pages and oEmbed (scripts/embed-pages.ts)', () => {
  const template = '<html><head><title>x</title></head><body><main id="embed" data-figure="" data-root="./"></main><noscript>old</noscript><script type="module" src="./assets/embed-1.js"></script><link href="./assets/a.css"></body></html>';
  const w = widgetInfo('halving')!;
  it('makes a page for one widget: its name, title, assets one level up, oEmbed link, picture and link for readers without JS', () => {
    const page = widgetPage(template, w, { width: 622, height: 900 });
    expect(page).toContain('data-figure="halving" data-root="../"');
    expect(page).toContain('<title>The halving — TAO Paradox Explorer</title>');
    expect(page).toContain('src="../assets/embed-1.js"');
    expect(page).toContain('href="../assets/a.css"');
    expect(page).toContain('<link rel="alternate" type="application/json+oembed" href="halving.oembed.json"');
    expect(page).toMatch(/<noscript><a href="\.\.\/index\.html#halving-title"[^>]*><img src="halving\.png" width="622" height="900"/);
    expect(page).not.toContain('old');
  });
  it('writes absolute URLs when SITE_URL is given, relative ones otherwise', () => {
    const abs = oembed(w, siteUrl('https://example.org/tao'), { width: 622, height: 900 }) as Record<string, string>;
    expect(abs.html).toContain('src="https://example.org/tao/embed/halving.html"');
    expect(abs.html).toContain('src="https://example.org/tao/embed.js"');
    expect(abs.thumbnail_url).toBe('https://example.org/tao/embed/halving.png');
    const rel = oembed(w, null, null) as Record<string, string>;
    expect(rel.html).toContain('src="halving.html"');
    expect(rel).not.toHaveProperty('thumbnail_url');
    expect(() => siteUrl('javascript:alert(1)')).toThrow();
  });
});

describe('encodePng8(rgba, w, h) and decodePng(png)', () => {
  it('round-trips a few-colour image exactly', () => {
    const w = 37;
    const h = 11;
    const rgba = new Uint8Array(w * h * 4);
    const colours = [[253, 252, 249], [47, 93, 138], [179, 38, 30]];
    for (let k = 0; k < w * h; k++) rgba.set([...colours[(k * 7) % 3], 255], 4 * k);
    const png = encodePng8(rgba, w, h);
    expect(pngSize(png)).toEqual({ width: w, height: h });
    expect(png[25]).toBe(3); // colour type: palette
    const back = decodePng(png);
    expect([back.width, back.height]).toEqual([w, h]);
    expect(Buffer.from(back.rgba).equals(Buffer.from(rgba))).toBe(true);
  });
  it('refuses a file that is not a PNG or whose chunk is corrupted', () => {
    const png = encodePng8(new Uint8Array(16).fill(200), 2, 2);
    expect(() => decodePng(png.subarray(1))).toThrow('not a PNG');
    const bad = Buffer.from(png);
    bad[20] ^= 1;
    expect(() => decodePng(bad)).toThrow('bad CRC');
  });
});
