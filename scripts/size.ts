// Measures what the article loads before any interaction: the entry script and its static imports
// (followed through Vite's manifest), and the wasm core, all gzip-compressed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { initialJs: 80 * 1024, wasm: 30 * 1024 };

export interface Sizes {
  initialJs: number;
  initialFiles: string[];
  /** The largest wasm module, gzip (each domain's module loads on its own, when a figure needs it). */
  wasm: number;
  wasmFiles: { file: string; gzip: number }[];
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

export const readManifest = (dist: string): Record<string, ManifestChunk> =>
  JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

/** The files of the manifest's `keys` and of everything they import statically, each once, in load order. */
export function staticFiles(manifest: Record<string, ManifestChunk>, keys: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.includes(chunk.file)) return;
    files.push(chunk.file);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return files;
}

export function measure(dist = 'dist', page = 'index.html'): Sizes {
  const manifest = readManifest(dist);
  if (!manifest[page]) throw new Error(`${page} is not an entry of ${dist}'s build`);
  const initialFiles = staticFiles(manifest, [page]);
  const wasmFiles = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.wasm'))
    .map((f) => ({ file: `assets/${f}`, gzip: gz(join(dist, 'assets', f)) }));
  return {
    initialJs: initialFiles.reduce((s, f) => s + gz(join(dist, f)), 0),
    initialFiles,
    wasm: Math.max(0, ...wasmFiles.map((w) => w.gzip)),
    wasmFiles,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = measure();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log(`article initial JS: ${kb(s.initialJs)} gzip of ${kb(BUDGET.initialJs)} (${s.initialFiles.join(', ')})`);
  console.log(`wasm, largest module: ${kb(s.wasm)} gzip of ${kb(BUDGET.wasm)} (${s.wasmFiles.map((w) => `${w.file} ${kb(w.gzip)}`).join(', ')})`);
  process.exitCode = s.initialJs <= BUDGET.initialJs && s.wasm <= BUDGET.wasm ? 0 : 1;
}
