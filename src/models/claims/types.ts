// The common shape of the five claim models (listed in ./index.ts) and their verdicts.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import type { ClaimLayout } from './layout';

export type ClaimId = 'weight-rent' | 'leakage' | 'three-networks' | 'routing' | 'coordination';

/** What the page prints next to a claim: does it hold at these parameters, and by how much. */
export interface Verdict {
  holds: boolean;
  /** The core's signed margin (> 0 holds): the tightest of the claim's conditions, each a ln ratio
   *  (value / what the claim needs) or a difference in shares; the same number the map sweeps. */
  margin: number;
  /** The margin in the claim's own units, e.g. "the originator keeps 21% of demand; the claim needs under 20%". */
  marginText: string;
  /** One sentence: why it holds or fails. */
  reason: string;
}

export interface ClaimPreset {
  id: string;
  /** Named after the case in facts.md. */
  name: string;
  /** What the preset changes and why, in a sentence. */
  note: string;
  /** Key into CLAIM_SOURCES (or src/content/sources.ts). */
  source: string;
  values: Partial<ParamValues>;
}

export interface CounterEvidence {
  /** The finding, paraphrased from facts.md "Counter-evidence and critiques". */
  text: string;
  /** Key into CLAIM_SOURCES. */
  source: string;
  confidence: 'high' | 'medium' | 'medium–high' | 'low–medium' | 'low';
}

export interface EssayClaim {
  /** The claim in our words, one line. */
  paraphrase: string;
  /** At most 20 words, verbatim from the essay. */
  quote: string;
  author: 'Ezza';
  source: 'essay';
}

/** A run's outputs: summary numbers by name and the time (or sweep) series as typed arrays. */
export interface ClaimResult<S extends string = string, T extends string = string> {
  summary: Record<S, number>;
  series: Record<T, Float64Array>;
}

/** A plausible setting (every value inside its plausible range) and what a reader checks there. */
export interface Witness {
  values: Partial<ParamValues>;
  /** One sentence a reader can check in the figure, e.g. "At g = 0 the market never covers its subsidy". */
  sentence: string;
}

export interface ClaimModel<S extends string = string, T extends string = string> {
  id: string;
  /** The core's slots for this model (its params in schema order). */
  layout: ClaimLayout;
  /** Pairs of parameters whose units must agree (a rate beside a rate, a price beside a price). */
  sameUnits: readonly (readonly [string, string])[];
  /** The essay's sentence this model formalises, verbatim. */
  formalises: string;
  /** One plausible world where the claim holds and one where it fails (the model is fair by construction). */
  witnesses: { holds: Witness; fails: Witness };
  title: string;
  claim: EssayClaim;
  schema: readonly Param[];
  presets: readonly ClaimPreset[];
  // Methods (not function-valued properties) so a model with named outputs is also a ClaimModel<string>.
  /** Runs in the worker: one wasm call. */
  compute(core: CoreExports, p: ParamValues): ClaimResult<S, T>;
  /** Pure: from the summary of compute(). Agrees in sign and value with the core's margin. */
  verdict(summary: Record<S, number>): Verdict;
  /** Verdict margins over a grid of two parameters, row-major with rows = bValues; one wasm call. */
  sweep(core: CoreExports, p: ParamValues, axisA: string, axisB: string, aValues: Float64Array, bValues: Float64Array): Float64Array;
  /** The two parameters the claim is most sensitive to: [x, y] of the verdict map. */
  mapAxes: readonly [string, string];
  counterEvidence: CounterEvidence;
  /** Numbers the model fixes without a slider, labelled for the reader. */
  fixedAssumptions: readonly string[];
  /** How the figure's data table names and formats each summary output. */
  outputs: Record<S, { label: string; format: (v: number) => string }>;
}
