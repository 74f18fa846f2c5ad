// The method section's check of the core against the golden vectors, in the browser: it passes on the
// shipped file, names a changed integer, and says so when the file cannot be fetched or is not a file
// of scenarios.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser, type Seen } from '../support/browser';
import type { CheckFile } from '../../src/models/yuma-check';

const env = useBrowser();
const shipped: CheckFile = JSON.parse(readFileSync(new URL('../../src/content/yuma-check.json', import.meta.url), 'utf8'));

const FIGURE = '[data-widget="method-figure"]';
const CHECK_FILE = /yuma-check[^/]*\.json$/;

/** Opens the article at the method section's check step, optionally answering the check file's request. */
async function openCheck(answer?: { status: number; body: string }): Promise<{ page: Page; seen: Seen }> {
  const { page, seen } = await env.open(undefined, { viewport: { width: 1280, height: 900 } });
  if (answer) await page.route(CHECK_FILE, (r) => r.fulfill({ status: answer.status, contentType: 'application/json', body: answer.body }));
  await page.goto(env.url);
  await page.locator('#method li.step').nth(2).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect.poll(() => page.locator(FIGURE).getAttribute('data-stage'), { timeout: 20_000 }).toBe('2');
  return { page, seen };
}
const summary = (page: Page) => page.locator(`${FIGURE} [data-testid="check-summary"]`).textContent();

describe('the method section’s vector check', () => {
  it('matches every stored integer of the shipped scenarios, one mark per scenario', async () => {
    const { page, seen } = await openCheck();
    await expect.poll(() => page.locator(FIGURE).getAttribute('data-all-match'), { timeout: 20_000 }).toBe('true');
    const integers = shipped.scenarios.reduce((n, sc) => n + sc.epochs.reduce((m, e) => m + Object.values(e.expect).flat(2).length, 0), 0);
    expect(await summary(page)).toContain(`All ${integers.toLocaleString('en-US')} stored integers match, bit for bit`);
    expect(await page.locator(`${FIGURE} .grid li.ok`).count()).toBe(shipped.scenarios.length);
    await page.click(`${FIGURE} details.data summary`);
    expect(await page.locator(`${FIGURE} details.data tbody tr`).count()).toBe(shipped.scenarios.length);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await page.close();
  });

  it('names a stored integer changed by one: that scenario is marked and the count says so', async () => {
    const tampered = structuredClone(shipped);
    const sc = tampered.scenarios[3];
    const dividends = sc.epochs[1].expect.dividends_u16 as number[];
    dividends[dividends.findIndex((v) => v > 0)] += 1;
    const { page } = await openCheck({ status: 200, body: JSON.stringify(tampered) });
    await expect.poll(() => page.getAttribute(FIGURE, 'data-checked'), { timeout: 20_000 }).toBe(String(tampered.scenarios.length));
    expect(await summary(page)).toMatch(/^\s*1 of [\d,]+ stored integers differ\./);
    expect(await page.getAttribute(FIGURE, 'data-all-match')).toBe('false');
    const bad = page.locator(`${FIGURE} .grid li.bad`);
    expect(await bad.count()).toBe(1);
    expect(await bad.getAttribute('data-scenario')).toBe(sc.id);
    await page.close();
  });

  it('says why when the file is missing or is not a file of scenarios, and the page goes on', async () => {
    for (const [answer, why] of [
      [{ status: 404, body: 'gone' }, 'the server answered 404'],
      [{ status: 200, body: '{"scenarios": []}' }, 'the file holds no scenarios'],
      [{ status: 200, body: '<html>not json' }, 'The check could not run'],
    ] as const) {
      const { page, seen } = await openCheck(answer);
      await expect.poll(() => summary(page), { timeout: 20_000 }).toContain(why);
      // The browser logs the 404 itself; the page adds no error of its own.
      expect(seen.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
      // The rest of the article still answers: the next step moves the figure on.
      await page.locator('#method li.step').nth(3).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect.poll(() => page.locator(FIGURE).getAttribute('data-stage')).toBe('3');
      await page.close();
    }
  });
});
