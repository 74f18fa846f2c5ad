// A widget's live run of its model: the newest result, the last error and counts of results drawn,
// recomputed through the engine (latest wins) whenever the input the widget reads changes. A model may
// be run progressively: `stages` turns the input into inputs sent in order (a quick partial one first),
// each result shown as it arrives; a newer input supersedes the stages not yet sent.
import { getEngine } from './index';
import type { ModelInput, ModelName, ModelResult } from '../models/compute';

export interface ModelRun<M extends ModelName> {
  result: ModelResult<M> | null;
  error: string | null;
  /** Complete results received so far; tests and the benchmark wait on it. */
  computed: number;
  /** Results drawn so far, partial stages included. */
  drawn: number;
  /** The result shown is a partial stage; a complete one follows unless a newer input supersedes it. */
  partial: boolean;
  /** The result shown is the complete one for the newest input (nothing newer is waiting or running). */
  current: boolean;
}

export interface ModelRunOptions<M extends ModelName> {
  /** The inputs to send for one input, in order; the last is the input itself. */
  stages?: (input: ModelInput<M>) => ModelInput<M>[];
  /** A stage's result that is already complete (no later stage is sent). */
  complete?: (result: ModelResult<M>) => boolean;
}

export function modelRun<M extends ModelName>(model: M, input: () => ModelInput<M>, options: ModelRunOptions<M> = {}): ModelRun<M> {
  const run = $state<ModelRun<M>>({ result: null, error: null, computed: 0, drawn: 0, partial: false, current: false });
  const lane = getEngine().lane<ModelResult<M>>(
    (r, final) => {
      run.result = r;
      run.error = null;
      run.partial = !final;
      run.drawn++;
      if (final) run.computed++;
      run.current = final && !lane.superseded;
    },
    (e) => (run.error = `The simulation could not run: ${e.message}`),
  );
  const job = (value: ModelInput<M>) => (api: Parameters<Parameters<typeof lane.submit>[0]>[0]) =>
    (api.run as (m: M, i: ModelInput<M>) => Promise<ModelResult<M>>)(model, value);
  $effect(() => {
    const value = input();
    const stages = options.stages ? options.stages(value) : [value];
    run.current = false;
    lane.submitSeq(stages.map(job), options.complete);
  });
  return run;
}
