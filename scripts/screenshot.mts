// Takes a full-page screenshot of the built article: tsx scripts/screenshot.mts [QUERY] [WIDTH] [light|dark] [OUT.png]
import { launch } from './chromium';
import { serveDist } from './serve';

const [query = '', width = '1200', scheme = 'light', out = 'docs/screenshot.png'] = process.argv.slice(2);
const [browser, site] = await Promise.all([launch(), serveDist()]);
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
  await page.goto(site.url + query);
  await page.waitForSelector('[data-testid="chart-incentive"] text.value');
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await site.close();
}
