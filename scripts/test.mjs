// `npm test`: builds the wasm core and the site, type-checks, runs every test (unit and browser),
// and ends with one plain line "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, SKIP_ASBUILD: '1' } });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function main() {
  if (!existsSync(chromium)) {
    console.error(`Browser tests need Debian's Chromium at ${chromium}. Install it with: apt-get update && apt-get install -y chromium`);
    return 1;
  }
  for (const [cmd, args] of [
    ['npm', ['run', '--silent', 'build']],
    ['npm', ['run', '--silent', 'check']],
  ]) {
    const code = await run(cmd, args);
    if (code !== 0) {
      console.log(`\n${cmd} ${args.join(' ')} failed (exit ${code})`);
      console.log('0 passed, 1 failed');
      return 1;
    }
  }
  mkdirSync('test-results', { recursive: true });
  const code = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
  let passed = 0;
  let failed = 0;
  try {
    const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numFailedTestSuites && !report.numFailedTests ? 1 : 0);
  } catch {
    failed = 1;
  }
  if (code !== 0 && failed === 0) failed = 1;
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
