// Instantiates the wasm core (asc raw bindings) and gives it a typed surface. Used by the worker,
// the main-thread fallback, the scenario runner and the unit tests: one core, one loader.
import { instantiate } from '../../build/core.js';
import { packScenario, unpackResult, ALL_FIELDS, type YumaMode, type YumaOut, type YumaScenario } from './yuma-io';

export type CoreExports = Awaited<ReturnType<typeof instantiate>>;

export async function loadCore(module: WebAssembly.Module): Promise<CoreExports> {
  return instantiate(module, { env: {} });
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
