// The registry of widget models the engine can run, by name. Imported by the engine, never by charts.
import type { CoreExports } from '../engine/core';
import type { ParamValues } from '../state/schema';
import { computeWhoGetsPaid } from './who-gets-paid-compute';

export const COMPUTE = {
  'who-gets-paid': computeWhoGetsPaid,
} satisfies Record<string, (core: CoreExports, p: ParamValues) => unknown>;

export type ModelName = keyof typeof COMPUTE;
export type ModelResult<M extends ModelName> = ReturnType<(typeof COMPUTE)[M]>;
