// Model 1 (Claim 1): weight rent vs market rent. Is it worth more to own a model's weights (a
// premium that decays as open models catch up) or the market that serves every model (a take per
// token times market share), and does that take come to cover the emission subsidy?
// Core: assembly/claims/weight-rent.ts; layout: WEIGHT_RENT_LAYOUT below.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import { count, num, pct, times, usd } from './format';
import { packParams, unpackResult, type ClaimLayout, type ResultOf, type SummaryOf } from './layout';
import { numberParam as n } from './params';
import { sweepWith } from './sweep';
import type { ClaimModel, ClaimPreset, Verdict } from './types';
import { clampMargin, logRatio, marginOutput } from './verdict';

/** This model's slots, mirroring assembly/claims/layout.ts (see ./layout.ts). */
export const WEIGHT_RENT_LAYOUT = {
  model: 1,
  params: ['Q0', 'g', 'm0', 'tauW', 'k', 'S0', 'a', 'ch', 'E0', 'halvingMonth', 'drift', 'r', 'kappa', 'H'],
  summary: ['n', 'margin', 'Vw', 'Vk', 'VkNet', 'ratio', 'maxCR', 'firstCovered', 'halvingAt', 'cr0', 'shareEnd', 'H'],
  series: ['premium', 'share', 'demand', 'subsidy', 'coverage', 'weightRent', 'marketRent', 'cumVw', 'cumVkNet'],
  length: 0,
} as const satisfies ClaimLayout;
const L = WEIGHT_RENT_LAYOUT;

export type WeightRentResult = ResultOf<typeof L>;
type Summary = Record<SummaryOf<typeof L>, number>;

const perM = (v: number) => `$${v.toFixed(3)}`;
const months = (v: number) => v.toFixed(v < 1 ? 2 : 1);
const rate = (v: number) => pct(v, 2);

/** Schema order = WEIGHT_RENT_LAYOUT.params = the core's WR_P_* slots. Defaults: facts.md Model 1. */
export const schema: readonly Param[] = [
  n('Q0', 'Demand Q₀', 'tokens/month', { min: 1e10, max: 1e14, step: 1e9, scale: 'log' }, 3.6e12, 'chutes-taomedia', count),
  n('g', 'Demand growth g', '/month', { min: -0.1, max: 0.3, step: 0.005 }, 0.05, 'assumption', rate),
  n('m0', 'Weight premium m₀', 'per 1M tokens', { min: 0, max: 10, step: 0.01 }, 0.83, 'derived-weight-premium', perM),
  n('tauW', 'Premium decay time τ_w', 'months', { min: 0.25, max: 24, step: 0.25, scale: 'log' }, 3.5, 'epoch-gap-2025', months),
  n('k', 'Market take k', 'per 1M tokens', { min: 0, max: 1, step: 0.001 }, 0.126, 'derived-chutes-take', perM),
  n('S0', 'Coordinator share S₀', '', { min: 0, max: 1, step: 0.01 }, 0.12, 'derived-chutes-share', (v) => pct(v)),
  n('a', 'Share growth a', '/month', { min: 0, max: 0.5, step: 0.01 }, 0.1, 'assumption', rate),
  n('ch', 'Share churn ch', '/month', { min: 0, max: 0.2, step: 0.005 }, 0.02, 'assumption', rate),
  n('E0', 'Emission subsidy E₀', 'per month', { min: 0, max: 5e6, step: 1e4 }, 8.2e5, 'chutes-taomedia', usd),
  n('halvingMonth', 'Next halving', 'month', { min: 12, max: 72, step: 1 }, 48, 'derived-next-halving', num(0)),
  n('drift', 'TAO price drift π', '/month', { min: -0.05, max: 0.05, step: 0.005 }, 0, 'assumption', rate),
  n('r', 'Discount rate r', '/month', { min: 0, max: 0.03, step: 0.001 }, 0.01, 'assumption', rate),
  n('kappa', 'Subsidy counted as investment κ', '', { min: 0, max: 1, step: 0.05 }, 0, 'assumption', (v) => pct(v)),
  n('H', 'Horizon H', 'months', { min: 12, max: 120, step: 1 }, 60, 'assumption', num(0)),
];

export const presets: readonly ClaimPreset[] = [
  {
    id: 'scarce-weights',
    name: 'Weights stay scarce (2024 gap)',
    note: 'Open models trailed closed ones by about a year in 2024, so the weights’ premium decays over 12 months instead of 3.5.',
    source: 'epoch-gap-2024',
    values: { tauW: 12 },
  },
  {
    id: 'whole-market',
    name: 'Whole open-model market (1T tokens/day)',
    note: 'Reads Q as all open-model traffic (about 1T tokens/day) so that S₀·Q₀ is Chutes’ 120B/day; coverage then starts at 0.55, as facts §1d derives.',
    source: 'derived-chutes-share',
    values: { Q0: 3e13 },
  },
  {
    id: 'take-competed',
    name: 'Take competed toward zero',
    note: 'Hosts undercut each other until the market keeps $0.02 per 1M tokens.',
    source: 'assumption',
    values: { k: 0.02 },
  },
  {
    id: 'tao-falls',
    name: 'TAO falls 5% a month',
    note: 'The subsidy shrinks with the token price; coverage comes sooner, but it is the dilution that is shrinking.',
    source: 'assumption',
    values: { drift: -0.05 },
  },
  {
    id: 'subsidy-as-investment',
    name: 'Subsidy counted as investment',
    note: 'κ = 1: the emissions paid out are treated as an investment in the market rather than dilution.',
    source: 'assumption',
    values: { kappa: 1 },
  },
];

