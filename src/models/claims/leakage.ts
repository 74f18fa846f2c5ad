// Model 2 (Claim 2): leakage of an open release. Formalises the essay's “Liquidity does not leak.”
// (Ezza) and the sentence after it, that value sticks where “who pays, who earns” is decided: after a
// lab open-sources a model, does the spending on that model flow to the network (a subnet, B) rather
// than stay with the lab (O) or go to centralized hosts (C)? Users choose in a nested logit over
// price and appeal (the lab's API against the third-party hosts, then the subnet against the
// centralized hosts); the claim holds when the subnet earns more of the first year's spending than
// either. Core: assembly/claims/leakage.ts; layout: LEAKAGE_LAYOUT below.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import { num, pct } from './format';
import { packParams, unpackResult, type ClaimLayout, type ResultOf, type SummaryOf } from './layout';
import { roundedTrim } from './number-format';
import { choiceParam as c, numberParam as n, plausible } from './params';
import { sweepWith } from './sweep';
import type { ClaimModel, ClaimPreset, Verdict } from './types';
import { logRatio, marginOutput } from './verdict';

/** This model's slots, mirroring assembly/claims/layout.ts (see ./layout.ts). */
export const LEAKAGE_LAYOUT = {
  model: 2,
  params: ['pO', 'pB', 'pC', 'LB', 'LC', 'beta', 'betaH', 'alpha0', 'tauAlpha', 'alphaF', 'alphaB', 'deltaSub', 'emissionsFall', 'licence', 'demandGrowth', 'K', 'rho'],
  summary: ['n', 'margin', 'phiO', 'phiB', 'phiC', 'earnO', 'earnB', 'earnC', 'overtakeDay', 'sOEnd', 'sBEnd', 'pBPaid', 'derivativesEnd', 'derivativesMid'],
  series: ['sO', 'sB', 'sC', 'eO', 'eB', 'eC', 'alphaO', 'demand', 'derivatives'],
  length: 366,
} as const satisfies ClaimLayout;
const L = LEAKAGE_LAYOUT;

export type LeakageResult = ResultOf<typeof L>;
type Summary = Record<SummaryOf<typeof L>, number>;

const price = (v: number) => `$${roundedTrim(4)(v)}`;
const priceRange = { min: 0.01, max: 5, step: 0.005, scale: 'log' as const };
/** Every price and the subsidy added to one: blended 3:1 input:output, as facts.md writes prices. */
const PRICE_UNIT = 'per 1M tokens (blended)';

/** Schema order = LEAKAGE_LAYOUT.params = the core's LK_P_* slots. Defaults: DeepSeek V4-Pro, late 2026
 *  (facts-2026h2 §2e); appeals (α) are in the logit's utility units, against the centralized hosts' 0. */
