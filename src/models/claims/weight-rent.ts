// Model 1 (Claim 1) formalises the essay's sentence "TAO doesn’t compete on weights — it competes on
// markets." Is it worth more to own a model's weights (a lab re-releasing every T_r months, each
// release restoring a price premium that decays as open models catch up, and costing C_r) or the market
// that serves every model (a take per token on a share the emission subsidy buys, net of the dilution
// that subsidy costs)? Core: assembly/claims/weight-rent.ts; layout: WEIGHT_RENT_LAYOUT below.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import { count, num, pct, usd } from './format';
import { packParams, unpackResult, type ClaimLayout, type ResultOf, type SummaryOf } from './layout';
import { numberParam as n, plausible } from './params';
import { sweepWith } from './sweep';
import type { ClaimModel, ClaimPreset, Verdict } from './types';
import { logRatio, marginOutput } from './verdict';

/** This model's slots, mirroring assembly/claims/layout.ts (see ./layout.ts). */
export const WEIGHT_RENT_LAYOUT = {
  model: 1,
  params: ['Q0', 'g', 'm0', 'tauW', 'Tr', 'labShare', 'Cr', 'k', 'S0', 'a', 'ch', 'E0', 'halvingMonth', 'drift', 'r', 'kappa', 'H'],
  summary: [
    'n', 'margin', 'Vw', 'releaseCost', 'VwNet', 'Vk', 'dilution', 'VkNet', 'pvCover', 'coverNeeded',
    'firstCovered', 'halvingAt', 'cr0', 'shareEnd', 'releases', 'H',
  ],
  series: ['premium', 'share', 'demand', 'subsidy', 'coverage', 'weightRent', 'marketRent', 'cumVwNet', 'cumVkNet'],
  length: 0,
} as const satisfies ClaimLayout;
const L = WEIGHT_RENT_LAYOUT;

export type WeightRentResult = ResultOf<typeof L>;
type Summary = Record<SummaryOf<typeof L>, number>;

const perM = (v: number) => `$${v.toFixed(3)}`;
const months = (v: number) => v.toFixed(v < 1 ? 2 : 1);
const rate = (v: number) => pct(v, 2);
const share = (v: number) => pct(v);
/** One trillion tokens a day, in tokens a month (365.25 / 12 days). */
const T_PER_DAY = 1e12 * (365.25 / 12);
const PRICE = 'per 1M tokens (blended)';

/** Schema order = WEIGHT_RENT_LAYOUT.params = the core's WR_P_* slots. Defaults: facts-2026h2 §1–2,
 *  facts.md §1d and Model 1; month 0 is October 2026. */
