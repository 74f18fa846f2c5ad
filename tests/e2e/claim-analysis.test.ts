// A claim figure as a reader uses it, embedded, on a desktop and on a 360 px phone: the analysis it
// loads on request (the plausible-worlds estimate and its histogram, the tornado, whose top bars are
// the map's axes), the map dragged and stepped with the arrow keys as a control, the verdict kept in
// view on a phone, the series on request, and a citation's note fetched when pointed at.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, settled, type Seen } from '../support/browser';

const env = useBrowser();
const CLAIM = 'leakage';
const fig = `[data-widget="claim-${CLAIM}"]`;
const pages: Page[] = [];
afterAll(() => Promise.all(pages.map((p) => p.close())));

async function openFigure(width: number, height: number): Promise<{ page: Page; seen: Seen }> {
  const opened = await env.open(`embed/claim-${CLAIM}.html`, { viewport: { width, height } });
  pages.push(opened.page);
  await settled(opened.page, `claim-${CLAIM}`);
  await opened.page.click(`${fig} [data-testid="open-analysis"]`);
  await opened.page.waitForSelector(`${fig} [data-worlds-state="done"][data-tornado-current="true"]`, { timeout: 20_000 });
  await opened.page.waitForSelector(`${fig}[data-map-state="done"]`, { timeout: 20_000 });
  return opened;
}

const sliderValue = (page: Page, id: string) => page.textContent(`${fig} [data-testid="value-${id}"]`);

async function readWorlds(page: Page) {
  const el = page.locator(`${fig} [data-testid="worlds"]`);
  return { text: (await el.textContent())!, share: Number(await el.getAttribute('data-share')), n: Number(await el.getAttribute('data-n')) };
}

