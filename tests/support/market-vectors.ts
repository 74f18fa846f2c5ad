// Runs every scenario of a market vectors file (spec §11) through runMarketScenario and compares each
// number within the scenario's own tolerance (a value passes if |got − want| ≤ abs or ≤ rel·|want|),
// booleans exactly, the same keys and nesting. Shared by the market.json and market-2026h2.json suites.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { runMarketScenario } from '../../src/engine/market-runner';
import { marketDifferences, type Tolerance } from './vectors';

export interface FileScenario { id: string; kind?: string; title: string; expected: unknown; tolerance: Tolerance; inputs: unknown }
export interface MarketFile { scenarios: FileScenario[]; [k: string]: unknown }

/** A vectors file of tests/fixtures/vectors by name. */
export function loadMarketFile(name: string): MarketFile {
  return JSON.parse(readFileSync(new URL(`../fixtures/vectors/${name}`, import.meta.url), 'utf8'));
}

/** Differences of one scenario's outputs from its `expected` (empty = passes). */
export function scenarioDifferences(core: CoreExports, file: MarketFile, sc: FileScenario): string[] {
  return marketDifferences(runMarketScenario(core, sc, file), sc.expected, sc.tolerance);
}

/** One `it` per scenario of `file`; `core()` is read when the test runs. */
export function itReproducesEveryScenario(file: MarketFile, core: () => CoreExports): void {
  for (const sc of file.scenarios) {
    it(`${sc.id}: ${sc.title} (rel ${sc.tolerance.rel}, abs ${sc.tolerance.abs})`, () => {
      const diffs = scenarioDifferences(core(), file, sc);
      if (diffs.length) console.error(`${sc.id}:\n  ${diffs.slice(0, 20).join('\n  ')}`);
      expect(diffs.length, diffs.slice(0, 5).join('\n')).toBe(0);
    });
  }
}
