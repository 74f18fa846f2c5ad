import { defineConfig } from 'vitest/config';

// Two groups, one after the other: the unit tests (Node and the wasm core) in parallel on every core,
// then the browser tests one file at a time, so two Chromiums never share the machine's two cores.
export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A web-first wait: polls until its condition holds, so a long limit costs a passing test nothing.
          expect: { poll: { timeout: 20_000 } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
