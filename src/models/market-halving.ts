// Placeholder for the "Halving" widget's model: schema, compute (run in the engine) and descriptions.
import type { CoreExports } from '../engine/core';
import type { Param, ParamValues } from '../state/schema';

export const schema: readonly Param[] = [];

export function computeMarketHalving(_core: CoreExports, _p: ParamValues): Record<string, never> {
  return {};
}