export const schema: readonly Param[] = [
  n('Q0', 'Open-model demand Q₀', 'tokens/month', { min: 1e11, max: 1e15, step: 1e8, scale: 'log' }, T_PER_DAY, 'open-model-market', count,
    plausible(T_PER_DAY, 1.5 * T_PER_DAY, 'open-model-market')),
  n('g', 'Demand growth g', '/month', { min: -0.1, max: 0.3, step: 0.005 }, 0.04, 'assumption', rate, plausible(0.01, 0.08, 'assumption')),
  n('m0', 'Weights’ premium at a release m₀', PRICE, { min: 0, max: 2, step: 0.0025 }, 0.2075, 'derived-weight-premium', perM,
    plausible(0.045, 0.57, 'derived-weight-premium')),
  n('tauW', 'Premium decay time τ_w', 'months', { min: 0.25, max: 24, step: 0.25, scale: 'log' }, 4, 'epoch-gap-2026', months,
    plausible(1.1, 5.3, 'epoch-gap-2025')),
  n('Tr', 'Months between the lab’s releases T_r', 'months', { min: 1, max: 24, step: 0.5 }, 4, 'lab-release-cadence', months,
    plausible(2, 12, 'lab-release-cadence')),
  n('labShare', 'Lab’s share of open-model tokens w', '', { min: 0, max: 1, step: 0.01 }, 0.12, 'assumption', share, plausible(0.05, 0.25, 'assumption')),
  n('Cr', 'Cost of each release C_r', 'per release', { min: 1e5, max: 1e8, step: 1e5, scale: 'log' }, 3e6, 'assumption', usd,
    plausible(1e6, 1e7, 'assumption')),
  n('k', 'Market take k', PRICE, { min: 0, max: 1, step: 0.001 }, 0.126, 'derived-chutes-take', perM, plausible(0.098, 0.168, 'derived-chutes-take')),
  n('S0', 'Market’s share S₀', '', { min: 0, max: 1, step: 0.01 }, 0.12, 'derived-chutes-share', share, plausible(0.08, 0.16, 'derived-chutes-share')),
  n('a', 'Share growth the subsidy buys a', '/month', { min: 0, max: 0.5, step: 0.01 }, 0.06, 'assumption', rate, plausible(0.02, 0.12, 'assumption')),
  n('ch', 'Share churn ch', '/month', { min: 0, max: 0.2, step: 0.005 }, 0.02, 'assumption', rate, plausible(0, 0.04, 'assumption')),
  n('E0', 'Emission subsidy E₀', 'per month', { min: 0, max: 1e7, step: 1e4 }, 2.69e6, 'chutes-emission-2026', usd,
    plausible(1.5e6, 3e6, 'chutes-emission-2026')),
  n('halvingMonth', 'Next halving', 'months', { min: 12, max: 72, step: 1 }, 38, 'derived-next-halving', num(0), plausible(36, 44, 'derived-next-halving')),
  n('drift', 'TAO price drift π', '/month', { min: -0.05, max: 0.05, step: 0.005 }, 0, 'assumption', rate, plausible(-0.03, 0.03, 'tao-price-2026')),
  n('r', 'Discount rate r', '/month', { min: 0, max: 0.03, step: 0.001 }, 0.01, 'assumption', rate, plausible(0.005, 0.02, 'assumption')),
  n('kappa', 'Subsidy counted as investment κ', '', { min: 0, max: 1, step: 0.05 }, 0, 'assumption', share, plausible(0, 0.5, 'assumption')),
  n('H', 'Horizon H', 'months', { min: 12, max: 120, step: 1 }, 60, 'assumption', num(0), plausible(36, 120, 'assumption')),
];

