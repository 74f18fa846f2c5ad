// Screenshot of the Yuma explorer section: tsx scripts/screenshot-explorer.mts [PRESET] [OUT.png] [WIDTH]
import { launch } from './chromium';
import { serveDist } from './serve';

const [preset = '', out = '/tmp/explorer.png', width = '1200'] = process.argv.slice(2);
const [browser, site] = await Promise.all([launch(), serveDist()]);
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(site.url);
  await page.locator('#yuma-explorer').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-testid="ex-incentive"] rect.bar', { timeout: 15_000 });
  if (preset) await page.selectOption('[data-testid="preset"]', preset);
  await page.check('[data-testid="chain-exact"]');
  await page.waitForSelector('[data-testid="exact-panel"]');
  await page.waitForTimeout(400);
  await (await page.$('#yuma-explorer'))!.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await site.close();
}
