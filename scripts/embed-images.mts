// Renders static/embed/<name>.png for every widget: the embed page at the figure's defaults, 640 px
// wide, without its toolbar. Embed pages show it to readers without JavaScript; oEmbed names it as
// the thumbnail. Kept small: 1x, 640 px wide, 48 colours (scripts/png8.ts). Run after a build: DIST_DIR=dist npx tsx scripts/embed-images.mts
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from './chromium';
import { serveDist } from './serve';
import { WIDGETS } from '../src/embed/widgets';
import { decodePng, encodePng8 } from './png8';

mkdirSync('static/embed', { recursive: true });
const [browser, site] = await Promise.all([launch(), serveDist()]);
try {
  const page = await browser.newPage({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
  for (const w of WIDGETS) {
    await page.goto(`${site.url}embed/${w.name}.html`);
    await page.waitForFunction(() => Number(document.querySelector('[data-computed]')?.getAttribute('data-computed')) > 0, null, { timeout: 30_000 });
    if (w.name.startsWith('claim-')) await page.waitForSelector('[data-map-state="done"]', { timeout: 60_000 });
    await page.addStyleTag({ content: '.figure-tools,.notices{display:none!important}' });
    await page.waitForTimeout(400);
    const path = `static/embed/${w.name}.png`;
    const shot = await page.locator('.embed-figure').screenshot();
    const { width, height, rgba } = decodePng(shot);
    writeFileSync(path, encodePng8(rgba, width, height));
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
  await site.close();
}
