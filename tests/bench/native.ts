// The C comparison point for `npm run bench`: the same Yuma 3 float64 workload as the core's
// yumaBench (shared/notes/performance.md), written as a plain C kernel (tests/bench/yuma_kernel.c)
// and measured in this run, on this machine, beside the core:
//   - natively, gcc -O3 -march=native (spawned binary, best of 5 runs inside it after a warm-up);
//   - compiled to wasm with clang -O3 (Debian: `apt-get install -y clang lld`), run in this Node
//     (best of 5 after a warm-up), plain and with -msimd128.
// A missing compiler gives epochsPerSec: null and a note, never a throw. The checksum is Σ final
// dividends of the seed-1 run, the value the core's yumaBench(nv, nm, epochs, 1) returns.
// Run on its own: npx tsx tests/bench/native.ts
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchCResult {
  label: string;
  nv: number;
  nm: number;
  epochsPerSec: number | null;
  note?: string;
  /** Σ final dividends of the seed-1 run (same draws as the core's yumaBench with seed 1). */
  checksum?: number;
}

const SOURCE = fileURLToPath(new URL('./yuma_kernel.c', import.meta.url));
const RUNS = 5;
const WARMUP_EPOCHS = 50;

const LABEL_NATIVE = 'C kernel, native gcc -O3 -march=native';
const LABEL_WASM = 'C kernel → wasm, clang -O3';
const LABEL_WASM_SIMD = 'C kernel → wasm, clang -O3 -msimd128';

// -ffp-contract=off: gcc would otherwise fuse a·b + c on FMA hardware; without it the native
// doubles are the IEEE ones wasm computes, so all variants (and the core) agree bit for bit.
const GCC_ARGS = ['-O3', '-march=native', '-ffp-contract=off'];
const CLANG_WASM_ARGS = ['--target=wasm32', '-O3', '-nostdlib', '-Wl,--no-entry'];

interface Exec {
  ok: boolean;
  stdout: string;
  stderr: string;
  missing: boolean;
}

function exec(cmd: string, args: string[], timeoutMs = 600_000): Promise<Exec> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      const code = (err as NodeJS.ErrnoException | null)?.code;
      resolve({ ok: !err, stdout: String(stdout), stderr: String(stderr || err?.message || ''), missing: code === 'ENOENT' });
    });
  });
}

/** First meaningful line of a compiler's complaint, for a note. */
function firstLine(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? 'no message';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function unavailable(label: string, sizes: [number, number, number][], note: string): BenchCResult[] {
  return sizes.map(([nv, nm]) => ({ label, nv, nm, epochsPerSec: null, note }));
}

async function benchNative(dir: string, sizes: [number, number, number][]): Promise<BenchCResult[]> {
  const bin = join(dir, 'yuma_native');
  const cc = await exec('gcc', [...GCC_ARGS, '-o', bin, SOURCE]);
  if (!cc.ok) {
    const why = cc.missing ? 'gcc not found (Debian: apt-get install -y gcc)' : `gcc failed: ${firstLine(cc.stderr)}`;
    return unavailable(LABEL_NATIVE, sizes, why);
  }
  const out: BenchCResult[] = [];
  for (const [nv, nm, epochs] of sizes) {
    const r = await exec(bin, [nv, nm, epochs, 1, RUNS].map(String));
    const [eps, checksum] = r.stdout.trim().split(/\s+/).map(Number);
    if (!r.ok || !Number.isFinite(eps) || !Number.isFinite(checksum)) {
      out.push({ label: LABEL_NATIVE, nv, nm, epochsPerSec: null, note: `kernel run failed: ${firstLine(r.stderr || r.stdout)}` });
    } else {
      out.push({ label: LABEL_NATIVE, nv, nm, epochsPerSec: eps, checksum });
    }
  }
  return out;
}

type RunFn = (nv: number, nm: number, epochs: number, seed: number) => number;

async function benchWasm(dir: string, sizes: [number, number, number][], simd: boolean): Promise<BenchCResult[]> {
  const label = simd ? LABEL_WASM_SIMD : LABEL_WASM;
  const file = join(dir, simd ? 'yuma_simd.wasm' : 'yuma.wasm');
  const cc = await exec('clang', [...CLANG_WASM_ARGS, ...(simd ? ['-msimd128'] : []), '-o', file, SOURCE]);
  if (!cc.ok) {
    let why: string;
    if (cc.missing) why = 'clang not found (Debian: apt-get install -y clang lld)';
    else if (/wasm-ld/.test(cc.stderr)) why = 'clang found but no wasm-ld to link wasm32 (Debian: apt-get install -y lld)';
    else why = `clang --target=wasm32 failed: ${firstLine(cc.stderr)}`;
    return unavailable(label, sizes, why);
  }
  let run: RunFn;
  try {
    const { instance } = await WebAssembly.instantiate(await readFile(file), {});
    run = instance.exports.run as unknown as RunFn;
    if (typeof run !== 'function') throw new Error('the module exports no run()');
  } catch (e) {
    return unavailable(label, sizes, `wasm instantiation failed: ${(e as Error).message}`);
  }
  const out: BenchCResult[] = [];
  for (const [nv, nm, epochs] of sizes) {
    run(nv, nm, Math.min(epochs, WARMUP_EPOCHS), 1);
    let best = Infinity;
    let checksum = NaN;
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const x = run(nv, nm, epochs, 1 + r);
      const dt = performance.now() - t0;
      if (r === 0) checksum = x;
      best = Math.min(best, dt);
    }
    if (!Number.isFinite(checksum)) out.push({ label, nv, nm, epochsPerSec: null, note: 'kernel returned NaN (out of wasm memory?)' });
    else out.push({ label, nv, nm, epochsPerSec: (epochs / best) * 1000, checksum });
  }
  return out;
}

/** Yuma 3 epochs/s of the C kernel for each [nv, nm, epochs]: native gcc, then clang→wasm (plain,
 *  then SIMD). Never throws; an unavailable variant has epochsPerSec null and a note. */
export async function benchC(sizes: [number, number, number][]): Promise<BenchCResult[]> {
  let dir: string | null = null;
  try {
    dir = await mkdtemp(join(tmpdir(), 'yuma-kernel-'));
    const native = await benchNative(dir, sizes);
    const wasm = await benchWasm(dir, sizes, false);
    const simd = await benchWasm(dir, sizes, true);
    return [...native, ...wasm, ...simd];
  } catch (e) {
    return unavailable('C kernel', sizes, `benchmark failed: ${(e as Error).message}`);
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

/** One line per result, e.g. "Yuma 3 float64, C kernel, native gcc -O3 -march=native, 64×256: 7,161 epochs/s (checksum …)".
 *  Sizes are written "64×256" (no spaces) so these lines never match a search for the core's "64 × 256" line. */
export function formatBenchC(results: BenchCResult[]): string[] {
  return results.map((r) => {
    const head = `Yuma 3 float64, ${r.label}, ${r.nv}×${r.nm}:`;
    if (r.epochsPerSec === null) return `${head} skipped (${r.note ?? 'unavailable'})`;
    const eps = Math.round(r.epochsPerSec).toLocaleString('en-US');
    return `${head} ${eps} epochs/s (checksum Σ dividends ${r.checksum})${r.note ? ` ${r.note}` : ''}`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchC([
    [64, 256, 3000],
    [16, 64, 20000],
  ]).then((results) => {
    for (const line of formatBenchC(results)) console.log(line);
  });
}
