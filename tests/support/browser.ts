// The one browser-test harness: Debian's Chromium driven by playwright-core with the flags this
// project's machines need, the built site served under a sub-path, and page helpers. A test file calls
// useBrowser() once at its top; it launches the browser and the server before the file's tests and
// closes both after them.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page, ConsoleMessage, Frame } from 'playwright-core';
import { launch } from '../../scripts/chromium';
import { serveDist, type Served } from '../../scripts/serve';

export { DIST, serveDist } from '../../scripts/serve';

/** Where a failed browser test leaves its pages' screenshots. */
const FAILURES = 'test-results/failures';

export type Seen = ReturnType<typeof watch>;

export interface Harness {
  readonly browser: Browser;
  readonly site: Served;
  /** The article's URL (the site's sub-path, with a trailing slash). */
  readonly url: string;
  readonly origin: string;
  /** A new page (in its own context), watched for errors and foreign requests, at `path` under the site when given. */
  open(path?: string, options?: BrowserContextOptions): Promise<{ page: Page; seen: Seen }>;
}

/** Registers the file's browser and server; their handles are valid inside tests and hooks. */
export function useBrowser(options: { cacheAssets?: boolean } = {}): Harness {
  let browser: Browser | undefined;
  let site: Served | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launch(), serveDist(0, options)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  // A failed test leaves a picture of each page still open, to see what the reader would have seen.
  beforeEach((ctx) => {
    ctx.onTestFailed(async () => {
      const pages = browser?.contexts().flatMap((c) => c.pages()) ?? [];
      const name = ctx.task.name.replace(/[^\w]+/g, '-').slice(0, 80);
      mkdirSync(FAILURES, { recursive: true });
      for (const [k, page] of pages.entries()) {
        const path = `${FAILURES}/${name}-${k}.png`;
        await page.screenshot({ path }).then(() => console.log(`failed test's page: ${path} (${page.url().slice(0, 120)})`), () => {});
      }
    });
  });
  const harness: Harness = {
    get browser() {
      if (!browser) throw new Error('useBrowser(): the browser is only there inside tests and hooks');
      return browser;
    },
    get site() {
      if (!site) throw new Error('useBrowser(): the site is only there inside tests and hooks');
      return site;
    },
    get url() {
      return harness.site.url;
    },
    get origin() {
      return new URL(harness.site.url).origin;
    },
    async open(path, contextOptions) {
      const page = await harness.browser.newPage(contextOptions);
      const seen = watch(page, harness.origin);
      if (path !== undefined) await page.goto(harness.url + path);
      return { page, seen };
    },
  };
  return harness;
}

/** Collects what a test must assert never happened: console errors, page errors, foreign requests. */
export function watch(page: Page, origin: string) {
  const errors: string[] = [];
  const infos: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
    else infos.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  return { errors, infos, foreign };
}

/** Scrolls to the "Who gets paid?" figure (it loads as it nears the viewport) and waits for its chart. */
export async function showWho(page: Page): Promise<void> {
  await page.locator('#who-gets-paid-caption').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-testid="chart-incentive"] text.value');
}

/** Waits until the widget shows the complete result of its newest input (its data-current attribute),
 *  and, when `after` is given, until it has drawn more than `after` complete results. */
export async function settled(where: Page | Frame, widget: string, after?: number, timeout = 20_000): Promise<void> {
  const sel = `[data-widget="${widget}"]`;
  if (after !== undefined) await expect.poll(async () => Number(await where.getAttribute(sel, 'data-computed')), { timeout }).toBeGreaterThan(after);
  await expect.poll(() => where.getAttribute(sel, 'data-current'), { timeout }).toBe('true');
}

/** Resolves once the page has drawn its next frame (what the reader sees now is on screen). */
export const nextFrame = (page: Page | Frame): Promise<unknown> => page.evaluate('new Promise((ok) => requestAnimationFrame(() => ok(null)))');

/** Brings every lazily loaded figure near the viewport, one placeholder at a time, until none is left
 *  (a figure may hold placeholders of its own), then waits until every figure has computed and shows
 *  its newest result. Ends scrolled to the page's end. */
export async function loadEverything(page: Page, timeout = 30_000): Promise<void> {
  for (let next = await page.$('button.loading'); next; next = await page.$('button.loading')) {
    // It may already have loaded with a figure near it: then this scrolls nothing.
    await next.evaluate((el) => el.isConnected && el.scrollIntoView({ block: 'center' }));
    await page.waitForFunction((el) => !el.isConnected, next, { timeout });
  }
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  const count = (sel: string) => page.locator(sel).count();
  await expect.poll(() => count('[data-widget][data-computed="0"]'), { timeout }).toBe(0);
  await expect.poll(() => count('[data-widget][data-current="false"]'), { timeout }).toBe(0);
  await nextFrame(page);
}
