// Loads the release modules from build/ in Node (the runner and the bench run the page's wasm).
import { readFile } from 'node:fs/promises';
import { coreLoader, DOMAINS, type CoreExports, type Domain } from './core';

export async function loadReleaseCore(domains: readonly Domain[] = DOMAINS): Promise<CoreExports> {
  const loader = coreLoader(async (d) => WebAssembly.compile(await readFile(new URL(`../../build/${d}.wasm`, import.meta.url))));
  return loader.need(domains);
}
