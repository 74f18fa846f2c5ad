// Model 5 (Claim 5) formalises the essay's sentence "Linux gave away the code; Amazon and Google
// captured the value by coordinating compute at scale." and the role it gives TAO ("TAO is
// positioning itself in exactly that role for AI."). For one year of the network's inference subnets
// (Chutes-sized at the defaults): the coordination profit is a platform's take on the spend the network
// routes (OpenRouter keeps 5–5.5%), set against the code layer's cut of the same spend; token holders
// keep that profit only as far as buybacks of their subnet's token outrun the emissions sold.
// Core: assembly/claims/coordination.ts; layout: COORDINATION_LAYOUT below.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import { num, pct, times, usd } from './format';
import { packParams, unpackResult, type ClaimLayout, type ResultOf, type SummaryOf } from './layout';
import { numberParam as n, plausible } from './params';
import { sweepWith } from './sweep';
import type { ClaimModel, ClaimPreset, Verdict } from './types';
import { logRatio, marginOutput } from './verdict';

/** This model's slots, mirroring assembly/claims/layout.ts (see ./layout.ts). */
export const COORDINATION_LAYOUT = {
  model: 5,
  params: ['V', 'netShare', 'tau', 'theta', 'b', 'sigma', 'e', 'P', 'X'],
  summary: ['n', 'margin', 'revenue', 'take', 'code', 'buyback', 'dilution', 'flow', 'kept', 'eUsd', 'coverage', 'sStar', 'X'],
  series: ['share', 'buybacks', 'needed'],
  length: 81,
} as const satisfies ClaimLayout;
const L = COORDINATION_LAYOUT;

export type CoordinationResult = ResultOf<typeof L>;
type Summary = Record<SummaryOf<typeof L>, number>;

/** AWS's Q4-2024 operating margin: what a coordinator with a few rivals kept (the “AWS-like margin” preset). */
export const AWS_MARGIN = 10.6 / 28.8;

/** The essay's sentence this model formalises, verbatim from the essay. */
export const FORMALISES = 'Linux gave away the code; Amazon and Google captured the value by coordinating compute at scale.';

/** Chutes' sourced annualized revenue (tao.media, late 2025), the scale the default share gives. */
export const CHUTES_REVENUE = 5.5e6;

const share = (v: number) => pct(v, 3);
const perYear = (v: number) => `${usd(v)}/yr`;

/** Schema order = COORDINATION_LAYOUT.params = the core's CO_P_* slots. Defaults: facts-2026h2.md, else facts.md Model 5. */
export const schema: readonly Param[] = [
  n('V', 'Annual spend on model APIs V', 'per year', { min: 1e9, max: 1e12, step: 1e8, scale: 'log' }, 5.6e9, 'belcak-slm', usd,
    plausible(5.6e9, 5.6e9, 'belcak-slm')),
  n('netShare', 'Network’s share of that spend s', '', { min: 1e-5, max: 1, step: 1e-5, scale: 'log' }, 0.001, 'co-network-revenue', share,
    plausible(0.00077, 0.0058, 'co-network-revenue')),
  n('tau', 'Coordinator’s take τ', 'of the spend routed', { min: 0, max: 0.5, step: 0.001 }, 0.055, 'co-openrouter-take', (v) => pct(v),
    plausible(0.05, 0.055, 'co-openrouter-take')),
  n('theta', 'Code layer’s cut θ_code', 'of the spend routed', { min: 0, max: 0.2, step: 0.001 }, 0.01, 'assumption', (v) => pct(v),
    plausible(0.005, 0.03, 'assumption')),
  n('b', 'Revenue that buys back the subnet’s token b', 'of revenue', { min: 0, max: 1, step: 0.01 }, 1, 'hashrate-buyback', (v) => pct(v),
    plausible(1, 1, 'hashrate-buyback')),
  n('sigma', 'Share of emissions sold σ', 'of emissions', { min: 0, max: 1, step: 0.01 }, 0.41, 'co-sell-share', (v) => pct(v),
    plausible(0.26, 0.59, 'co-sell-share')),
  n('e', 'Emission to the network’s subnets e', 'TAO/day', { min: 0, max: 3600, step: 1 }, 329, 'co-subnet-emission', num(0),
    plausible(243, 472, 'co-subnet-emission')),
  n('P', 'TAO price P', 'per TAO', { min: 50, max: 800, step: 0.01 }, 268.37, 'co-tao-price', usd,
    plausible(150.35, 268.37, 'co-tao-price')),
  n('X', 'How many times the code layer’s cut counts as “≫”', '×', { min: 1, max: 100, step: 0.5, scale: 'log' }, 10, 'assumption', num(1),
    plausible(3, 10, 'assumption')),
];

