// What each embed loads, gzip: the embed page's entry and its static imports, plus the widget's
// component chunk, its own citations (src/embed/load.ts), whatever else it loads at mount before it is
// usable (a claim's own model, the Yuma explorer's deferred outputs) and their static imports (read from
// Vite's manifest), each file counted once.
// The wasm modules are measured by scripts/size.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readManifest, staticFiles, type ManifestChunk } from './size';

export const EMBED_BUDGET = 50 * 1024;

/** The component each embed name loads (src/embed/load.ts). */
export const WIDGET_MODULES: Record<string, string> = {
  'who-gets-paid': 'src/widgets/WhoGetsPaid.svelte',
  'yuma-explorer': 'src/widgets/YumaExplorerLoader.svelte',
  stake: 'src/widgets/StakeIntoSubnet.svelte',
  emission: 'src/widgets/WhoGetsEmission.svelte',
  halving: 'src/widgets/Halving.svelte',
  split: 'src/widgets/EpochSplit.svelte',
  claim: 'src/widgets/ClaimWidget.svelte',
};

/** The citations each embed loads with its component (src/embed/load.ts; copies, see vite.config.ts). */
export const WIDGET_SOURCE_MODULES: Record<string, string> = {
  stake: 'src/content/sources-market-stake.ts?embed-copy',
  emission: 'src/content/sources-market-emission.ts?embed-copy',
  halving: 'src/content/sources-market-halving.ts?embed-copy',
  split: 'src/content/sources-market-split.ts?embed-copy',
};

/** What an embed loads at mount beside its component (manifest keys): the Yuma explorer's outputs chunk
 *  (loaded beside its first computation), a claim's own model (src/models/claims/load.ts). */
function loadedAtMount(manifest: Record<string, ManifestChunk>, name: string): string[] {
  if (name === 'yuma-explorer') return ['src/widgets/YumaExplorerOutputs.svelte'];
  if (!name.startsWith('claim-')) return [];
  const loader = 'src/models/claims/load.ts';
  const id = name.slice('claim-'.length);
  const model = (manifest[loader]?.dynamicImports ?? []).filter((k) => new RegExp(`^assets/${id}-[\\w-]{8}\\.js$`).test(manifest[k]?.file ?? ''));
  if (model.length !== 1) throw new Error(`${name}: no single model chunk among ${loader}'s dynamic imports`);
  const citations = ['shared', id].map((f) => `src/models/claims/sources/${f}.ts?embed-copy`);
  return [loader, ...model, ...citations];
}

export function embedJs(dist: string, name: string): { gzip: number; files: string[] } {
  const manifest = readManifest(dist);
  const key = name.startsWith('claim-') ? 'claim' : name;
  const atMount = loadedAtMount(manifest, name);
  for (const k of atMount) if (!manifest[k]) throw new Error(`${name}: ${k} is not in the manifest`);
  // A domain's citations are a chunk of their own (a claim's are among what it loads at mount).
  const keys = ['embed.html', WIDGET_MODULES[key], ...(WIDGET_SOURCE_MODULES[key] ? [WIDGET_SOURCE_MODULES[key]] : []), ...atMount];
  const files = staticFiles(manifest, keys);
  const gzip = files.filter((f) => f.endsWith('.js')).reduce((s, f) => s + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  return { gzip, files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.env.DIST_DIR ?? 'dist';
  const { WIDGETS } = await import('../src/embed/widgets');
  let ok = true;
  for (const w of WIDGETS) {
    const { gzip } = embedJs(dist, w.name);
    ok &&= gzip <= EMBED_BUDGET;
    console.log(`${w.name}: ${(gzip / 1024).toFixed(1)} KB gzip of ${EMBED_BUDGET / 1024} KB`);
  }
  process.exitCode = ok ? 0 : 1;
}
