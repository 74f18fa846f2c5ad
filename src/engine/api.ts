// What the engine offers, built on one core instance. The worker exposes it through comlink;
// the main-thread fallback calls it directly. Nothing here touches the DOM.
import { loadCore, runYuma, type CoreExports } from './core';
import { COMPUTE, type ModelInput, type ModelName, type ModelResult } from '../models/compute';
import { parseMetagraph, type ParsedMetagraph } from '../models/metagraph';
import type { YumaMode, YumaOut, YumaScenario } from './yuma-io';

export interface EngineApi {
  /** Runs one widget's model on its input (its params, or a request object). */
  run<M extends ModelName>(model: M, input: ModelInput<M>): ModelResult<M>;
  /** Parses and validates a pasted or dropped metagraph; throws an InputError naming field and row. */
  importMetagraph(source: string | Blob): Promise<ParsedMetagraph>;
  /** Runs a Yuma scenario, one OUT per epoch. */
  yuma(s: YumaScenario, mode: YumaMode): YumaOut[];
  /** Test-only: makes the wasm trap, as a bug in the core would. */
  trap(): void;
}

export function createApi(core: CoreExports): EngineApi {
  return {
    run: ((model: ModelName, input: never) => COMPUTE[model](core, input)) as EngineApi['run'],
    importMetagraph: (source) => parseMetagraph(source),
    yuma: (s, mode) => runYuma(core, s, mode),
    trap: () => core.debugTrap(),
  };
}

/** Compiles the wasm at `url`; falls back to a plain fetch where the server's content type is wrong. */
export async function compileCore(url: string): Promise<WebAssembly.Module> {
  try {
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`Could not load the simulation core (${res.status} ${url}).`);
    return WebAssembly.compile(await res.arrayBuffer());
  }
}

export async function createApiFromUrl(url: string): Promise<EngineApi> {
  return createApi(await loadCore(await compileCore(url)));
}