export const presets: readonly ClaimPreset[] = [
  {
    id: 'aws-like',
    name: 'AWS-like margin',
    note: 'The network keeps AWS’s 36.8% operating margin (Q4 2024) on what it routes, instead of a router’s 5.5% take.',
    source: 'amazon-q4-2024',
    values: { tau: 0.368 },
  },
  {
    id: 'emissions-covered',
    name: 'Revenue matches emissions',
    note: 'The network’s revenue grows to about the value of its emissions ($32M a year), the best that emission-subsidised networks such as Helium and Render have reached.',
    source: 'co-network-revenue',
    values: { netShare: 0.0058 },
  },
  {
    id: 'next-halving',
    name: 'After the next halving',
    note: 'Half the emission (165 TAO/day), as after the next halving at 15.75M TAO issued, roughly at the end of 2029.',
    source: 'taostats-emission',
    values: { e: 165 },
  },
  {
    id: 'no-buybacks',
    name: 'No buybacks',
    note: 'Revenue is spent on running the subnet, not on buying its token back.',
    source: 'assumption',
    values: { b: 0 },
  },
  {
    id: 'emissions-covered-thin-code',
    name: 'Revenue matches emissions, code layer at 0.5%',
    note: 'Revenue as large as the subnet’s emissions, and a code layer that takes 0.5% of it (the low end of its assumed range).',
    source: 'assumption',
    values: { netShare: 0.0058, theta: 0.005 },
  },
];

export const fixedAssumptions: readonly string[] = [
  'A coordinator earns a take on the spend it routes and passes the rest to its suppliers; the code layer’s cut is a share of the same spend.',
  'Token holders keep the take only as far as buybacks, net of the emissions sold, leave it: kept = min(take, buybacks − emissions sold).',
  'Buybacks buy the subnet’s own token (alpha); the emissions set against them are that subnet’s, valued at the TAO price.',
  'One year at today’s emission rate, with no halving inside it.',
  '“≫” is read as at least X times (default 10, one order of magnitude).',
];

/** The summary as the figure's data table reads it (slots: assembly/claims/coordination.ts). */
export const outputs: ClaimModel<SummaryOf<typeof L>>['outputs'] = {
  n: { label: 'Points on the buyback curve (network share 0.001% to 10%)', format: num(0) },
  margin: marginOutput(),
  revenue: { label: 'Spend through the network Rev = s·V', format: perYear },
  take: { label: 'Coordination profit at the take τ·Rev', format: perYear },
  code: { label: 'Code layer’s cut θ·Rev', format: perYear },
  buyback: { label: 'Buybacks of the subnet’s token b·Rev', format: perYear },
  dilution: { label: 'Emissions sold σ·E', format: perYear },
  flow: { label: 'Token holders’ net flow F = buybacks − emissions sold', format: perYear },
  kept: { label: 'Coordination profit token holders keep, min(take, F)', format: perYear },
  eUsd: { label: 'Emissions to the network’s subnets E = e·365·P', format: perYear },
  coverage: { label: 'Revenue ÷ emissions', format: (v) => (v < 0 ? 'no emissions to cover' : times(v)) },
  sStar: {
    label: 'Share of spend at which buybacks cover the emissions sold plus X × the code layer’s cut',
    format: (v) => (v < 0 ? 'none: each dollar’s buyback is less than X × the code layer’s cut' : share(v)),
  },
  X: { label: 'Factor over the code layer the claim needs X', format: times },
};

