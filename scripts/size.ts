// Measures what the article loads before any interaction: the entry script and its static imports
// (modulepreload), and the wasm core, all gzip-compressed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { initialJs: 80 * 1024, wasm: 30 * 1024 };

export interface Sizes {
  initialJs: number;
  initialFiles: string[];
  wasm: number;
  wasmFiles: string[];
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function measure(dist = 'dist', page = 'index.html'): Sizes {
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+)"/g)].map((m) => m[1]);
  const initialFiles = [...new Set(refs)];
  const wasmFiles = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.wasm')).map((f) => `assets/${f}`);
  return {
    initialJs: initialFiles.reduce((s, f) => s + gz(join(dist, f)), 0),
    initialFiles,
    wasm: wasmFiles.reduce((s, f) => s + gz(join(dist, f)), 0),
    wasmFiles,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = measure();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log(`article initial JS: ${kb(s.initialJs)} gzip of ${kb(BUDGET.initialJs)} (${s.initialFiles.join(', ')})`);
  console.log(`wasm: ${kb(s.wasm)} gzip of ${kb(BUDGET.wasm)} (${s.wasmFiles.join(', ')})`);
  process.exitCode = s.initialJs <= BUDGET.initialJs && s.wasm <= BUDGET.wasm ? 0 : 1;
}
