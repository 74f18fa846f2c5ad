// The article read by scrolling, on a desktop and a phone: every section's pinned figure reaches each
// of its steps, claim stories show the model's verdict for the step's settings (the chip in the text
// and the figure agree), nothing logs an error, and each step is photographed for review.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { nextFrame, useBrowser, watch } from '../support/browser';

const env = useBrowser();
const SHOTS = 'test-results/scroll';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});

/** Expected verdict at each step of each claim story; the step texts say these in words. */
const HOLDS: Record<string, boolean[]> = {
  'weight-rent': [true, true, false, false],
  leakage: [true, false, false, false, false],
  routing: [false, false, true, false],
  'three-networks': [false, true, false, false, true],
  coordination: [false, false, true, false],
};

/** The claim each section's story tells (the others tell the competitors and the collusion story). */
const CLAIM_OF: Record<string, string> = {
  landscape: 'weight-rent',
  leakage: 'leakage',
  routing: 'routing',
  allies: 'three-networks',
  'linux-cloud': 'coordination',
};

async function scrollThrough(page: Page, label: string, shoot: 'every-step' | 'first-step') {
  const seen = watch(page, env.origin);
  await page.goto(env.url);
  const scrollies = page.locator('.scrolly');
  const count = await scrollies.count();
  expect(count).toBe(10); // competitors, who gets paid, the emission eras, five claim stories, what breaks each claim, method
  const visited: string[] = [];
  for (let s = 0; s < count; s++) {
    const scrolly = scrollies.nth(s);
    const name = (await scrolly.getAttribute('aria-label'))!;
    const section = await scrolly.evaluate((el) => el.closest('section')!.id);
    const steps = scrolly.locator('li.step');
    const n = await steps.count();
    expect(n, name).toBeGreaterThanOrEqual(4);
    for (let k = 0; k < n; k++) {
      await steps.nth(k).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect.poll(() => scrolly.getAttribute('data-active-step'), { message: `${name} step ${k}` }).toBe(String(k));
      const claim = CLAIM_OF[section];
      if (claim) {
        const story = scrolly.locator(`.pin [data-widget="story-${claim}"]`);
        const chip = steps.nth(k).locator('.verdict-chip');
        const preset = await chip.getAttribute('data-preset');
        await expect.poll(async () => ((await story.count()) ? story.getAttribute('data-preset') : null), { message: `${claim} step ${k}`, timeout: 20_000 }).toBe(preset);
        await expect.poll(() => chip.getAttribute('data-holds'), { timeout: 20_000 }).toBe(String(HOLDS[claim][k]));
        await expect
          .poll(() => story.locator('[data-testid="story-verdict"]').getAttribute('data-holds', { timeout: 20_000 }), { timeout: 20_000 })
          .toBe(String(HOLDS[claim][k]));
      } else if (section === 'competitors') {
        const ids = ['sentient', 'ambient', 'nous', 'labs'];
        await expect.poll(() => scrolly.locator('[data-widget="competitors-map"]').getAttribute('data-active')).toBe(ids[k]);
      } else if (section === 'counter') {
        // The step's claim is the open row, and every chip in the step's text agrees with the figure's cell.
        const claims = ['weight-rent', 'leakage', 'three-networks', 'routing', 'coordination'];
        const map = scrolly.locator('[data-widget="break-map"]');
        await expect.poll(async () => ((await map.count()) ? map.getAttribute('data-active') : null), { timeout: 20_000 }).toBe(claims[k] ?? 'all');
        await expect.poll(async () => Number(await map.getAttribute('data-computed')), { timeout: 20_000 }).toBe(Number(await map.getAttribute('data-total')));
        const chips = steps.nth(k).locator('.verdict-chip');
        const n = await chips.count();
        if (k < claims.length) expect(n, `counter step ${k}`).toBeGreaterThanOrEqual(2);
        for (let j = 0; j < n; j++) {
          const chip = chips.nth(j);
          const [claim, preset] = [await chip.getAttribute('data-claim'), await chip.getAttribute('data-preset')];
          await expect.poll(() => chip.getAttribute('data-holds'), { timeout: 20_000 }).toMatch(/^(true|false)$/);
          const cell = map.locator(`li.case[data-claim="${claim}"][data-preset="${preset}"]`);
          expect(await cell.getAttribute('data-holds'), `${claim} ${preset}`).toBe(await chip.getAttribute('data-holds'));
        }
      } else if (section === 'method') {
        // The step's stage is the figure's; by the check's stage every shipped vector scenario has matched.
        const figure = scrolly.locator('[data-widget="method-figure"]');
        await expect.poll(async () => ((await figure.count()) ? figure.getAttribute('data-stage') : null), { timeout: 20_000 }).toBe(String(k));
        if (k === 2) {
          await expect.poll(() => figure.getAttribute('data-all-match'), { timeout: 20_000 }).toBe('true');
          expect(Number(await figure.getAttribute('data-checked'))).toBeGreaterThanOrEqual(15);
          expect(await figure.locator('[data-testid="check-summary"]').textContent()).toMatch(/All [\d,]+ stored integers match, bit for bit/);
        }
      } else if (section === 'market') {
        const figure = scrolly.locator('[data-widget="story-emission"]');
        await expect.poll(async () => ((await figure.count()) ? figure.getAttribute('data-result-era') : null), { timeout: 20_000 }).toBe(String(k));
        expect(await figure.locator('[data-testid="story-emission-text"]').textContent()).toMatch(/whale’s 2,000 TAO into SN5/);
      } else {
        const figure = scrolly.locator('[data-widget="who-story"]');
        await expect.poll(async () => ((await figure.count()) ? Number(await figure.getAttribute('data-computed')) : 0), { timeout: 20_000 }).toBeGreaterThan(0);
      }
      if (shoot === 'every-step' || k === 0) {
        // Transitions finish at once for the picture; it shows the frame the reader would see.
        await nextFrame(page);
        await page.screenshot({ path: `${SHOTS}/${label}-${section}-${k}.png`, animations: 'disabled' });
      }
      visited.push(`${section}:${k}`);
    }
  }
  expect(new Set(visited.map((v) => v.split(':')[0]))).toEqual(
    new Set(['landscape', 'competitors', 'who-gets-paid', 'market', 'leakage', 'routing', 'allies', 'linux-cloud', 'counter', 'method']),
  );
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
}

describe('the article, scrolled', () => {
  it('desktop: every section’s figure reaches every step, with the verdicts its text states', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await scrollThrough(page, 'desktop', 'every-step');
    await page.close();
  }, 240_000);

  it('phone (360 px): the same, with no horizontal scroll', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await scrollThrough(page, 'phone', 'first-step');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  }, 240_000);
});