export function computeCoordination(core: CoreExports, p: ParamValues): CoordinationResult {
  return unpackResult(L, core.claimRunCoordination(packParams(L, p)));
}

/** Holds when the coordination profit token holders keep, min(take, buybacks − emissions sold), is at
 *  least X times the code layer's cut: both take ≥ X·code and buybacks ≥ emissions sold + X·code, as ln
 *  ratios in the core's order of operations. */
export function verdictCoordination(s: Summary): Verdict {
  const needed = s.X * s.code;
  const layer = logRatio(s.take, needed);
  const token = logRatio(s.buyback, s.dilution + needed);
  const margin = Math.min(layer, token);
  const holds = margin > 0;
  const marginText =
    `the network routes ${perYear(s.revenue)}; a coordinator’s take on it is ${usd(s.take)} and token holders keep ${usd(s.kept)} ` +
    `(buybacks ${usd(s.buyback)} − emissions sold ${usd(s.dilution)}); the code layer’s cut is ${usd(s.code)}, ` +
    `and the claim needs both the take and what holders keep to be at least ${times(s.X)} that cut (${usd(needed)})`;
  let reason: string;
  if (holds) reason = `Coordination earns more than ${times(s.X)} the code layer’s cut and buybacks outrun the emissions sold by more than that, so token holders keep the coordination profit.`;
  else if (token <= layer) {
    reason = s.flow < 0
      ? `The emissions sold (${perYear(s.dilution)}) outrun the buybacks (${perYear(s.buyback)}), so token holders lose on the network’s coordination instead of keeping its profit.`
      : `Buybacks outrun the emissions sold, but token holders keep only ${perYear(s.flow)}, less than ${times(s.X)} the code layer’s cut.`;
  } else reason = `A coordinator’s take on what the network routes (${perYear(s.take)}) is less than ${times(s.X)} the code layer’s cut (${perYear(s.code)}): coordinating open models does not dwarf the code.`;
  return { holds, margin, marginText, reason };
}

export const coordination: ClaimModel<SummaryOf<typeof L>, (typeof L)['series'][number]> = {
  id: 'coordination',
  layout: L,
  // Both are shares of the same dollar of spend the network routes.
  sameUnits: [['tau', 'theta']],
  formalises: FORMALISES,
  witnesses: {
    holds: {
      values: { netShare: 0.0058, theta: 0.005 },
      sentence: 'With revenue as large as its emissions ($32M a year) and a 0.5% code layer, buybacks outrun the $13M of emissions sold and the 5.5% take is more than 10× the code layer’s cut.',
    },
    fails: {
      values: { netShare: 0.001 },
      sentence: 'At Chutes’ scale ($5.6M a year of revenue) the $13M of emissions sold outrun the buybacks, so token holders keep nothing of the coordination profit.',
    },
  },
  title: 'Who captures the coordination layer?',
  claim: {
    paraphrase: 'As with Linux and the cloud, the value goes to whoever coordinates the free layer, and for open AI that is Bittensor.',
    quote: 'Linux gave away the code; Amazon and Google captured the value by coordinating compute at scale.',
    author: 'Ezza',
    source: 'essay',
  },
  schema,
  presets,
  compute: computeCoordination,
  verdict: verdictCoordination,
  sweep: (core, p, a, b, av, bv) => sweepWith(L, (...args) => core.claimSweepCoordination(...args), p, a, b, av, bv),
  // The two parameters the tornado finds decisive at the defaults (tests/unit/claims-fair.test.ts).
  mapAxes: ['theta', 'sigma'],
  counterEvidence: {
    text: 'TAO’s float is only 46% of its fully diluted value (market cap $2.30B vs FDV $5.04B), so most of the supply that dilutes holders is still to be issued.',
    source: 'low-float',
    confidence: 'medium',
  },
  fixedAssumptions,
  outputs,
};