export const presets: readonly ClaimPreset[] = [
  {
    id: 'scarce-weights',
    name: 'Weights stay scarce (2024 gap)',
    note: 'Open models trailed closed ones by about a year in 2024, so the weights’ premium decays over 12 months instead of 4.',
    source: 'epoch-gap-2024',
    values: { tauW: 12 },
  },
  {
    id: 'take-competed',
    name: 'Take competed toward zero',
    note: 'The market keeps what a tokenless router does: OpenRouter’s 5.5% fee on a $0.3 blended price is about $0.02 per 1M tokens.',
    source: 'openrouter-fee',
    values: { k: 0.02 },
  },
  {
    id: 'no-demand-growth',
    name: 'Demand stops growing',
    note: 'g = 0: the open-model market stays at today’s size, so neither side grows into its costs.',
    source: 'assumption',
    values: { g: 0 },
  },
  {
    id: 'originator-cheapest',
    name: 'The lab prices near the cheapest host (V3.2)',
    note: 'DeepSeek V3.2 at $0.315 blended was 4.5 cents above Chutes’ $0.27: the weights keep almost no premium.',
    source: 'derived-weight-premium',
    values: { m0: 0.045 },
  },
  {
    id: 'tao-falls',
    name: 'TAO falls 5% a month',
    note: 'The subsidy’s dollar value shrinks, so the dilution costs less, but it also buys less share growth.',
    source: 'tao-price-2026',
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
  'Month 0 is 8 Oct 2026: 11.5976M TAO issued, 0.5 TAO per block; the emission schedule comes from the market core.',
  'The issuance clock runs at the pace that puts the next halving at the chosen month (recycling is what slows it); later halvings follow at the same pace.',
  'The market’s share of emissions stays as it is; its subsidy in dollars follows the halvings and the TAO price.',
  'Share growth a is what today’s subsidy ($2.69M a month) buys; a subsidy worth half as much, after a halving or a price fall, buys half the growth.',
  'The lab releases in month 0 and every T_r months after; each release costs C_r and restores the full premium m₀. Its share w of the market stays fixed.',
];

/** The summary as the figure's data table reads it (slots: assembly/claims/weight-rent.ts). */
export const outputs: ClaimModel<SummaryOf<typeof L>>['outputs'] = {
  n: { label: 'Months in each series (month 0 to H)', format: num(0) },
  margin: marginOutput(),
  Vw: { label: 'Weights’ premium earned, present value V_w', format: usd },
  releaseCost: { label: 'Cost of the lab’s releases, present value C', format: usd },
  VwNet: { label: 'Value of owning the weights, net of releases V_w − C', format: usd },
  Vk: { label: 'Market’s take earned, present value V_k', format: usd },
  dilution: { label: 'Subsidy counted as dilution, present value D', format: usd },
  VkNet: { label: 'Value of owning the market, net of dilution V_k − D', format: usd },
  pvCover: { label: 'Share of the subsidy the take pays for over the horizon (present value)', format: (v) => pct(v, 3) },
  coverNeeded: { label: 'Share the claim needs (the subsidy not counted as investment)', format: (v) => pct(v, 3) },
  firstCovered: { label: 'First month the take covers that month’s subsidy', format: (v) => (v >= 0 ? `month ${v}` : 'never within the horizon') },
  halvingAt: { label: 'Month of the next halving', format: (v) => (v >= 0 ? `month ${v}` : 'none within the horizon') },
  cr0: { label: 'Coverage of the subsidy at month 0, CR(0)', format: (v) => pct(v, 3) },
  shareEnd: { label: 'Market’s share at the horizon S(H)', format: (v) => pct(v, 3) },
  releases: { label: 'Lab releases within the horizon', format: num(0) },
  H: { label: 'Horizon H', format: (v) => `${num(0)(v)} months` },
};

export function computeWeightRent(core: CoreExports, p: ParamValues): WeightRentResult {
  return unpackResult(L, core.claimRunWeightRent(packParams(L, p)));
}

/** Holds when the market's value net of dilution beats the weights' value net of releases
 *  (V_k − D > V_w − C, i.e. V_k + C > V_w + D) and the take pays for the dilution (V_k > D). */
export function verdictWeightRent(s: Summary): Verdict {
  const ahead = logRatio(s.Vk + s.releaseCost, s.Vw + s.dilution);
  const pays = logRatio(s.Vk, s.dilution);
  const margin = Math.min(ahead, pays);
  const holds = margin > 0;
  const marginText =
    `over ${s.H} months owning the market is worth ${usd(s.VkNet)} net of its subsidy and owning the weights ${usd(s.VwNet)} net of ` +
    `${s.releases} releases; the take pays for ${pct(s.pvCover)} of the subsidy; the claim needs the market ahead and at least ${pct(s.coverNeeded)}`;
  let reason: string;
  if (holds) reason = 'Once each side pays for keeping its edge, owning the market is worth more than owning the weights, and its take pays for its subsidy.';
  else if (ahead <= 0 && pays <= 0) reason = 'Once each side pays for keeping its edge, the weights are worth more than the market, whose take does not even pay for its subsidy.';
  else if (ahead <= 0) reason = 'Once each side pays for keeping its edge, the weights’ renewed premium is worth more than the market’s take net of its subsidy.';
  else reason = 'The market comes out ahead of the weights, but its take does not pay for its subsidy over the horizon, so it runs on dilution.';
  return { holds, margin, marginText, reason };
}

export const weightRent: ClaimModel<SummaryOf<typeof L>, (typeof L)['series'][number]> = {
  id: 'weight-rent',
  layout: L,
  sameUnits: [
    ['m0', 'k'],
    ['g', 'a'],
    ['g', 'ch'],
    ['g', 'drift'],
    ['g', 'r'],
    ['tauW', 'Tr'],
    ['tauW', 'H'],
    ['halvingMonth', 'H'],
    ['labShare', 'S0'],
  ],
  formalises: 'TAO doesn’t compete on weights — it competes on markets.',
  witnesses: {
    holds: {
      values: { g: 0.06, a: 0.1 },
      sentence: 'With demand growing 6% a month and the subsidy buying 10% share growth a month, the market’s net value ends far above the weights’.',
    },
    fails: {
      values: { g: 0.01, a: 0.03 },
      sentence: 'With demand growing 1% a month and 3% share growth a month, the take never pays for the subsidy and the weights come out ahead.',
    },
  },
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
  // The two parameters that swing the margin most across their plausible ranges at the defaults
  // (tests/unit/claims-fair.test.ts recomputes the tornado and checks).
  mapAxes: ['a', 'g'],
  counterEvidence: {
    text: 'Chutes, the largest inference subnet, receives 329 TAO a day (about $32M a year in October 2026), about six times its last reported revenue of $5.5M a year; Chutes says revenue covers 30–40% of its expenses.',
    source: 'subsidy-exceeds-revenue',
    confidence: 'medium',
  },
  fixedAssumptions,
  outputs,
};
