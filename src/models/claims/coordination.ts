// Model 5 (Claim 5): who captures the coordination layer (the Linux/AWS analogy)? A static Cournot
// estimate of the coordinator's margin against what open code captures, and the net flow a token
// network pays its holders (buybacks from fees minus emissions sold).
// Core: assembly/claims/coordination.ts; layout: COORDINATION_LAYOUT below.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import { num, pct, times, usd } from './format';
import { packParams, unpackResult, type ClaimLayout, type ResultOf, type SummaryOf } from './layout';
import { numberParam as n } from './params';
import { sweepWith } from './sweep';
import type { ClaimModel, ClaimPreset, Verdict } from './types';
import { logRatio, marginOutput } from './verdict';

/** This model's slots, mirroring assembly/claims/layout.ts (see ./layout.ts). */
export const COORDINATION_LAYOUT = {
  model: 5,
  params: ['V', 'nCent', 'nDec', 'eps', 'theta', 'netShare', 'b', 'sigma', 'e', 'P', 'X'],
  summary: ['n', 'margin', 'lDec', 'lCent', 'piDec', 'piCent', 'code', 'revenue', 'buyback', 'dilution', 'flow', 'nStar', 'eUsd', 'X'],
  series: ['nEff', 'lerner'],
  length: 200,
} as const satisfies ClaimLayout;
const L = COORDINATION_LAYOUT;

export type CoordinationResult = ResultOf<typeof L>;
type Summary = Record<SummaryOf<typeof L>, number>;

/** AWS's Q4-2024 operating margin, the calibration point the facts compare L(3, 1.5) ≈ 22% with. */
export const AWS_MARGIN = 10.6 / 28.8;

/** Schema order = COORDINATION_LAYOUT.params = the core's CO_P_* slots. Defaults: facts.md Model 5. */
export const schema: readonly Param[] = [
  n('V', 'Annual spend V', 'per year', { min: 1e9, max: 1e12, step: 1e8, scale: 'log' }, 5.6e9, 'belcak-slm', usd),
  n('nCent', 'Competitors, centralized N_eff', '', { min: 1, max: 10, step: 0.5 }, 3, 'assumption', num(1)),
  n('nDec', 'Competitors, decentralized N_eff', '', { min: 3, max: 200, step: 1, scale: 'log' }, 60, 'openrouter-providers', num(0)),
  n('eps', 'Demand elasticity ε', '', { min: 0.5, max: 5, step: 0.1 }, 1.5, 'assumption', num(1)),
  n('theta', 'Code-layer capture θ_code', '', { min: 0, max: 0.2, step: 0.005 }, 0.02, 'assumption', (v) => pct(v)),
  n('netShare', 'Share of spend through the network', '', { min: 0, max: 1, step: 0.01 }, 0.05, 'assumption', (v) => pct(v)),
  n('b', 'Revenue used for buybacks b', '', { min: 0, max: 1, step: 0.01 }, 1, 'hashrate-buyback', (v) => pct(v)),
  n('sigma', 'Share of emissions sold σ', '', { min: 0, max: 1, step: 0.01 }, 0.3, 'taodaily-sell', (v) => pct(v)),
  n('e', 'Emission e', 'TAO/day', { min: 900, max: 7200, step: 900 }, 3600, 'taostats-emission', num(0)),
  n('P', 'TAO price P', '', { min: 50, max: 800, step: 1 }, 218, 'synthos-tao', usd),
  n('X', 'How many times θ·V counts as “≫”', '×', { min: 1, max: 100, step: 0.5, scale: 'log' }, 10, 'assumption', num(1)),
];

export const presets: readonly ClaimPreset[] = [
  {
    id: 'aws-like',
    name: 'AWS-like oligopoly',
    note: 'The network behaves like three hyperscalers (N_eff = 3): L ≈ 22%, against AWS’s 36.8% operating margin in Q4 2024.',
    source: 'amazon-q4-2024',
    values: { nDec: 3 },
  },
  {
    id: 'infrastructure-spend',
    name: 'Hosting infrastructure ($57B)',
    note: 'Counts the $57B spent on hosting infrastructure in 2024 instead of the $5.6B LLM API market.',
    source: 'belcak-slm',
    values: { V: 5.7e10 },
  },
  {
    id: 'no-buybacks',
    name: 'No buybacks',
    note: 'Revenue is paid out, not used to buy the token back.',
    source: 'assumption',
    values: { b: 0 },
  },
  {
    id: 'all-spend',
    name: 'All API spend through the network',
    note: 'Every dollar of the LLM API market flows through the token network.',
    source: 'assumption',
    values: { netShare: 1 },
  },
];

