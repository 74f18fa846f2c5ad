// `npm run audit`: Lighthouse 12.2.3 (runs on Node 20) with Debian's Chromium on the built site.
// Builds nothing: it serves dist/ (or DIST_DIR) under a sub-path from this process, with an async
// server, and runs Lighthouse's CLI as an async child (a spawnSync would block that server, see
// shared/notes/toolchain.md pitfall 11). Audits the article (index.html) and, when the build has
// one, an embed page (embed.html?w=stake). Prints the four scores per page and exits non-zero
// unless accessibility, best practices and SEO are all 100; performance is reported, not gated.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';

export const CHROME_PATH = process.env.CHROME_PATH ?? CHROMIUM;
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Categories that must score 100; performance depends on the machine and is only reported. */
export const GATED = ['accessibility', 'best-practices', 'seo'];

const LIGHTHOUSE_CLI = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));

/** The pages to audit, relative to the served root: the article always, a market and a claim embed when the build has them. */
export function pagesIn(dist) {
  const pages = ['index.html'];
  if (existsSync(join(dist, 'embed.html'))) pages.push('embed.html?w=stake', 'embed.html?w=claim-routing');
  return pages;
}

function runLighthouse(url, outputPath) {
  return new Promise((ok, fail) => {
    const args = [
      LIGHTHOUSE_CLI, url,
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json', `--output-path=${outputPath}`, '--quiet',
    ];
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`lighthouse exited ${code} on ${url}\n${stderr.slice(-2000)}`))));
  });
}

/** The audits of a category that did not fully pass, with the elements they name. */
function failingAudits(lhr, category) {
  const out = [];
  for (const ref of lhr.categories[category].auditRefs) {
    const a = lhr.audits[ref.id];
    if (ref.weight === 0 || a.score === null || a.score === 1) continue;
    const items = (a.details?.items ?? []).slice(0, 5).map((it) => it.node?.snippet ?? it.source?.snippet ?? it.node?.selector ?? it.url ?? it.source?.url ?? it.description ?? JSON.stringify(it).slice(0, 160));
    out.push({ id: a.id, title: a.title, score: a.score, items });
  }
  return out;
}

/** Audits each page (relative to the served root) of `dist`; returns per page its four scores (0–100) and what failed.
 *  @param {{ dist?: string, pages?: string[] }} [options] */
export async function audit({ dist = process.env.DIST_DIR ?? 'dist', pages } = {}) {
  const root = resolve(dist);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`audit: no ${join(root, 'index.html')}; build first (npm run build) or set DIST_DIR`);
  if (!existsSync(CHROME_PATH)) throw new Error(`audit: no Chromium at ${CHROME_PATH}; apt-get install -y chromium`);
  const list = pages ?? pagesIn(root);
  const served = await serve(root, '/sub/app/');
  const dir = await mkdtemp(join(tmpdir(), 'audit-'));
  const results = [];
  try {
    for (const page of list) {
      const url = served.url + page;
      const file = join(dir, `${results.length}.json`);
      await runLighthouse(url, file);
      const lhr = JSON.parse(await readFile(file, 'utf8'));
      if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(100 * (lhr.categories[c]?.score ?? 0))]));
      const failing = Object.fromEntries(CATEGORIES.map((c) => [c, failingAudits(lhr, c)]));
      results.push({ page, url, scores, failing });
    }
  } finally {
    await served.close();
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}

/** True when every gated category of every page scored 100. */
export const passes = (results) => results.every((r) => GATED.every((c) => r.scores[c] === 100));

/** One report: a line of scores per page, then every audit that cost a gated point. */
export function report(results) {
  const lines = [];
  for (const r of results) {
    lines.push(`${r.page}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}`);
    for (const c of CATEGORIES) {
      for (const f of r.failing[c]) {
        lines.push(`  ${c === 'performance' ? '(perf)' : 'FAIL'} ${c} · ${f.id} (${f.title}), score ${f.score}${f.items.length ? `: ${f.items.join(' | ')}` : ''}`);
      }
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  audit()
    .then((results) => {
      console.log(report(results));
      const ok = passes(results);
      console.log(ok ? 'audit: accessibility, best practices and SEO are 100 on every page' : 'audit: FAILED (accessibility, best practices and SEO must be 100)');
      process.exit(ok ? 0 : 1);
    })
    .catch((e) => {
      console.error(e.message ?? e);
      process.exit(2);
    });
}
