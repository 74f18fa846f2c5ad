// Embedding: a host page on a second loopback origin, under a strict CSP, holds two widgets by iframe
// (one sandboxed with allow-scripts only) and our resize script; forged messages and crafted URLs
// change nothing; without JavaScript the embed shows a picture and a link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { nextFrame, settled, useBrowser } from '../support/browser';
import { serve, type Served } from '../../scripts/serve';

const env = useBrowser();
let host: Served;
const hostDir = mkdtempSync(join(tmpdir(), 'tao-host-'));

/** A host page: strict CSP that allows only our origin for frames and the resize script. */
function hostPage(ours: string, body: string, csp = true): string {
  const policy = `default-src 'none'; frame-src ${ours}; script-src ${ours}; style-src 'unsafe-inline'`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${csp ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : ''}<title>Host</title></head><body style="margin:0">${body}</body></html>`;
}

beforeAll(async () => {
  const ours = env.origin;
  const frames = [
    `<iframe id="who" title="Who gets paid?" src="${env.url}embed/who-gets-paid.html?v=1&mv=1&who.stake2=600000" style="width:760px;border:0" height="300"></iframe>`,
    `<iframe id="stake" title="Stake into a subnet" sandbox="allow-scripts" src="${env.url}embed/stake.html?v=1&mv=1&stake.trade=500" style="width:760px;border:0" height="300"></iframe>`,
    `<script src="${env.url}embed.js" async></script>`,
  ].join('\n');
  writeFileSync(join(hostDir, 'index.html'), hostPage(ours, frames));
  host = await serve(hostDir, '/host/');
});
afterAll(async () => {
  await host?.close();
});

const MARKER = 'test:every-message-before-this-was-handled';
/** Records in the window when the marker message arrives (messages from one window arrive in order). */
const LISTEN_FOR_MARKER = `addEventListener('message', (e) => { if (e.data === ${JSON.stringify(MARKER)}) window.__markerSeen = true; })`;
/** Resolves in a task queued behind the ones already waiting (the result handlers of a finished call). */
const AFTER_PENDING_TASKS = 'new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = () => ok(null); c.port2.postMessage(null); })';
const frameOf = (page: Page, name: string): Frame => page.frames().find((f) => f.url().includes(`/embed/${name}.html`))!;
const computed = async (f: Frame, widget: string) => Number(await f.getAttribute(`[data-widget="${widget}"]`, 'data-computed'));
const iframeHeight = (page: Page, id: string) => page.evaluate(`document.getElementById(${JSON.stringify(id)}).getBoundingClientRect().height`) as Promise<number>;
const bodyHeight = (f: Frame) => f.evaluate('Math.ceil(document.body.getBoundingClientRect().height)') as Promise<number>;

async function openHost() {
  const { page, seen } = await env.open(undefined, { viewport: { width: 900, height: 900 } });
  const hostRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(new URL(host.url).origin)) hostRequests.push(r.url());
  });
  page.on('console', (m) => process.env.DEBUG_EMBED && console.log(m.type(), m.text()));
  await page.goto(host.url);
  await expect.poll(() => page.frames().length, { timeout: 20_000 }).toBe(3);
  await expect.poll(() => computed(frameOf(page, 'who-gets-paid'), 'who-gets-paid'), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => computed(frameOf(page, 'stake'), 'market-stake'), { timeout: 20_000 }).toBeGreaterThan(0);
  return { page, seen, hostRequests };
}

describe('embedding a widget on another origin', () => {
  it('computes in both iframes under a strict-CSP host: the plain one in a worker, the sandboxed one on the main thread', async () => {
    const { page, seen, hostRequests } = await openHost();
    const who = frameOf(page, 'who-gets-paid');
    const stake = frameOf(page, 'stake');
    // The link's state reached each widget.
    expect(await who.textContent('[data-testid="colluder-share"]')).toContain('52.2%');
    expect(await stake.getAttribute('[data-param="trade"]', 'aria-valuetext')).toBe('500 TAO');
    expect(await who.evaluate('globalThis.__taoEngine.mode')).toBe('worker');
    expect(await stake.evaluate('globalThis.__taoEngine.mode')).toBe('main-thread');
    expect(await stake.evaluate('globalThis.origin')).toBe('null');
    // The credit line goes back to the figure's section of the article, relatively.
    expect(await stake.getAttribute('[data-testid="credit-link"]', 'href')).toBe('../index.html#stake-title');
    expect(seen.errors).toEqual([]);
    // The host served only its own page; everything else came from our origin.
    expect(hostRequests).toEqual([host.url]);
    expect(seen.foreign.filter((u) => !u.startsWith(new URL(host.url).origin))).toEqual([]);
    await page.close();
  });

  it('sizes each iframe to its figure, and follows the figure when a control changes its height', async () => {
    const { page } = await openHost();
    const who = frameOf(page, 'who-gets-paid');
    const stake = frameOf(page, 'stake');
    await expect.poll(async () => Math.abs((await iframeHeight(page, 'who')) - (await bodyHeight(who))), { timeout: 20_000 }).toBeLessThanOrEqual(1);
    await expect.poll(async () => Math.abs((await iframeHeight(page, 'stake')) - (await bodyHeight(stake))), { timeout: 20_000 }).toBeLessThanOrEqual(1);
    const before = await iframeHeight(page, 'who');
    expect(before).toBeGreaterThan(600);
    // Opening the data table makes the figure taller; the iframe follows.
    await who.click('details.data summary');
    await expect.poll(() => iframeHeight(page, 'who'), { timeout: 20_000 }).toBeGreaterThan(before + 50);
    expect(Math.abs((await iframeHeight(page, 'who')) - (await bodyHeight(who)))).toBeLessThanOrEqual(1);
    // In the sandboxed one, switching to the launch pool hides the weight slider: it gets shorter.
    const stakeBefore = await iframeHeight(page, 'stake');
    await stake.click('input[type="radio"][value="0"]');
    await expect.poll(() => iframeHeight(page, 'stake'), { timeout: 20_000 }).not.toBe(stakeBefore);
    expect(Math.abs((await iframeHeight(page, 'stake')) - (await bodyHeight(stake)))).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('ignores forged messages: the widgets do not recompute or change, the iframes keep their height', async () => {
    const { page, seen } = await openHost();
    const who = frameOf(page, 'who-gets-paid');
    const stake = frameOf(page, 'stake');
    // The baseline is the settled layout: each iframe already sized to its figure.
    await expect.poll(async () => Math.abs((await iframeHeight(page, 'who')) - (await bodyHeight(who))), { timeout: 20_000 }).toBeLessThanOrEqual(1);
    await expect.poll(async () => Math.abs((await iframeHeight(page, 'stake')) - (await bodyHeight(stake))), { timeout: 20_000 }).toBeLessThanOrEqual(1);
    // ... and each showing the complete result of its newest input.
    await settled(who, 'who-gets-paid');
    await settled(stake, 'market-stake');
    const before = {
      who: await computed(who, 'who-gets-paid'),
      stake: await computed(stake, 'market-stake'),
      share: await who.textContent('[data-testid="colluder-share"]'),
      whoUrl: who.url(),
      heights: [await iframeHeight(page, 'who'), await iframeHeight(page, 'stake')],
    };
    for (const f of [who, stake]) await f.evaluate(LISTEN_FOR_MARKER);
    await page.evaluate(LISTEN_FOR_MARKER);
    // From the host into each iframe: comlink calls, engine handshakes, resize and script-looking payloads.
    await page.evaluate(`(() => {
      const forged = [
        { type: 'ready' },
        { id: 'x', type: 'APPLY', path: ['run'], argumentList: [] },
        { id: 'y', type: 'SET', path: ['location', 'href'], value: { type: 'RAW', value: 'javascript:alert(1)' } },
        { type: 'tao-embed:resize', name: 'who-gets-paid', height: 5 },
        '<img src=x onerror=alert(1)>',
        { __proto__: { polluted: true }, type: 'state', values: { stake2: 1 } },
      ];
      for (const f of document.querySelectorAll('iframe')) for (const m of forged) f.contentWindow.postMessage(m, '*');
      // Resize messages that do not come from our iframes: from the host itself, and malformed ones.
      window.postMessage({ type: 'tao-embed:resize', name: 'who-gets-paid', height: 5 }, '*');
      window.postMessage({ type: 'tao-embed:resize', name: 'x', height: 5, extra: 1 }, '*');
      // Posted last from the same window, so each side handles it after every forged message.
      for (const f of document.querySelectorAll('iframe')) f.contentWindow.postMessage(${JSON.stringify(MARKER)}, '*');
      window.postMessage(${JSON.stringify(MARKER)}, '*');
    })()`);
    // Whatever the forged messages started has ended: each side has handled them all and its engine has
    // answered every request sent before; the host has drawn the frame after.
    for (const f of [page.mainFrame(), who, stake]) await expect.poll(() => f.evaluate('window.__markerSeen === true')).toBe(true);
    // (An iframe out of view draws no frames, so each waits for a task after its engine's answer instead.)
    for (const f of [who, stake]) {
      await f.evaluate('globalThis.__taoEngine.call((api) => api.memory())');
      await f.evaluate(AFTER_PENDING_TASKS);
    }
    await nextFrame(page);
    expect(await computed(who, 'who-gets-paid')).toBe(before.who);
    expect(await computed(stake, 'market-stake')).toBe(before.stake);
    expect(await who.textContent('[data-testid="colluder-share"]')).toBe(before.share);
    expect(who.url()).toBe(before.whoUrl);
    expect(await who.evaluate('Object.prototype.polluted')).toBeUndefined();
    expect([await iframeHeight(page, 'who'), await iframeHeight(page, 'stake')]).toEqual(before.heights);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('a crafted embed URL shows safe values with notes, and an unknown name lists the figures', async () => {
    const { page, seen } = await env.open(undefined);
    await page.goto(`${env.url}embed/stake.html?v=1&mv=99&stake.trade=%3Cscript%3Ealert(1)%3C/script%3E&stake.tao=1e308&__proto__.x=1`);
    await page.waitForSelector('[data-testid="chart-slippage"] path.curve');
    const notes = (await page.textContent('[data-testid="notices"]')) ?? '';
    expect(notes).toContain('not a valid value');
    expect(notes).toContain('out of range');
    expect(notes).toContain('model version this page does not know');
    expect(await page.$('script:not([src])')).toBeNull();
    await page.goto(`${env.url}embed.html?w=__proto__`);
    await page.waitForSelector('text=No such figure');
    expect(await page.$$eval('main li a', (as) => as.length)).toBeGreaterThanOrEqual(11);
    await page.goto(`${env.url}embed.html?w=split&v=1&mv=1&split.ownerCut=9`);
    await page.waitForSelector('[data-widget="market-split"]');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('a link from an older model version opens with a note only when the figure’s results changed since', async () => {
    // Version 2 changed the claim models and the halving: a version-1 link to "Who gets paid?" has no note, one to a claim has.
    const page = await env.browser.newPage();
    await page.goto(`${env.url}embed/who-gets-paid.html?v=1&mv=1&who.stake2=450000`);
    // The figure has read its link once it has computed its first result.
    await settled(page, 'who-gets-paid', 0);
    await nextFrame(page);
    expect((await page.textContent('[data-testid="notices"]')) ?? '').not.toContain('model version');
    await page.goto(`${env.url}embed/claim-leakage.html?v=1&mv=1&leakage.pO=1.2`);
    await settled(page, 'claim-leakage', 0);
    await expect.poll(async () => (await page.textContent('[data-testid="notices"]')) ?? '').toMatch(/made with model version 1; it is shown with version 2, whose results differ \(v2: /);
    await page.close();
  });

  it('without JavaScript, shows the figure as a picture at its defaults and a link to the article', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.url}embed/stake.html`);
    const img = page.locator('noscript img, img[alt*="default settings"]').first();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(200);
    expect(await page.getAttribute('a[href="../index.html#stake-title"]', 'href')).toBe('../index.html#stake-title');
    expect(await page.getAttribute('link[type="application/json+oembed"]', 'href')).toBe('stake.oembed.json');
    await context.close();
  });

  it('serves a valid oEmbed descriptor for every widget', async () => {
    const page = await env.browser.newPage();
    for (const name of ['who-gets-paid', 'yuma-explorer', 'stake', 'emission', 'halving', 'split', 'claim-leakage']) {
      const res = await page.goto(`${env.url}embed/${name}.oembed.json`);
      const json = JSON.parse((await res!.text()) ?? '{}');
      expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'TAO Paradox Explorer' });
      expect(json.html).toContain(`<iframe title="`);
      expect(json.html).toContain(`${name}.html`);
      expect(json.height).toBeGreaterThan(300);
    }
    await page.close();
  });
});
