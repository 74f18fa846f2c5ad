// The scenario runner: `npm run --silent sim -- FILE.json` runs a vectors file through the wasm core
// and prints {"results": [...]} on stdout (contract: tests/fixtures/vectors/README.md).
import { readFile } from 'node:fs/promises';
import { loadReleaseCore } from '../src/engine/core-node';
import { runFile } from '../src/engine/runner';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run --silent sim -- FILE.json\n');
    return 2;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    process.stderr.write(`sim: cannot read ${file} as JSON: ${(e as Error).message}\n`);
    return 2;
  }
  const core = await loadReleaseCore().catch(() => null);
  if (!core) {
    process.stderr.write('sim: the wasm core is not built (build/*.wasm); run `npm run asbuild` first.\n');
    return 2;
  }
  const { output, errors } = runFile(core, doc);
  for (const line of errors) process.stderr.write(`${line}\n`);
  process.stdout.write(`${JSON.stringify(output)}\n`);
  return errors.length ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
