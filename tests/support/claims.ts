// What every claim model's test needs: runs at the defaults plus overrides, verdicts, presets, and
// outputs rounded the way snapshot tests compare them.
import type { CoreExports } from '../../src/engine/core';
import type { ClaimModel, ClaimResult } from '../../src/models/claims/types';
import { defaults, type ParamValues } from '../../src/state/schema';

/** Six significant digits, as the pinned outputs are written. */
export const r6 = (x: number) => Number(x.toPrecision(6));

/** The summary, and each series at its first, middle and last point, to 6 significant digits. */
export function pinned(r: ClaimResult) {
  return {
    summary: Object.fromEntries(Object.entries(r.summary).map(([k, v]) => [k, r6(v)])),
    series: Object.fromEntries(Object.entries(r.series).map(([k, v]) => [k, [0, v.length >> 1, v.length - 1].map((i) => r6(v[i]))])),
  };
}

/** Runs, verdicts and presets of one model; `core` is read at call time (it loads in beforeAll). */
export function claimHarness(model: ClaimModel, core: () => CoreExports) {
  const base = defaults(model.schema);
  const run = (over: ParamValues = {}) => model.compute(core(), { ...base, ...over });
  return {
    base,
    run,
    verdict: (over: ParamValues = {}) => model.verdict(run(over).summary),
    preset: (id: string) => model.presets.find((p) => p.id === id)!.values as ParamValues,
  };
}
