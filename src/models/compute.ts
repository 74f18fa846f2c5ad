// The registry of widget models the engine can run, by name. Imported by the engine, never by charts.
import type { CoreExports } from '../engine/core';
import { computeWhoGetsPaid } from './who-gets-paid-compute';
import { computeYumaExplorer } from './yuma-explorer-compute';

export const COMPUTE = {
  'who-gets-paid': computeWhoGetsPaid,
  'yuma-explorer': computeYumaExplorer,
} satisfies Record<string, (core: CoreExports, input: never) => unknown>;

export type ModelName = keyof typeof COMPUTE;
export type ModelInput<M extends ModelName> = Parameters<(typeof COMPUTE)[M]>[1];
export type ModelResult<M extends ModelName> = ReturnType<(typeof COMPUTE)[M]>;
