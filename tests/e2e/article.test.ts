// The article page as a page: metadata and its social image, the dark-mode toggle, reduced motion, print.
import { describe, expect, it } from 'vitest';

import { useBrowser, showWho } from '../support/browser';

const env = useBrowser();
describe('the article page', () => {
  it('has a title, a description and a real 1200 × 630 social image', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    expect(await page.title()).toMatch(/Vampirism Paradox/);
    expect((await page.getAttribute('meta[name="description"]', 'content'))!.length).toBeGreaterThan(80);
    const image = await page.getAttribute('meta[property="og:image"]', 'content');
    const res = await page.request.get(new URL(image!, env.url).href);
    expect(res.status()).toBe(200);
    const png = await res.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    await page.close();
  });

  it('paints the title and first paragraph before any script runs', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.url);
    expect(await page.textContent('h1')).toContain('Vampirism Paradox');
    expect((await page.textContent('.dek'))!.length).toBeGreaterThan(60);
    await context.close();
  });

  it('follows the system theme and keeps the reader’s choice across a reload', async () => {
    const { page, seen } = await env.open(undefined, { colorScheme: 'light' });
    await page.goto(env.url);
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await bg();
    await page.click('[data-testid="theme-toggle"]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('[data-testid="theme-toggle"]', 'aria-pressed')).toBe('true');
    const dark = await bg();
    expect(dark).not.toBe(light);
    await page.reload();
    await page.waitForSelector('[data-testid="theme-toggle"]');
    expect(await bg()).toBe(dark);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('stops every animation and transition when the reader prefers reduced motion', async () => {
    const page = await env.browser.newPage({ reducedMotion: 'reduce' });
    await page.goto(env.url);
    await showWho(page);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        return (s.animationName !== 'none' && s.animationDuration !== '0s') || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      }).length,
    );
    expect(moving).toBe(0);
    await page.close();
  });

  it('prints: controls that make no sense on paper are hidden, every figure loads, and a PDF renders', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.url);
    await showWho(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid="theme-toggle"]')).toBe(false);
    expect(await page.isVisible('[data-testid="chart-incentive"]')).toBe(true);
    // Figures the reader never scrolled to load when printing starts, so paper shows every one.
    expect(await page.locator('text=Loading the figure…').count()).toBeGreaterThan(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.locator('text=Loading the figure…').count(), { timeout: 20_000 }).toBe(0);
    await page.waitForSelector('[data-widget="claim-coordination"] [data-testid="verdict"]', { timeout: 20_000 });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.close();
  });
});
