// Loads the debug build of the wasm core in Node for unit tests and the runner.
import { readFile } from 'node:fs/promises';
import { loadCore, type CoreExports } from '../../src/engine/core';

export async function loadTestCore(file = 'core.debug.wasm'): Promise<CoreExports> {
  const bytes = await readFile(new URL(`../../build/${file}`, import.meta.url));
  return loadCore(await WebAssembly.compile(bytes));
}
