// The registry of widget models the engine can run, by name. Imported by the engine, never by charts.
import type { CoreExports, Domain } from '../engine/core';
import { computeWhoGetsPaid } from './who-gets-paid-compute';
import { computeYumaExplorer } from './yuma-explorer-compute';

export const COMPUTE = {
  'who-gets-paid': computeWhoGetsPaid,
  'yuma-explorer': computeYumaExplorer,
} satisfies Record<string, (core: CoreExports, input: never) => unknown>;

export type ModelName = keyof typeof COMPUTE;

/** The core's modules each model runs on (loaded on first use). */
export const NEEDS: Record<ModelName, readonly Domain[]> = {
  'who-gets-paid': ['yuma'],
  'yuma-explorer': ['yuma'],
};
export type ModelInput<M extends ModelName> = Parameters<(typeof COMPUTE)[M]>[1];
export type ModelResult<M extends ModelName> = ReturnType<(typeof COMPUTE)[M]>;
