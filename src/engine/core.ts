// The wasm core, one release module per domain, instantiated on first need and merged into one
// object of the core's exports. Used by the worker, the main-thread fallback, the runner and the bench.
import { instantiate as instantiateYuma } from '../../build/yuma.js';
import { instantiate as instantiateMarket } from '../../build/market.js';
import { instantiate as instantiateClaims } from '../../build/claims.js';
import type { instantiate as instantiateAll } from '../../build/core.debug.js';
import { packScenario, unpackResult, ALL_FIELDS, type YumaMode, type YumaOut, type YumaScenario } from './yuma-io';

/** Every export of the core (the debug build holds them all, plus test entries). */
export type CoreExports = Awaited<ReturnType<typeof instantiateAll>>;
export type Domain = 'yuma' | 'market' | 'claims';
export const DOMAINS: readonly Domain[] = ['yuma', 'market', 'claims'];

type Instantiate = (module: WebAssembly.Module, imports: { env: unknown }) => Promise<object>;
const INSTANTIATE: Record<Domain, Instantiate> = {
  yuma: instantiateYuma as Instantiate,
  market: instantiateMarket as Instantiate,
  claims: instantiateClaims as Instantiate,
};

/** Copies a module's exports into `into`: asc's adapted functions, and the plain ones it leaves on the
 *  raw exports (its prototype), without the runtime's own (__new, memory, ...). */
function mergeExports(into: Record<string, unknown>, adapted: object): void {
  const raw = Object.getPrototypeOf(adapted) as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!key.startsWith('__') && key !== 'memory' && typeof raw[key] === 'function') into[key] = raw[key];
  }
  Object.assign(into, adapted);
}

export interface CoreLoader {
  /** The core with at least these domains instantiated (each compiled and instantiated once). */
  need(domains: readonly Domain[]): Promise<CoreExports>;
  /** Bytes of linear memory of each module instantiated so far (what a soak test watches). */
  memoryBytes(): Partial<Record<Domain, number>>;
}

export function coreLoader(compile: (domain: Domain) => Promise<WebAssembly.Module>): CoreLoader {
  const merged: Record<string, unknown> = {};
  const loading = new Map<Domain, Promise<void>>();
  const memories: Partial<Record<Domain, WebAssembly.Memory>> = {};
  const load = (d: Domain) => {
    if (!loading.has(d))
      loading.set(
        d,
        compile(d)
          .then((m) => INSTANTIATE[d](m, { env: {} }))
          .then((ex) => {
            memories[d] = (ex as unknown as { memory: WebAssembly.Memory }).memory;
            mergeExports(merged, ex);
          }),
      );
    return loading.get(d)!;
  };
  return {
    async need(domains) {
      await Promise.all(domains.map(load));
      return merged as unknown as CoreExports;
    },
    memoryBytes: () => Object.fromEntries(Object.entries(memories).map(([d, m]) => [d, m.buffer.byteLength])),
  };
}

/** Runs a Yuma scenario through the core in one call; returns one OUT per epoch. */
export function runYuma(core: CoreExports, s: YumaScenario, mode: YumaMode = 'float64'): YumaOut[] {
  const p = packScenario(s);
  const flat = core.yumaRun(
    p.n, p.nv, p.epochs, p.hyper, p.stake, p.weights, p.active, p.outdated, p.resetCols,
    p.initialBonds, p.initialPermits, mode === 'fixed' ? 1 : 0, ALL_FIELDS, p.schedule, 0,
  );
  return unpackResult(flat, p.n, p.nv);
}
