// Placeholder for the "StakeIntoSubnet" widget's model: schema, compute (run in the engine) and descriptions.
import type { CoreExports } from '../engine/core';
import type { Param, ParamValues } from '../state/schema';

export const schema: readonly Param[] = [];

export function computeMarketStake(_core: CoreExports, _p: ParamValues): Record<string, never> {
  return {};
}