/** The model's numbers that have no slider. */
export const fixedAssumptions: readonly string[] = [
  'Month 0 is the first halving (14 Dec 2025): issuance 10.5M TAO, 0.5 TAO per block; the emission schedule comes from the market core.',
  'The issuance clock runs at the pace that puts the next halving at the chosen month (recycling is what slows it); later halvings follow at the same pace.',
];

/** The summary as the figure's data table reads it (slots: assembly/claims/weight-rent.ts). */
export const outputs: ClaimModel<SummaryOf<typeof L>>['outputs'] = {
  n: { label: 'Months in each series (month 0 to H)', format: num(0) },
  margin: marginOutput(),
  Vw: { label: 'Value of owning the weights V_w (present value)', format: usd },
  Vk: { label: 'Value of owning the market V_k (present value)', format: usd },
  VkNet: { label: 'Market value net of subsidy dilution V_k,net', format: usd },
  ratio: { label: 'Market rent ÷ weight rent V_k / V_w', format: times },
  maxCR: { label: 'Best month’s coverage of the subsidy CR', format: (v) => pct(v, 3) },
  firstCovered: { label: 'First month revenue covers the subsidy (CR ≥ 1)', format: (v) => (v >= 0 ? `month ${v}` : 'never within the horizon') },
  halvingAt: { label: 'Month of the next halving', format: (v) => (v >= 0 ? `month ${v}` : 'none within the horizon') },
  cr0: { label: 'Coverage of the subsidy at month 0, CR(0)', format: (v) => pct(v, 3) },
  shareEnd: { label: 'Coordinator’s share at the horizon S(H)', format: (v) => pct(v, 3) },
  H: { label: 'Horizon H', format: (v) => `${num(0)(v)} months` },
};

export function computeWeightRent(core: CoreExports, p: ParamValues): WeightRentResult {
  return unpackResult(L, core.claimRunWeightRent(packParams(L, p)));
}

/** Holds when market rent beats weight rent AND the take covers the subsidy in some month within H. */
export function verdictWeightRent(s: Summary): Verdict {
  const rent = logRatio(s.Vk, s.Vw);
  const cover = clampMargin(Math.log(s.maxCR));
  const margin = Math.min(rent, cover);
  const holds = margin > 0;
  const coverage = s.firstCovered >= 0
    ? `revenue first covers the subsidy in month ${s.firstCovered}`
    : `revenue covers at most ${pct(s.maxCR)} of the subsidy`;
  const marginText = `market rent is ${times(s.ratio)} weight rent and ${coverage} within ${s.H} months; the claim needs market rent above 1× and coverage of at least 100%`;
  let reason: string;
  if (holds) reason = 'Owning the market is worth more than owning the weights, and the take grows to pay for the emissions within the horizon.';
  else if (rent <= cover) reason = 'Over the horizon the weights’ premium is worth more than the market’s take: the premium decays too slowly or the take is too thin.';
  else reason = 'Market rent beats weight rent, but the take never covers the emission subsidy within the horizon, so the market runs on dilution.';
  return { holds, margin, marginText, reason };
}

export const weightRent: ClaimModel<SummaryOf<typeof L>, (typeof L)['series'][number]> = {
  id: 'weight-rent',
  layout: L,
  sameUnits: [],
  formalises: '',
  witnesses: { holds: { values: {}, sentence: '' }, fails: { values: {}, sentence: '' } },
  title: 'Weight rent vs market rent',
  claim: {
    paraphrase: 'Bittensor does not compete by owning model weights but by owning the market that serves every model.',
    quote: 'TAO doesn’t compete on weights — it competes on markets.',
    author: 'Ezza',
    source: 'essay',
  },
  schema,
  presets,
  compute: computeWeightRent,
  verdict: verdictWeightRent,
  sweep: (core, p, a, b, av, bv) => sweepWith(L, (...args) => core.claimSweepWeightRent(...args), p, a, b, av, bv),
  // τ_w decides how much the weights are worth (the facts' first failure mode); k is the only
  // parameter in both conditions (market rent and coverage), so the pair spans both boundaries.
  mapAxes: ['tauW', 'k'],
  counterEvidence: {
    text: 'At Chutes, the largest inference subnet, emissions paid about $0.45 per 1M tokens against about $0.13 of revenue before the halving; Chutes says revenue covers 30–40% of its expenses.',
    source: 'subsidy-exceeds-revenue',
    confidence: 'medium',
  },
  fixedAssumptions,
  outputs,
};
