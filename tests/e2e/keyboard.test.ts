// The article with the keyboard alone: Tab walks every control in document order to the end of the
// page and on out (no trap), each focused control shows a focus ring, and sliders answer the keys of
// the WAI-ARIA slider pattern (arrows, PageUp/PageDown, Home/End).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from '../support/browser';

const env = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
});

/** What the focused element is, where it sits in the document, and whether a focus ring shows. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const prev = window.__prevFocus;
  const after = !prev || !prev.isConnected || Boolean(prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const same = prev === el;
  window.__firstFocus ??= el;
  const wrapped = Boolean(prev) && el === window.__firstFocus;
  window.__prevFocus = el;
  const s = getComputedStyle(el);
  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
  return {
    after,
    same,
    wrapped,
    section: el.closest('section')?.id ?? '',
    tag: el.tagName.toLowerCase(),
    role: el.getAttribute('role') ?? (el.getAttribute('type') ?? ''),
    name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
    ring: Boolean(ring),
    slider: el.getAttribute('role') === 'slider' || (el.tagName === 'INPUT' && el.getAttribute('type') === 'range'),
  };
})()`;

interface Focused { after: boolean; same: boolean; wrapped: boolean; section: string; tag: string; role: string; name: string; ring: boolean; slider: boolean }

describe('keyboard only', () => {
  it('Tab reaches every control in document order, each with a visible focus ring, and leaves the page', async () => {
    const seen = watch(page, env.origin);
    await page.goto(env.url);
    expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count()).toBe(0);
    const walk: Focused[] = [];
    let onBody = 0;
    for (let k = 0; k < 3000; k++) {
      await page.keyboard.press('Tab');
      // A figure not loaded yet is one stop ("Loading the figure…") that loads it and moves into it,
      // once its controls are there (data-entering until then).
      await page.waitForFunction(() => !document.activeElement?.classList.contains('loading') && !document.querySelector('[data-entering]'), undefined, { timeout: 20_000 });
      const f = (await page.evaluate(FOCUSED)) as Focused | null;
      // Focus on the body: a figure without controls just loaded in place of its placeholder (Tab goes
      // on from there), or focus left the page after its last control. Twice in a row, or back at the
      // first stop, means the page is done: no trap.
      if (!f) {
        if (++onBody === 2) break;
        continue;
      }
      onBody = 0;
      if (f.wrapped) break;
      if (f.same) throw new Error(`focus stuck on ${f.tag} "${f.name}"`);
      walk.push(f);
    }
    expect(walk.length).toBeGreaterThan(100);
    expect(walk.length).toBeLessThan(3000);
    // Every section with controls was visited, through to the last one.
    const sections = new Set(walk.map((f) => f.section));
    for (const id of ['landscape', 'competitors', 'who-gets-paid', 'yuma-explorer', 'market', 'leakage', 'routing', 'allies', 'linux-cloud', 'counter', 'method']) expect(sections, id).toContain(id);
    expect(walk[walk.length - 1].section).toBe('method');
    // Document order: each stop comes after the one before it (compared as nodes, since figures load meanwhile).
    const backwards = walk.filter((f) => !f.after);
    expect(backwards.map((f) => `${f.tag} "${f.name}"`)).toEqual([]);
    expect(walk.filter((f) => !f.ring).map((f) => `${f.tag}[${f.role}] "${f.name}"`)).toEqual([]);
    // The walk passed through every section's controls: the live number, claim sliders, the toolbar.
    expect(walk.some((f) => f.tag === 'span' && f.slider)).toBe(true);
    expect(walk.filter((f) => f.slider).length).toBeGreaterThan(40);
    expect(walk.filter((f) => f.name === 'Share').length).toBeGreaterThanOrEqual(10);
    expect(seen.errors).toEqual([]);
  }, 300_000);

  it('every kind of slider answers arrows, PageUp/PageDown and Home/End', async () => {
    await page.goto(env.url);
    const sliders: [string, string][] = [
      ['#who-gets-paid-caption', '[data-live="stake2"]'], // the live number in the prose
      ['#split-title', '[data-widget="market-split"] [data-param="ownerCut"]'],
      // The claim's most decisive control, shown first (the rest sit under "more assumptions").
      ['#claim-leakage-title', '[data-widget="claim-leakage"] .controls > .param input[type="range"]'],
    ];
    for (const [near, sel] of sliders) {
      await page.locator(near).scrollIntoViewIfNeeded();
      await page.waitForSelector(sel, { timeout: 20_000 });
      const el = page.locator(sel).first();
      await el.focus();
      const now = async () => Number((await el.getAttribute('aria-valuenow')) ?? (await el.inputValue()));
      const min = Number(await el.getAttribute('aria-valuemin') ?? await el.getAttribute('min'));
      const max = Number(await el.getAttribute('aria-valuemax') ?? await el.getAttribute('max'));
      await page.keyboard.press('Home');
      await expect.poll(now, { message: `${sel} Home` }).toBeCloseTo(min, 6);
      await page.keyboard.press('ArrowRight');
      const one = await now();
      expect(one, `${sel} ArrowRight`).toBeGreaterThan(min);
      await page.keyboard.press('PageUp');
      await expect.poll(now, { message: `${sel} PageUp` }).toBeGreaterThan(one);
      const up = await now();
      await page.keyboard.press('PageDown');
      await expect.poll(now, { message: `${sel} PageDown` }).toBeLessThan(up);
      await page.keyboard.press('End');
      await expect.poll(now, { message: `${sel} End` }).toBeCloseTo(max, 6);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(now, { message: `${sel} ArrowLeft` }).toBeLessThan(max);
    }
  }, 120_000);
});
