// Loads the debug build of the whole wasm core (every domain and the test entries) for unit tests.
import { readFile } from 'node:fs/promises';
import { instantiate } from '../../build/core.debug.js';
import type { CoreExports } from '../../src/engine/core';

export async function loadTestCore(): Promise<CoreExports> {
  const bytes = await readFile(new URL('../../build/core.debug.wasm', import.meta.url));
  return instantiate(await WebAssembly.compile(bytes), { env: {} });
}