export const fixedAssumptions: readonly string[] = [
  'Symmetric Cournot: the coordinator’s margin is L = 1/(N_eff·ε), at most 100%.',
  '“≫” is read as at least X times (default 10, one order of magnitude).',
];

const perYear = (v: number) => `${usd(v)}/yr`;

/** The summary as the figure's data table reads it (slots: assembly/claims/coordination.ts). */
export const outputs: ClaimModel<SummaryOf<typeof L>>['outputs'] = {
  n: { label: 'Points on the margin curve (N_eff = 1 to 200)', format: num(0) },
  margin: marginOutput(),
  lDec: { label: 'Coordination margin, decentralized network L', format: (v) => pct(v, 3) },
  lCent: { label: 'Coordination margin, centralized providers L', format: (v) => pct(v, 3) },
  piDec: { label: 'Coordination profit, decentralized network Π_coord', format: perYear },
  piCent: { label: 'Coordination profit, centralized providers', format: perYear },
  code: { label: 'Code layer’s capture θ_code·V', format: perYear },
  revenue: { label: 'Spend through the network Rev_net', format: perYear },
  buyback: { label: 'Token buybacks b·Rev_net', format: perYear },
  dilution: { label: 'Emissions sold σ·E_usd', format: perYear },
  flow: { label: 'Token holders’ net flow F', format: perYear },
  nStar: {
    label: 'Competitors N_eff at which coordination profit falls to X × the code layer’s',
    format: (v) => (v === Infinity ? 'no limit: the code layer captures nothing' : v < 0 ? 'none: even a monopoly falls short' : num(1)(v)),
  },
  eUsd: { label: 'Emissions in dollars E_usd', format: perYear },
  X: { label: 'Factor over the code layer the claim needs X', format: times },
};

export function computeCoordination(core: CoreExports, p: ParamValues): CoordinationResult {
  return unpackResult(L, core.claimRunCoordination(packParams(L, p)));
}

/** Holds when the network's coordination profit is at least X times the code layer's capture AND
 *  token holders' net flow b·Rev − σ·E_usd is positive; both as ln ratios, as in the core. */
export function verdictCoordination(s: Summary): Verdict {
  const coord = logRatio(s.piDec, s.X * s.code);
  const flow = logRatio(s.buyback, s.dilution);
  const margin = Math.min(coord, flow);
  const holds = margin > 0;
  const marginText =
    `the network keeps a ${pct(s.lDec)} coordination margin (${usd(s.piDec)}/yr), ${times(s.piDec / s.code)} the code layer’s ${usd(s.code)}; ` +
    `token holders net ${usd(s.flow)}/yr (buybacks ${usd(s.buyback)} − emissions sold ${usd(s.dilution)}); the claim needs at least ${times(s.X)} and a positive flow`;
  let reason: string;
  if (holds) reason = 'The market stays concentrated enough to keep a coordination margin well above what open code captures, and buybacks outrun the emissions sold.';
  else if (coord <= flow) {
    const nStar = s.nStar > 0 && Number.isFinite(s.nStar) ? ` once more than ${s.nStar.toFixed(1)} interchangeable providers compete` : '';
    reason = `Competition among permissionless providers drives the coordination margin below ${times(s.X)} the code layer’s share${nStar}: the AWS-like rent (${pct(s.lCent)}) does not survive free entry.`;
  } else reason = 'Emissions sold outweigh the fees bought back, so token holders are diluted even if the network coordinates well.';
  return { holds, margin, marginText, reason };
}

export const coordination: ClaimModel<SummaryOf<typeof L>, (typeof L)['series'][number]> = {
  id: 'coordination',
  layout: L,
  sameUnits: [],
  formalises: '',
  witnesses: { holds: { values: {}, sentence: '' }, fails: { values: {}, sentence: '' } },
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
  // One axis per condition: N_eff sets the coordination margin (L ∝ 1/N_eff, the decentralization–
  // rent tension), the network's share of spend sets the buybacks that must outrun emissions sold.
  mapAxes: ['nDec', 'netShare'],
  counterEvidence: {
    text: 'TAO’s float is only 46% of its fully diluted value (market cap $2.30B vs FDV $5.04B), so most of the supply that dilutes holders is still to be issued.',
    source: 'low-float',
    confidence: 'medium',
  },
  fixedAssumptions,
  outputs,
};
