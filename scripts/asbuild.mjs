// Compiles the simulation core: one release wasm per domain (yuma, market, claims; optimised, each
// loaded by the page only when a figure needs it) and one debug wasm of everything (assembly/index.ts)
// for the unit tests.
import asc from 'assemblyscript/asc';

const common = ['--bindings', 'raw', '--runtime', 'incremental', '--exportRuntime'];
const release = ['-O3', '--noAssert'];
export const DOMAINS = ['yuma', 'market', 'claims'];
const targets = {
  ...Object.fromEntries(DOMAINS.map((d) => [d, [`assembly/entries/${d}.ts`, '-o', `build/${d}.wasm`, ...release]])),
  debug: ['assembly/index.ts', '-o', 'build/core.debug.wasm', '--debug', '-O1'],
};

export async function buildCore(which = Object.keys(targets)) {
  for (const name of which) {
    const { error, stderr } = await asc.main([...targets[name], ...common]);
    if (error) {
      process.stderr.write(stderr.toString());
      throw new Error(`asc (${name}) failed: ${error.message}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildCore().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
