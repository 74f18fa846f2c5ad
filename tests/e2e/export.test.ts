// Downloads from a figure's dialog: each chart as SVG (parsed by the browser's DOMParser, with the title,
// source and state URL written in) and PNG (signature, IHDR and pixels decoded), each table as CSV.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { decodePng } from '../../scripts/png8';

const env = useBrowser();
async function openDialog(path: string, ready: string) {
  const { page, seen } = await env.open(undefined, { viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  await page.goto(env.url + path);
  await page.waitForSelector(ready, { timeout: 30_000 });
  await page.click('[data-tool="download"]');
  await page.waitForSelector('dialog[open] [data-section="download"] li');
  return { page, seen };
}

async function save(page: Page, item: number, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`dialog[open] .downloads li:nth-child(${item}) [data-format="${format}"]`)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}

/** Parses SVG text in the page; returns what a reader of the file would see. */
const parseSvg = (page: Page, text: string) =>
  page.evaluate(`(() => {
    const doc = new DOMParser().parseFromString(${JSON.stringify(text)}, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.nodeName,
      width: Number(root.getAttribute('width')),
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent),
      title: root.querySelector('title')?.textContent,
      classes: root.querySelectorAll('[class]').length,
      images: [...root.querySelectorAll('image')].map((i) => (i.getAttribute('href') ?? '').slice(0, 22)),
    };
  })()`) as Promise<{ error: string | null; root: string; width: number; texts: string[]; title: string; classes: number; images: string[] }>;

/** Decodes a PNG in the browser, as an <img> would. */
const browserDecodes = (page: Page, png: Buffer) =>
  page.evaluate(`(async () => {
    const bytes = Uint8Array.from(atob(${JSON.stringify(png.toString('base64'))}), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    return [bmp.width, bmp.height];
  })()`) as Promise<[number, number]>;

describe('exporting a figure', () => {
  it('downloads the slippage chart as a standalone SVG with title, source line and the state’s URL', async () => {
    const { page, seen } = await openDialog('embed/stake.html?v=1&mv=1&stake.trade=500', '[data-testid="chart-slippage"] path.curve');
    const link = await page.inputValue('[data-testid="permalink"]');
    expect(link).toContain('stake.trade=500');
    const svg = await save(page, 1, 'svg');
    expect(svg.name).toMatch(/^tao-stake-slippage-by-stake-size.*\.svg$/);
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toBe('Slippage by stake size, this pool against the other');
    const all = parsed.texts.join('\n');
    // The URL follows the source line, wrapped over as many lines as it needs.
    const url = parsed.texts.findIndex((t) => t.startsWith('http'));
    expect(all).toContain('Slippage by stake size');
    expect(all).toMatch(/^Source: Subnet pools per opentensor\/subtensor/m);
    expect(parsed.texts.slice(0, url).join(' ')).toContain('TAO Paradox Explorer, model version 2');
    expect(parsed.texts.slice(url).join('')).toBe(link);
    // Styles are inlined, classes dropped: the file does not depend on the page's CSS.
    expect(parsed.classes).toBe(0);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('downloads the same chart as a PNG that decodes, at twice the SVG’s size', async () => {
    const { page } = await openDialog('embed/stake.html', '[data-testid="chart-slippage"] path.curve');
    const svg = await parseSvg(page, (await save(page, 1, 'svg')).bytes.toString('utf8'));
    const png = await save(page, 1, 'png');
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const decoded = decodePng(png.bytes);
    expect(decoded.width).toBe(2 * svg.width);
    expect(await browserDecodes(page, png.bytes)).toEqual([decoded.width, decoded.height]);
    // Not blank: the image holds the background and several other colours.
    const colours = new Set<number>();
    for (let k = 0; k < decoded.rgba.length; k += 4 * 97) colours.add((decoded.rgba[k] << 16) | (decoded.rgba[k + 1] << 8) | decoded.rgba[k + 2]);
    expect(colours.size).toBeGreaterThan(5);
    await page.close();
  });

  it('downloads the data table as CSV whose header is the table’s', async () => {
    const { page } = await openDialog('embed/stake.html', '[data-testid="chart-slippage"] path.curve');
    const header = await page.$$eval('[data-widget="market-stake"] table thead th', (ths) => ths.map((t) => (t.textContent ?? '').trim()));
    const items = await page.$$eval('dialog[open] .downloads li', (lis) => lis.map((li) => li.getAttribute('data-kind')));
    const csv = await save(page, items.indexOf('table') + 1, 'csv');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe(header.map((h) => (/[",]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)).join(','));
    expect(lines[1]).toMatch(/^"?50 \(your stake\)/);
    expect(lines.length).toBeGreaterThan(5);
    await page.close();
  });

  it('exports the claim map, painted on a canvas, with its cells in the SVG and the PNG', async () => {
    const { page } = await openDialog('embed/claim-leakage.html', '[data-map-state="done"]');
    const titles = await page.$$eval('dialog[open] .downloads li span', (s) => s.map((x) => x.textContent ?? ''));
    const k = titles.findIndex((t) => t.startsWith('Where the claim holds'));
    expect(k).toBeGreaterThanOrEqual(0);
    const svg = await parseSvg(page, (await save(page, k + 1, 'svg')).bytes.toString('utf8'));
    expect(svg.error).toBeNull();
    expect(svg.images).toEqual(['data:image/png;base64,']);
    const png = decodePng((await save(page, k + 1, 'png')).bytes);
    expect(png.width).toBe(2 * svg.width);
    await page.close();
  });

  it('every figure of the article offers its downloads, and its citation holds the permalink', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${env.url}?who.stake2=450000`);
    await page.locator('#who-gets-paid-caption').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-widget="who-gets-paid"] [data-testid="chart-incentive"] text.value');
    await page.click('[data-widget="who-gets-paid"] [data-tool="cite"]');
    await page.waitForSelector('dialog[open]');
    const link = await page.inputValue('[data-testid="permalink"]');
    expect(link).toMatch(/\/sub\/app\/index\.html\?v=1&mv=2&who\.stake2=450000#who-gets-paid$/);
    expect(await page.inputValue('[data-testid="cite-plain"]')).toContain(link);
    expect(await page.inputValue('[data-testid="cite-bibtex"]')).toContain(`\\url{${link}}`);
    const kinds = await page.$$eval('dialog[open] .downloads li', (lis) => lis.map((li) => li.getAttribute('data-kind')));
    expect(kinds.filter((k) => k === 'chart')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'table')).toHaveLength(1);
    // The embed code: a titled iframe with this state, and the resize script.
    const snippet = await page.inputValue('[data-testid="embed-snippet"]');
    expect(snippet).toMatch(/^<iframe title="Who gets paid\? — TAO Paradox Explorer" src="http:\/\/127\.0\.0\.1:\d+\/sub\/app\/embed\/who-gets-paid\.html\?v=1&amp;mv=2&amp;who\.stake2=450000"/);
    expect(snippet).toContain('/sub/app/embed.js" async></script>');
    // Escape closes the dialog and gives the focus back to the button.
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    expect(await page.evaluate('document.activeElement?.dataset.tool')).toBe('cite');
    await page.close();
  });
});