export const schema: readonly Param[] = [
  n('pO', 'Originator’s price p_O', PRICE_UNIT, priceRange, 1.485, 'deepseek-v4-prices', price, plausible(0.99, 1.98, 'deepseek-v4-prices')),
  n('pB', 'Subnet price p_B', PRICE_UNIT, priceRange, 0.7, 'derived-subnet-price', price, plausible(0.33, 1.44, 'derived-subnet-price')),
  n('pC', 'Centralized hosts’ price p_C', PRICE_UNIT, priceRange, 2.175, 'fireworks-v4-pro', price, plausible(0.9, 2.2, 'fireworks-v4-pro')),
  n('LB', 'Subnet lag L_B', 'days', { min: 0, max: 90, step: 1 }, 7, 'assumption', num(0), plausible(0, 30, 'assumption')),
  n('LC', 'Centralized lag L_C', 'days', { min: 0, max: 30, step: 1 }, 1, 'llama3-hosting', num(0), plausible(0, 3, 'llama3-hosting')),
  n('beta', 'Price sensitivity, lab vs other hosts β', '', { min: 0.1, max: 6, step: 0.1 }, 1.5, 'assumption', num(1), plausible(0.75, 2.5, 'assumption')),
  n('betaH', 'Price sensitivity among hosts β_H', '', { min: 0.5, max: 6, step: 0.1 }, 2, 'openrouter-routing', num(1), plausible(2, 4, 'openrouter-routing')),
  n('alpha0', 'Originator head start α₀', '', { min: 0, max: 4, step: 0.1 }, 1, 'assumption', num(1), plausible(0, 2, 'assumption')),
  n('tauAlpha', 'Head-start decay τ_α', 'days', { min: 7, max: 720, step: 1, scale: 'log' }, 90, 'assumption', num(0), plausible(30, 365, 'assumption')),
  n('alphaF', 'Originator’s lasting edge α_F (fingerprints, enforcement, brand)', '', { min: 0, max: 3, step: 0.1 }, 0, 'assumption', num(1), plausible(0, 1, 'assumption')),
  n('alphaB', 'Subnet’s own appeal α_B (trust, privacy, reliability)', '', { min: -3, max: 3, step: 0.1 }, 0, 'assumption', num(1), plausible(-1, 0.5, 'assumption')),
  n('deltaSub', 'Subsidy lost when emissions fall Δ_sub', PRICE_UNIT, { min: 0, max: 1.5, step: 0.005 }, 0.74, 'derived-subsidy-2026', price, plausible(0.31, 0.74, 'derived-subsidy-2026')),
  c('emissionsFall', 'Emissions', [
    { value: 0, label: 'Emissions continue' },
    { value: 1, label: 'Emissions fall: the subnet’s price rises by Δ_sub' },
  ], 0, 'assumption'),
  c('licence', 'Licence', [
    { value: 0, label: 'Open licence: anyone may host' },
    { value: 1, label: 'Licence keeps third-party hosts out' },
  ], 0, 'assumption'),
  n('demandGrowth', 'Demand change for the model', '/month', { min: -0.3, max: 0.3, step: 0.01 }, 0, 'assumption', (v) => pct(v), plausible(-0.1, 0.1, 'assumption')),
  c('K', 'Derivative family (display)', [
    { value: 113000, label: 'Qwen (>113,000 derivatives)' },
    { value: 27000, label: 'Llama (about 27,000)' },
    { value: 6000, label: 'DeepSeek (about 6,000)' },
  ], 113000, 'hf-derivatives'),
  n('rho', 'Derivative growth rate ρ (display)', '/day', { min: 0.005, max: 0.2, step: 0.001, scale: 'log' }, 0.03, 'assumption', num(3), plausible(0.01, 0.06, 'assumption')),
];

export const presets: readonly ClaimPreset[] = [
  {
    id: 'deepseek-v32',
    name: 'DeepSeek V3.2 prices',
    note: 'The 2025 prices of the V3 family: DeepSeek’s own $0.28/$0.42 ($0.315 blended) is nearly the subnet’s $0.27, and centralized hosts charge $0.84.',
    source: 'derived-deepseek-blend',
    values: { pO: 0.315, pB: 0.27, pC: 0.84 },
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
    note: 'A licence that keeps commercial hosts out, the extreme of Llama’s 700M-MAU clause.',
    source: 'llama-licence',
    values: { licence: 1 },
  },
  {
    id: 'emissions-fall',
    name: 'Emissions fall',
    note: 'The subnet’s emissions go to zero, as Chutes’ did in April 2026, and it must charge its $0.74 per 1M of subsidy on top.',
    source: 'sn64-emissions-zero',
    values: { emissionsFall: 1 },
  },
  {
    id: 'subnet-trust-gap',
    name: 'Users trust the subnet a little less',
    note: 'Users value a named host’s reliability and privacy a little above the subnet’s: its own appeal α_B is −0.5 (an assumption inside its plausible range).',
    source: 'assumption',
    values: { alphaB: -0.5 },
  },
];

export const fixedAssumptions: readonly string[] = [
  'One year after the release, daily; the originator serves from day 0, and every channel keeps its price all year.',
  'Appeal is measured against the centralized hosts (α_C = 0); only differences in appeal matter in a logit.',
  'Users compare the subnet and the centralized hosts at least as closely as they compare the lab with them (β_H ≥ β; when β is larger, β applies to both).',
  'Spending is what users pay at the listed prices; the subnet’s emissions are not income from the model.',
  'The derivative curve passes 1 on day 17 (Stanford Alpaca) and is for display only.',
];

