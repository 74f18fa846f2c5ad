// Debian's Chromium driven by playwright-core, with the flags this project's machines need.
import { chromium, type Browser, type Page, type ConsoleMessage } from 'playwright-core';
import { serve, type Served } from '../../scripts/serve';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Serves the built site (dist/, or DIST_DIR when a parallel build writes elsewhere) under a sub-path. */
export function serveDist(port = 0): Promise<Served> {
  return serve(process.env.DIST_DIR ?? 'dist', '/sub/app/', port);
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

/** Waits until the widget has drawn at least `after` results. */
export async function computedCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-widget="who-gets-paid"]', 'data-computed'));
}

/** Scrolls to the "Who gets paid?" figure (it loads as it nears the viewport) and waits for its chart. */
export async function showWho(page: Page): Promise<void> {
  await page.locator('#who-gets-paid-caption').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-testid="chart-incentive"] text.value');
}
