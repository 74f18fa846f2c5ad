// What the engine offers, built on the core's lazily loaded modules. The worker exposes it through
// comlink; the main-thread fallback calls it directly. Nothing here touches the DOM.
import { coreLoader, runYuma, type CoreLoader, type Domain } from './core';
import { COMPUTE, NEEDS, type ModelInput, type ModelName, type ModelResult } from '../models/compute';
import { parseMetagraph, type ParsedMetagraph } from '../models/metagraph';
import type { YumaMode, YumaOut, YumaScenario } from './yuma-io';

export interface EngineApi {
  /** Runs one widget's model on its input (its params, or a request object). */
  run<M extends ModelName>(model: M, input: ModelInput<M>): Promise<ModelResult<M>>;
  /** Runs a Yuma scenario, one OUT per epoch. */
  yuma(s: YumaScenario, mode: YumaMode): Promise<YumaOut[]>;
  /** Parses and validates a pasted or dropped metagraph; throws an InputError naming field and row. */
  importMetagraph(source: string | Blob): Promise<ParsedMetagraph>;
  /** Test-only: makes the wasm trap, as a bug in the core would. */
  trap(): Promise<void>;
  /** Bytes of wasm linear memory per loaded module. */
  memory(): Promise<Partial<Record<Domain, number>>>;
}

export function createApi(loader: CoreLoader): EngineApi {
  return {
    run: (async (model: ModelName, input: never) => COMPUTE[model](await loader.need(NEEDS[model]), input)) as EngineApi['run'],
    yuma: async (s, mode) => runYuma(await loader.need(['yuma']), s, mode),
    importMetagraph: (source) => parseMetagraph(source),
    trap: async () => (await loader.need(['yuma'])).debugTrap(),
    memory: async () => loader.memoryBytes(),
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

/** The API over modules fetched from `urls`; the Yuma module is loaded before it is returned. */
export async function createApiFromUrls(urls: Record<Domain, string>): Promise<EngineApi> {
  const loader = coreLoader((d) => compileCore(urls[d]));
  await loader.need(['yuma']);
  return createApi(loader);
}
