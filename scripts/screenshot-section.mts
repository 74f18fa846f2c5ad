// Screenshot of one element of the built article once its figure has computed:
// tsx scripts/screenshot-section.mts SELECTOR READY_SELECTOR [OUT.png] [WIDTH] [QUERY] [light|dark]
import { launch } from './chromium';
import { serveDist } from './serve';

const [selector, ready, out = '/tmp/section.png', width = '1200', query = '', scheme = 'light'] = process.argv.slice(2);
const [browser, site] = await Promise.all([launch(), serveDist()]);
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(site.url + query);
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForSelector(ready, { timeout: 20_000 });
  await page.waitForTimeout(1500);
  await (await page.$(selector))!.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await site.close();
}
