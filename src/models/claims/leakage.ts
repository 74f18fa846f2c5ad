// Model 2 (Claim 2): leakage of an open release. After a lab open-sources a model, what share of
// the demand for that model does the originator keep against a subnet marketplace (B) and
// centralized hosts (C)? A daily logit over price plus an originator advantage that fades.
// Core: assembly/claims/leakage.ts; layout: LEAKAGE_LAYOUT below.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import { num, pct, pts } from './format';
import { packParams, unpackResult, type ClaimLayout, type ResultOf, type SummaryOf } from './layout';
import { choiceParam as c, numberParam as n } from './params';
import { sweepWith } from './sweep';
import type { ClaimModel, ClaimPreset, Verdict } from './types';
import { clampMargin, marginOutput } from './verdict';

/** This model's slots, mirroring assembly/claims/layout.ts (see ./layout.ts). */
export const LEAKAGE_LAYOUT = {
  model: 2,
  params: ['pO', 'pB', 'pC', 'LB', 'LC', 'beta', 'alpha0', 'tauAlpha', 'alphaF', 'deltaSub', 'emissionsFall', 'licence', 'threshold', 'demandGrowth', 'K', 'rho'],
  summary: ['n', 'margin', 'phiO', 'phiB', 'phiC', 'overtakeDay', 'threshold', 'sOEnd', 'sBEnd', 'derivativesEnd', 'derivativesMid'],
  series: ['sO', 'sB', 'sC', 'alphaO', 'demand', 'derivatives'],
  length: 366,
} as const satisfies ClaimLayout;
const L = LEAKAGE_LAYOUT;

export type LeakageResult = ResultOf<typeof L>;
type Summary = Record<SummaryOf<typeof L>, number>;

const price = (v: number) => `$${v.toFixed(v < 0.1 ? 3 : 2)}`;
const priceRange = { min: 0.01, max: 5, step: 0.005, scale: 'log' as const };

/** Schema order = LEAKAGE_LAYOUT.params = the core's LK_P_* slots. Defaults: facts.md Model 2. */
export const schema: readonly Param[] = [
  n('pO', 'Originator’s price p_O', 'per 1M tokens (blended)', priceRange, 0.48, 'derived-deepseek-blend', price),
  n('pB', 'Subnet price p_B', 'per 1M tokens (blended)', priceRange, 0.27, 'chutes-prices', price),
  n('pC', 'Centralized hosts’ price p_C', 'per 1M tokens (blended)', priceRange, 0.35, 'elliotgate-listing', price),
  n('LB', 'Subnet lag L_B', 'days', { min: 0, max: 90, step: 1 }, 7, 'assumption', num(0)),
  n('LC', 'Centralized lag L_C', 'days', { min: 0, max: 30, step: 1 }, 1, 'llama3-hosting', num(0)),
  n('beta', 'Price sensitivity β', '', { min: 0, max: 6, step: 0.1 }, 2, 'assumption', num(1)),
  n('alpha0', 'Originator head start α₀', '', { min: 0, max: 4, step: 0.1 }, 1, 'assumption', num(1)),
  n('tauAlpha', 'Head-start decay τ_α', 'days', { min: 7, max: 720, step: 1, scale: 'log' }, 90, 'assumption', num(0)),
  n('alphaF', 'Fingerprint / licence enforcement α_F', '', { min: 0, max: 3, step: 0.1 }, 0, 'assumption', num(1)),
  n('deltaSub', 'Subsidy lost when emissions fall Δ_sub', 'per 1M tokens', { min: 0, max: 0.5, step: 0.005 }, 0.225, 'derived-subsidy-per-token', price),
  c('emissionsFall', 'Emissions', [
    { value: 0, label: 'Emissions continue' },
    { value: 1, label: 'Emissions fall: the subnet’s price rises by Δ_sub' },
  ], 0, 'assumption'),
  c('licence', 'Licence', [
    { value: 0, label: 'Open licence: anyone may host' },
    { value: 1, label: 'Licence keeps third-party hosts out' },
  ], 0, 'assumption'),
  n('threshold', 'Claim threshold for the originator’s capture', '', { min: 0.05, max: 0.5, step: 0.01 }, 0.2, 'verdict-rule', (v) => pct(v)),
  n('demandGrowth', 'Demand change for the model', '/month', { min: -0.3, max: 0.3, step: 0.01 }, 0, 'assumption', (v) => pct(v)),
  c('K', 'Derivative family (display)', [
    { value: 113000, label: 'Qwen (>113,000 derivatives)' },
    { value: 27000, label: 'Llama (about 27,000)' },
    { value: 6000, label: 'DeepSeek (about 6,000)' },
  ], 113000, 'hf-derivatives'),
  n('rho', 'Derivative growth rate ρ (display)', '/day', { min: 0.005, max: 0.2, step: 0.001, scale: 'log' }, 0.03, 'assumption', num(3)),
];

