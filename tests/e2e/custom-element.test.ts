// The opt-in custom element: a host page on a second loopback origin loads tao-widget.js and two
// <tao-widget>s; both compute inside their shadow roots, a control there updates the figure, the host's
// URL and styles stay the host's, and nothing is requested beyond the two origins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { nextFrame, useBrowser } from '../support/browser';
import { serve, type Served } from '../../scripts/serve';

const env = useBrowser();
let host: Served;
const hostDir = mkdtempSync(join(tmpdir(), 'tao-ce-host-'));

beforeAll(async () => {
  const body = [
    '<style>* { color: red !important; font-size: 40px } body { background: #eee }</style>',
    '<p id="host-text">The host page’s own text.</p>',
    '<tao-widget id="a" name="stake" query="trade=500"></tao-widget>',
    '<tao-widget id="b" name="split"></tao-widget>',
    `<script type="module" src="${env.url}tao-widget.js"></script>`,
  ].join('\n');
  writeFileSync(join(hostDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`);
  host = await serve(hostDir, '/host/');
});
afterAll(async () => {
  await host?.close();
});

/** A value read inside one element's shadow root (self-contained, as page.evaluate needs). */
const inShadow = (id: string, expr: string) => `(() => { const r = document.getElementById(${JSON.stringify(id)}).shadowRoot; return ${expr}; })()`;

describe('<tao-widget> on another origin', () => {
  it('computes two figures in shadow roots, follows a control, leaves the host’s URL and styles alone', async () => {
    const { page, seen } = await env.open(undefined, { viewport: { width: 1000, height: 1400 } });
    const url = `${host.url}?keep=1#here`;
    await page.goto(url);
    const computed = (id: string, widget: string) => page.evaluate(inShadow(id, `Number(r && r.querySelector('[data-widget="${widget}"]')?.getAttribute('data-computed'))`)) as Promise<number>;
    await expect.poll(() => computed('a', 'market-stake'), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => computed('b', 'market-split'), { timeout: 20_000 }).toBeGreaterThan(0);
    // The attribute's state reached the widget.
    expect(await page.evaluate(inShadow('a', `r.querySelector('[data-param="trade"]').getAttribute('aria-valuetext')`))).toBe('500 TAO');
    // A control inside the shadow root: the launch pool; the figure recomputes.
    const before = await computed('a', 'market-stake');
    await page.locator('#a input[type="radio"][value="0"]').click();
    await expect.poll(() => computed('a', 'market-stake'), { timeout: 20_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.evaluate(inShadow('a', `r.querySelector('[data-widget="market-stake"]').getAttribute('data-current')`))).toBe('true');
    await nextFrame(page);
    // The host's URL is untouched (page-state writes nothing there).
    expect(page.url()).toBe(url);
    // The host's CSS does not reach inside; ours does not leak out.
    const inner = (await page.evaluate(inShadow('a', `(() => { const s = getComputedStyle(r.querySelector('h2')); const t = getComputedStyle(r.querySelector('.tao-root')); return [s.color, t.color, t.fontSize]; })()`))) as string[];
    expect(inner[0]).not.toBe('rgb(255, 0, 0)');
    expect(inner[1]).not.toBe('rgb(255, 0, 0)');
    expect(inner[2]).toBe('18px');
    expect(await page.evaluate(`getComputedStyle(document.getElementById('host-text')).color`)).toBe('rgb(255, 0, 0)');
    expect(await page.evaluate(`getComputedStyle(document.body).backgroundColor`)).toBe('rgb(238, 238, 238)');
    expect(await page.evaluate(`document.head.querySelectorAll('style, link[rel=stylesheet], link[rel=modulepreload]').length`)).toBe(0);
    // Only the two origins were asked for anything.
    expect(seen.foreign.filter((u) => !u.startsWith(new URL(host.url).origin))).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'tao-custom-element.png'), fullPage: false });
    await page.close();
  });
});