for (const [label, width, height] of [['desktop', 1280, 1000], ['a 360 px phone', 360, 740]] as const) {
  describe(`a claim figure on ${label}`, () => {
    let page: Page;
    let seen: Seen;

    it('says how likely the claim holds across 4,096 plausible worlds, with its interval and a histogram', async () => {
      ({ page, seen } = await openFigure(width, height));
      const w = await readWorlds(page);
      expect(w.n).toBe(4096);
      expect(w.text).toMatch(/^Holds in \d+(\.\d)?% of plausible worlds \(±\d+(\.\d)?%, 95% interval, 4,096 worlds\)\.$/);
      expect(w.share).toBeGreaterThan(0);
      expect(w.share).toBeLessThan(1);
      expect(await page.textContent(`${fig} [data-testid="verdict-worlds"]`)).toContain(`${Math.round(w.share * 100)}%`);
      expect(await page.locator(`${fig} [data-testid="worlds-histogram"] rect.holds`).count()).toBeGreaterThan(0);
      expect(await page.locator(`${fig} [data-testid="worlds-histogram"] rect.breaks`).count()).toBeGreaterThan(0);
    });

    it('draws what decides the verdict, the most decisive first, and maps those two by default', async () => {
      const bars = page.locator(`${fig} [data-testid="tornado"] li[data-param]`);
      expect(await bars.count()).toBeGreaterThanOrEqual(4);
      const first = await bars.nth(0).getAttribute('data-param');
      const second = await bars.nth(1).getAttribute('data-param');
      expect(await page.inputValue(`${fig} [data-testid="axis-a"]`)).toBe(first);
      expect(await page.inputValue(`${fig} [data-testid="axis-b"]`)).toBe(second);
      // The decisive controls come first, in the tornado's order.
      const shown = await page.$$eval(`${fig} .controls > .param input[data-param]`, (els) => els.map((e) => e.getAttribute('data-param')));
      expect(shown.slice(0, 2)).toEqual([first, second]);
      // Some bar crosses zero at the defaults, and names the value where the verdict flips.
      const flips = await page.$$eval(`${fig} [data-testid="tornado"] li[data-param]`, (els) => els.map((e) => e.getAttribute('data-flip')).filter(Boolean));
      expect(flips.length).toBeGreaterThan(0);
      expect(seen.errors).toEqual([]);
    });

    it('is a control: dragging the map sets both parameters, the marker and the tornado follow', async () => {
      const a = await page.inputValue(`${fig} [data-testid="axis-a"]`);
      const b = await page.inputValue(`${fig} [data-testid="axis-b"]`);
      const before = [await sliderValue(page, a), await sliderValue(page, b)];
      const marker = await page.getAttribute(`${fig} g.marker`, 'transform');
      const tornados = Number(await page.getAttribute(`${fig} .sensitivity`, 'data-tornado'));
      const computed = Number(await page.getAttribute(fig, 'data-computed'));
      const hit = page.locator(`${fig} rect.hit`);
      await hit.scrollIntoViewIfNeeded();
      const box = (await hit.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.9);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 4 });
      await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.15, { steps: 4 });
      await page.mouse.up();
      await settled(page, `claim-${CLAIM}`, computed);
      expect([await sliderValue(page, a), await sliderValue(page, b)]).not.toEqual(before);
      expect(await page.getAttribute(`${fig} g.marker`, 'transform')).not.toBe(marker);
      expect(await page.textContent(`${fig} [data-testid="map-readout"]`)).toMatch(/: the claim (holds|breaks) \(margin [+-]?\d/);
      await expect.poll(async () => Number(await page.getAttribute(`${fig} .sensitivity`, 'data-tornado'))).toBeGreaterThan(tornados);
      await page.waitForSelector(`${fig} [data-tornado-current="true"]`);
      // The slider whose value left the sourced one says so.
      expect(await page.locator(`${fig} [data-testid="moved-${a}"]`).count()).toBe(1);
    });

    it('steps across the map with the arrow keys', async () => {
      const a = await page.inputValue(`${fig} [data-testid="axis-a"]`);
      const before = await sliderValue(page, a);
      const computed = Number(await page.getAttribute(fig, 'data-computed'));
      await page.focus(`${fig} [data-testid="map-control"]`);
      for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowLeft');
      await settled(page, `claim-${CLAIM}`, computed);
      expect(await sliderValue(page, a)).not.toBe(before);
      expect(await page.textContent(`${fig} [data-testid="map-readout"]`)).toMatch(/the claim (holds|breaks)/);
    });

    it('shows the model’s series on request, and a citation’s note when pointed at', async () => {
      await page.click(`${fig} [data-testid="open-series"]`);
      await page.waitForSelector(`${fig} figure.chart svg path`);
      expect(await page.locator(`${fig} [data-testid="open-series"]`).count()).toBe(0);
      // The embed's first load carries each citation's label; the note arrives when the reader points at it.
      const cite = page.locator(`${fig} .controls .cite a, ${fig} .controls .cite span`).first();
      const label = (await cite.textContent())!.trim();
      await cite.hover();
      await expect.poll(() => cite.getAttribute('title')).not.toBe(label);
      expect((await cite.getAttribute('title'))!.length).toBeGreaterThan(label.length);
    });

    if (width === 360) {
      it('keeps the verdict in view while the reader works the controls, and nothing overflows', async () => {
        const sticky = page.locator(`${fig} [data-testid="sticky-verdict"]`);
        await page.locator(`${fig} .controls`).scrollIntoViewIfNeeded();
        const box = (await sticky.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThan(height / 3);
        const holds = await page.getAttribute(`${fig} [data-testid="verdict"]`, 'data-holds');
        expect(await sticky.textContent()).toContain(holds === 'true' ? 'Holds' : 'Breaks');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await page.screenshot({ path: 'test-results/claim-phone.png' });
      });
    } else {
      it('looks right on a desktop', async () => {
        await page.locator(`${fig} .sensitivity`).scrollIntoViewIfNeeded();
        await page.screenshot({ path: 'test-results/claim-desktop.png', fullPage: true });
        expect(seen.foreign).toEqual([]);
      });
    }
  });
}
