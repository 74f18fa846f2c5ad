// A widget's live run of its model: the newest result, the last error and a count of results drawn,
// recomputed through the engine (latest wins) whenever the input the widget reads changes.
import { getEngine } from './index';
import type { ModelInput, ModelName, ModelResult } from '../models/compute';

export interface ModelRun<M extends ModelName> {
  result: ModelResult<M> | null;
  error: string | null;
  /** Results received so far; tests and the benchmark wait on it. */
  computed: number;
}

export function modelRun<M extends ModelName>(model: M, input: () => ModelInput<M>): ModelRun<M> {
  const run = $state<ModelRun<M>>({ result: null, error: null, computed: 0 });
  const lane = getEngine().lane<ModelResult<M>>(
    (r) => {
      run.result = r;
      run.error = null;
      run.computed++;
    },
    (e) => (run.error = `The simulation could not run: ${e.message}`),
  );
  $effect(() => {
    const value = input();
    lane.submit((api) => (api.run as (m: M, i: ModelInput<M>) => Promise<ModelResult<M>>)(model, value));
  });
  return run;
}
