// Compiles assembly/ into build/core.wasm (release, for the page) and build/core.debug.wasm (tests, runner).
import asc from 'assemblyscript/asc';

const common = ['assembly/index.ts', '--bindings', 'raw', '--runtime', 'incremental', '--exportRuntime'];
const targets = {
  release: ['-o', 'build/core.wasm', '-O3', '--noAssert'],
  debug: ['-o', 'build/core.debug.wasm', '--debug', '-O1'],
};

export async function buildCore(which = Object.keys(targets)) {
  for (const name of which) {
    const { error, stderr } = await asc.main([...common, ...targets[name]]);
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
