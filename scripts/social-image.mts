// Renders static/social.png (1200 × 630): the "Who gets paid?" figure with the colluder past half.
import { launch } from './chromium';
import { serveDist } from './serve';

const [browser, site] = await Promise.all([launch(), serveDist()]);
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.goto(`${site.url}?who.stake2=600000`);
  await page.waitForSelector('[data-testid="chart-incentive"] text.value');
  await page.addStyleTag({ content: '.notices{display:none} .figure{margin:0} body{overflow:hidden}' });
  await page.evaluate(`window.scrollTo(0, document.querySelector('#who-gets-paid .figure').getBoundingClientRect().top + window.scrollY - 20)`);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'static/social.png', clip: { x: 0, y: 0, width: 1200, height: 630 } });
  console.log('wrote static/social.png');
} finally {
  await browser.close();
  await site.close();
}
