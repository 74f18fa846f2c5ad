// Builds the wasm core once before the unit tests (npm test has already built it; a bare `vitest` run has not).
import { existsSync } from 'node:fs';
import { buildCore } from '../scripts/asbuild.mjs';

export default async function setup(): Promise<void> {
  if (!process.env.SKIP_ASBUILD || !existsSync('build/core.debug.wasm')) await buildCore();
}