export const presets: readonly ClaimPreset[] = [
  {
    id: 'deepseek-v32',
    name: 'DeepSeek V3.2 prices',
    note: 'The originator cuts its own price to $0.28/$0.42 ($0.315 blended) and is nearly the cheapest host of its model.',
    source: 'derived-deepseek-blend',
    values: { pO: 0.315 },
  },
  {
    id: 'sentient-fingerprinting',
    name: 'Sentient fingerprinting',
    note: 'OML-style fingerprints that survive fine-tuning, plus enforcement, give the originator a lasting edge (α_F = 1.5 is an assumption).',
    source: 'sentient-fingerprints',
    values: { alphaF: 1.5 },
  },
  {
    id: 'licence-blocks-hosts',
    name: 'Licence blocks hosts',
    note: 'A licence that keeps commercial hosts out (A_B = A_C = 0), the extreme of Llama’s 700M-MAU clause.',
    source: 'llama-licence',
    values: { licence: 1 },
  },
  {
    id: 'emissions-fall',
    name: 'Emissions fall',
    note: 'The subnet loses its $0.225 per 1M of emission subsidy and must charge that much more.',
    source: 'derived-subsidy-per-token',
    values: { emissionsFall: 1 },
  },
];

export const fixedAssumptions: readonly string[] = [
  'One year after the release, daily; the originator serves from day 0.',
  'The subnet and the centralized hosts have no appeal of their own (α_B = α_C = 0): they win on price once they serve the model.',
  'The derivative curve passes 1 on day 17 (Stanford Alpaca) and is for display only.',
];

/** The summary as the figure's data table reads it (slots: assembly/claims/leakage.ts). */
export const outputs: ClaimModel<SummaryOf<typeof L>>['outputs'] = {
  n: { label: 'Days simulated (day 0 to 365)', format: num(0) },
  margin: marginOutput(pts),
  phiO: { label: 'Originator’s share of the year’s demand Φ_O', format: (v) => pct(v, 3) },
  phiB: { label: 'Subnet’s share of the year’s demand Φ_B', format: (v) => pct(v, 3) },
  phiC: { label: 'Centralized hosts’ share of the year’s demand Φ_C', format: (v) => pct(v, 3) },
  overtakeDay: { label: 'Day the subnet overtakes the originator', format: (v) => (v >= 0 ? `day ${v}` : 'never within the year') },
  threshold: { label: 'Claim threshold for the originator’s share', format: (v) => pct(v, 3) },
  sOEnd: { label: 'Originator’s share on day 365', format: (v) => pct(v, 3) },
  sBEnd: { label: 'Subnet’s share on day 365', format: (v) => pct(v, 3) },
  derivativesEnd: { label: 'Derivative models by day 365 D (display)', format: num(0) },
  derivativesMid: { label: 'Day the derivative curve reaches half its family t½ (display)', format: (v) => `day ${num(0)(v)}` },
};

export function computeLeakage(core: CoreExports, p: ParamValues): LeakageResult {
  return unpackResult(L, core.claimRunLeakage(packParams(L, p)));
}

/** Holds when the originator keeps less than the threshold of the first year's demand for its model. */
export function verdictLeakage(s: Summary): Verdict {
  const margin = clampMargin(s.threshold - s.phiO);
  const holds = margin > 0;
  const marginText = `the originator keeps ${pct(s.phiO, 3)} of the demand for its model over the first year; the claim needs under ${pct(s.threshold, 3)}`;
  let reason: string;
  if (holds) reason = 'Once others can host the weights, cheaper hosts take most of the demand, so the value of the release leaks away from the lab that made it.';
  else if (s.phiB + s.phiC === 0) reason = 'No other host serves the model, so the originator keeps all of its demand.';
  else if (s.sOEnd > s.threshold) reason = 'Even after its head start fades the originator keeps more than the threshold: its price or its enforcement edge lasts.';
  else reason = 'The originator’s head start carries it above the threshold before the other hosts catch up.';
  return { holds, margin, marginText, reason };
}

export const leakage: ClaimModel<SummaryOf<typeof L>, (typeof L)['series'][number]> = {
  id: 'leakage',
  layout: L,
  sameUnits: [],
  formalises: '',
  witnesses: { holds: { values: {}, sentence: '' }, fails: { values: {}, sentence: '' } },
  title: 'Leakage of an open release',
  claim: {
    paraphrase: 'Open weights and frameworks get forked and re-hosted, so their makers cannot keep the value; the layer that pays providers can.',
    quote: 'Liquidity does not leak. The coordination layer — who pays, who earns, how incentives flow — is where value sticks.',
    author: 'Ezza',
    source: 'essay',
  },
  schema,
  presets,
  compute: computeLeakage,
  verdict: verdictLeakage,
  sweep: (core, p, a, b, av, bv) => sweepWith(L, (...args) => core.claimSweepLeakage(...args), p, a, b, av, bv),
  // The facts name the two ways the claim fails: the originator as the cheapest host (p_O, the
  // DeepSeek V3.2 case) and enforcement that lasts (α_F, fingerprinting). Both move Φ_O the most.
  mapAxes: ['pO', 'alphaF'],
  counterEvidence: {
    text: 'Coordination leaks too: in April 2026 Covenant AI took three subnets (Templar, Basilica, Grail), their people, research and open models out of Bittensor, alleging “decentralization theatre” (the allegations are disputed).',
    source: 'covenant-exit',
    confidence: 'medium–high',
  },
  fixedAssumptions,
  outputs,
};