/** The summary as the figure's data table reads it (slots: assembly/claims/leakage.ts). */
export const outputs: ClaimModel<SummaryOf<typeof L>>['outputs'] = {
  n: { label: 'Days simulated (day 0 to 365)', format: num(0) },
  margin: marginOutput(),
  phiO: { label: 'Originator’s share of the year’s demand Φ_O', format: (v) => pct(v, 3) },
  phiB: { label: 'Subnet’s share of the year’s demand Φ_B', format: (v) => pct(v, 3) },
  phiC: { label: 'Centralized hosts’ share of the year’s demand Φ_C', format: (v) => pct(v, 3) },
  earnO: { label: 'Originator’s share of the year’s spending ψ_O', format: (v) => pct(v, 3) },
  earnB: { label: 'Subnet’s share of the year’s spending ψ_B', format: (v) => pct(v, 3) },
  earnC: { label: 'Centralized hosts’ share of the year’s spending ψ_C', format: (v) => pct(v, 3) },
  overtakeDay: { label: 'Day the subnet overtakes the originator', format: (v) => (v >= 0 ? `day ${v}` : 'never within the year') },
  sOEnd: { label: 'Originator’s share on day 365', format: (v) => pct(v, 3) },
  sBEnd: { label: 'Subnet’s share on day 365', format: (v) => pct(v, 3) },
  pBPaid: { label: 'Subnet’s price users pay (after any lost subsidy)', format: (v) => `${price(v)} ${PRICE_UNIT}` },
  derivativesEnd: { label: 'Derivative models by day 365 D (display)', format: num(0) },
  derivativesMid: { label: 'Day the derivative curve reaches half its family t½ (display)', format: (v) => `day ${num(0)(v)}` },
};

export function computeLeakage(core: CoreExports, p: ParamValues): LeakageResult {
  return unpackResult(L, core.claimRunLeakage(packParams(L, p)));
}

/** Holds when the subnet earns more of the first year's spending on the model than the lab that made
 *  it and more than the centralized hosts: margin ln(ψ_B / max(ψ_O, ψ_C)), as the core computes it. */
export function verdictLeakage(s: Summary): Verdict {
  const rival = Math.max(s.earnO, s.earnC);
  const margin = logRatio(s.earnB, rival);
  const holds = margin > 0;
  const labLeads = s.earnO >= s.earnC;
  const rivalText = labLeads ? `the lab that made it earns (${pct(s.earnO, 3)})` : `the centralized hosts earn (${pct(s.earnC, 3)})`;
  const marginText = `the subnet earns ${pct(s.earnB, 3)} of the year’s spending on the model; the claim needs more than ${rivalText}`;
  let reason: string;
  if (holds) reason = 'The weights leaked and the spending followed them to the network: the subnet earns more from the model than the lab that made it or the centralized hosts.';
  else if (s.earnB + s.earnC === 0) reason = 'No other host may serve the model, so the lab that made it keeps all the spending on it.';
  else if (labLeads) reason = 'The lab that made the model still earns the most from it: its price, head start or lasting edge keeps the spending from flowing to the network.';
  else reason = 'The spending leaks to the centralized hosts rather than to the network: they earn more from the model than the subnet does.';
  return { holds, margin, marginText, reason };
}

export const leakage: ClaimModel<SummaryOf<typeof L>, (typeof L)['series'][number]> = {
  id: 'leakage',
  layout: L,
  sameUnits: [
    ['pO', 'pB'], ['pO', 'pC'], ['pB', 'pC'], ['pB', 'deltaSub'],
    ['LB', 'LC'], ['LB', 'tauAlpha'],
    ['beta', 'betaH'],
    ['alpha0', 'alphaF'], ['alpha0', 'alphaB'], ['alphaF', 'alphaB'],
  ],
  formalises: 'Liquidity does not leak.',
  witnesses: {
    holds: {
      values: { pO: 1.98 },
      sentence: 'With the lab at its peak price, $1.98 per 1M tokens, the subnet earns 45.9% of the year’s spending on the model and the lab 38.5%.',
    },
    fails: {
      values: { alphaB: -0.5 },
      sentence: 'If users trust the subnet a little less than a named host (α_B = −0.5), the lab earns 48.8% of the year’s spending and the subnet 31.1%.',
    },
  },
  title: 'Leakage of an open release',
  claim: {
    paraphrase: 'Open weights get forked and re-hosted, so their makers cannot keep the value; the spending on them flows to the network that pays providers.',
    quote: 'Liquidity does not leak. The coordination layer — who pays, who earns, how incentives flow — is where value sticks.',
    author: 'Ezza',
    source: 'essay',
  },
  schema,
  presets,
  compute: computeLeakage,
  verdict: verdictLeakage,
  sweep: (core, p, a, b, av, bv) => sweepWith(L, (...args) => core.claimSweepLeakage(...args), p, a, b, av, bv),
  // The two parameters whose plausible ranges move the margin most at the defaults (the tornado).
  mapAxes: ['alphaB', 'beta'],
  counterEvidence: {
    text: 'Coordination leaks too: in April 2026 Covenant AI took three subnets (Templar, Basilica, Grail), their people, research and open models out of Bittensor, alleging “decentralization theatre” (the allegations are disputed).',
    source: 'covenant-exit',
    confidence: 'medium–high',
  },
  fixedAssumptions,
  outputs,
};
