// The registry of widget models the engine can run, by name. Imported by the engine, never by charts.
import type { CoreExports, Domain } from '../engine/core';
import { computeWhoGetsPaid } from './who-gets-paid-compute';
import { computeYumaExplorer } from './yuma-explorer-compute';
import { computeMarketStake } from './market-stake';
import { computeMarketEmission } from './market-emission';
import { computeMarketHalving } from './market-halving';
import { computeMarketSplit } from './market-split';
import { computeClaim, computeClaimSweep, computeClaimTornado, computeClaimWorlds } from './claims-compute';
import { computeYumaCheck } from './yuma-check';

export const COMPUTE = {
  'who-gets-paid': computeWhoGetsPaid,
  'yuma-explorer': computeYumaExplorer,
  'market-stake': computeMarketStake,
  'market-emission': computeMarketEmission,
  'market-halving': computeMarketHalving,
  'market-split': computeMarketSplit,
  claim: computeClaim,
  'claim-sweep': computeClaimSweep,
  'claim-tornado': computeClaimTornado,
  'claim-worlds': computeClaimWorlds,
  'yuma-check': computeYumaCheck,
} satisfies Record<string, (core: CoreExports, input: never) => unknown>;

export type ModelName = keyof typeof COMPUTE;

/** The core's modules each model runs on (loaded on first use). */
export const NEEDS: Record<ModelName, readonly Domain[]> = {
  'who-gets-paid': ['yuma'],
  'yuma-explorer': ['yuma'],
  'market-stake': ['market'],
  'market-emission': ['market'],
  'market-halving': ['market'],
  'market-split': ['market'],
  claim: ['claims'],
  'claim-sweep': ['claims'],
  'claim-tornado': ['claims'],
  'claim-worlds': ['claims'],
  'yuma-check': ['yuma'],
};
export type ModelInput<M extends ModelName> = Parameters<(typeof COMPUTE)[M]>[1];
export type ModelResult<M extends ModelName> = ReturnType<(typeof COMPUTE)[M]>;
