// Model 3 (Claim 3): do competitors' releases become "fuel"? Three networks compete for GPUs and
// demand — B, a Bittensor inference/fine-tune subnet cluster that hosts any open model; A, an
// Ambient-style single-model chain; C, centralized and first-party hosts — over five years, weekly,
// with seeded random release dates and the TAO halving from the market core.
// Core: assembly/claims/three-networks.ts; layout: THREE_NETWORKS_LAYOUT below.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import { count, num, pct, pts, usd } from './format';
import { packParams, unpackResult, type ClaimLayout, type ResultOf, type SummaryOf } from './layout';
import { choiceParam as c, numberParam as n } from './params';
import { sweepWith } from './sweep';
import type { ClaimModel, ClaimPreset, Verdict } from './types';
import { clampMargin, marginOutput } from './verdict';

/** This model's slots, mirroring assembly/claims/layout.ts (see ./layout.ts). */
export const THREE_NETWORKS_LAYOUT = {
  model: 3,
  params: [
    'Qtot', 'PB0', 'wInf', 'mu', 'sigma', 'b', 'cGpu', 'nSmall', 'nFront', 'nA', 'kThr', 'lambda', 'LB', 'LC',
    'beta', 'gamma', 'delta', 'kappa', 'eta', 'fs', 'EA', 'psi', 'nu', 'cPrice', 'shock', 'shockWeek', 'seed',
  ],
  summary: [
    'n', 'margin', 'fuel', 'sB0', 'sBPreHalving', 'sBEnd', 'crEnd', 'crMax', 'crWeek', 'collapseWeek', 'halvingWeek',
    'sAEnd', 'sCEnd', 'taoPriceEnd', 'releases', 'muDtao',
  ],
  series: ['sB', 'sA', 'sC', 'pB', 'pA', 'pC', 'GB', 'GA', 'GC', 'MB', 'MC', 'taoPrice', 'EB', 'coverage', 'revenueB'],
  length: 261,
} as const satisfies ClaimLayout;
const L = THREE_NETWORKS_LAYOUT;

export type ThreeNetworksResult = ResultOf<typeof L>;
type Summary = Record<SummaryOf<typeof L>, number>;

const params = (v: number) => `${v.toFixed(0)}B`;
const share = (v: number) => pct(v);
const paramsRange = { min: 1, max: 600, step: 1, scale: 'log' as const };

/** Schema order = THREE_NETWORKS_LAYOUT.params = the core's TN_P_* slots. Defaults: facts.md Model 3
 *  (and assembly/claims/three-networks.ts DEFAULTS, where the networks' appeal is calibrated). */
export const schema: readonly Param[] = [
  n('Qtot', 'Open-model demand Q_tot', 'tokens/week', { min: 1e11, max: 1e14, step: 1e10, scale: 'log' }, 7e12, 'openrouter-volume', count),
  n('PB0', 'TAO price P_B₀', '', { min: 50, max: 800, step: 1 }, 218, 'synthos-tao', usd),
  n('wInf', 'Inference subnets’ share of emissions w_inf', '', { min: 0, max: 0.5, step: 0.01 }, 0.15, 'assumption', share),
  n('mu', 'Miners’ share of subnet emissions μ', '', { min: 0, max: 1, step: 0.01 }, 0.41, 'dtao-split', share),
  n('sigma', 'Share of emissions sold σ', '', { min: 0, max: 1, step: 0.01 }, 0.3, 'taodaily-sell', share),
  n('b', 'Revenue used for buybacks b', '', { min: 0, max: 1, step: 0.01 }, 1, 'hashrate-buyback', share),
  n('cGpu', 'GPU cost c_gpu', 'per GPU-hour', { min: 0.5, max: 5, step: 0.05 }, 2, 'assumption', usd),
  n('nSmall', 'Routine model size (B, C)', 'active params', paramsRange, 8, 'cloudprice-8b', params),
  n('nFront', 'Frontier model size (B, C)', 'active params', paramsRange, 37, 'moe-active-params', params),
  n('nA', 'A’s single model', 'active params', paramsRange, 32, 'glm46-ambient', params),
  n('kThr', 'Throughput k_thr', '× 3,000 tok/s at 8B', { min: 0.3, max: 3, step: 0.05, scale: 'log' }, 1, 'networkprogrammable-thr', (v) => `×${v.toFixed(2)}`),
  n('lambda', 'Open releases λ', 'per month', { min: 0, max: 20, step: 0.5 }, 4, 'assumption', num(1)),
  n('LB', 'Subnet lag L_B', 'days', { min: 0, max: 90, step: 1 }, 7, 'assumption', num(0)),
  n('LC', 'Centralized lag L_C', 'days', { min: 0, max: 90, step: 1 }, 1, 'llama3-hosting', num(0)),
  n('beta', 'Price sensitivity β', '', { min: 0, max: 6, step: 0.1 }, 2, 'assumption', num(1)),
  n('gamma', 'Catalog breadth γ', '', { min: 0, max: 2, step: 0.05 }, 0.5, 'assumption', num(2)),
  n('delta', 'Capacity appeal δ', '', { min: 0, max: 1, step: 0.05 }, 0.2, 'assumption', num(2)),
  n('kappa', 'GPU entry speed κ', '', { min: 0, max: 0.3, step: 0.01 }, 0.05, 'assumption', num(2)),
  n('eta', 'Token price response η', '', { min: 0, max: 2, step: 0.1 }, 0.5, 'assumption', num(1)),
  n('fs', 'Routine (small-model) share of demand f_s', '', { min: 0, max: 1, step: 0.05 }, 0.6, 'belcak-slm', share),
  n('EA', 'A’s token subsidy E_A (hypothetical)', 'per day', { min: 0, max: 1e6, step: 1e4 }, 0, 'ambient-audit', usd),
  n('psi', 'Subsidy passed through to users ψ', '', { min: 0, max: 1, step: 0.05 }, 0.5, 'assumption', share),
  n('nu', 'Users who re-choose each week ν', '', { min: 0.02, max: 1, step: 0.01 }, 0.2, 'assumption', share),
  n('cPrice', 'C’s price / its cost', '', { min: 0.3, max: 2, step: 0.05 }, 1, 'assumption', (v) => `×${v.toFixed(2)}`),
  c('shock', 'TAO price shock', [
    { value: 0, label: 'None' },
    { value: 1, label: 'Governance shock (−25%)' },
    { value: 2, label: 'Hack (−15%)' },
  ], 0, 'tao-shocks'),
  n('shockWeek', 'Shock week', 'week', { min: 0, max: 260, step: 1 }, 17, 'covenant-exit', num(0)),
  n('seed', 'Release dates (seed)', '', { min: 1, max: 1000, step: 1 }, 1, 'seed', num(0)),
];

export const presets: readonly ClaimPreset[] = [
  {
    id: 'governance-shock',
    name: 'governance shock',
    note: 'TAO falls 25% in week 17 (10 Apr 2026), as after the Covenant AI exit; emissions in dollars fall with it.',
    source: 'covenant-exit',
    values: { shock: 1, shockWeek: 17 },
  },
  {
    id: 'hack',
    name: 'Hack (July 2024)',
    note: 'TAO falls 15% in week 17, the size of the drop after the July 2024 key leak.',
    source: 'tao-shocks',
    values: { shock: 2, shockWeek: 17 },
  },
  {
    id: 'ambient-600b',
    name: 'Ambient at 600B dense',
    note: 'A runs the “600B+” single model the essay describes, dense, instead of GLM-4.6’s 32B active parameters.',
    source: 'glm46-ambient',
    values: { nA: 600 },
  },
  {
    id: 'open-operator',
    name: 'Open Operator',
    note: 'Only 40% of calls are routine, so more demand sits in the frontier segment where A competes.',
    source: 'belcak-slm',
    values: { fs: 0.4 },
  },
  {
    id: 'cradle',
    name: 'Cradle',
    note: '70% of calls are routine.',
    source: 'belcak-slm',
    values: { fs: 0.7 },
  },
  {
    id: 'first-party-cuts',
    name: 'DeepSeek V3.2 prices',
    note: 'Centralized and first-party hosts cut prices in half, as DeepSeek did with V3.2.',
    source: 'deepseek-pricing',
    values: { cPrice: 0.5 },
  },
  {
    id: 'breadth-irrelevant',
    name: 'One best model wins',
    note: 'γ = 0: catalog breadth does not matter to users.',
    source: 'assumption',
    values: { gamma: 0 },
  },
];

export const fixedAssumptions: readonly string[] = [
  'Week 0 is the first halving (14 Dec 2025); e_B starts at 3,600 TAO/day and halves at week 209, both from the market core’s block emission.',
  'Starting shares: B 12% of both segments (Chutes’ 120B of ≈1T tokens/day), A 1% of the frontier segment (testnet), C the rest; each network starts with the GPUs its demand needs.',
  'Each network’s own appeal (trust, reliability, brand) is calibrated so that the defaults reproduce those starting shares.',
  'Catalogs start at 50 models for B (Chutes’ “50+”) and C; A has one. No host charges less than $0.01 per 1M tokens.',
  'A’s hypothetical subsidy goes entirely to its miners (proof of work). Circulating TAO is total issuance.',
  'The fuel coefficient is the change in B’s share 12 weeks after one extra release at week 0, same seed.',
];

const week = (none: string) => (v: number) => (v >= 0 ? `week ${v}` : none);

/** The summary as the figure's data table reads it (slots: assembly/claims/three-networks.ts). */
export const outputs: ClaimModel<SummaryOf<typeof L>>['outputs'] = {
  n: { label: 'Weeks simulated (week 0 to 260)', format: num(0) },
  margin: marginOutput(),
  fuel: { label: 'Fuel: change in B’s share 12 weeks after one more release', format: pts },
  sB0: { label: 'B’s share at week 0 s_B', format: (v) => pct(v, 3) },
  sBPreHalving: { label: 'B’s share just before the halving', format: (v) => pct(v, 3) },
  sBEnd: { label: 'B’s share at week 260', format: (v) => pct(v, 3) },
  crEnd: { label: 'B’s coverage at week 260: revenue ÷ emissions CR_B', format: (v) => pct(v, 3) },
  crMax: { label: 'B’s best weekly coverage CR_B', format: (v) => pct(v, 3) },
  crWeek: { label: 'Week B’s revenue first covers its emissions (CR_B ≥ 1)', format: week('never within five years') },
  collapseWeek: { label: 'Week B’s share falls below half its start', format: week('never within five years') },
  halvingWeek: { label: 'Week of the next halving', format: week('none within five years') },
  sAEnd: { label: 'A’s share at week 260', format: (v) => pct(v, 3) },
  sCEnd: { label: 'C’s share at week 260', format: (v) => pct(v, 3) },
  taoPriceEnd: { label: 'TAO price at week 260 P_B', format: usd },
  releases: { label: 'Releases added to B’s catalog over five years', format: num(0) },
  muDtao: { label: 'Miners’ share of subnet emissions from the dTAO split μ', format: (v) => pct(v, 3) },
};

export function computeThreeNetworks(core: CoreExports, p: ParamValues): ThreeNetworksResult {
  return unpackResult(L, core.claimRunThreeNetworks(packParams(L, p)));
}

/** Holds when one more release raises B's share (fuel > 0), B's share is higher at week 260 than
 *  just before the halving, and B's revenue covers its emissions at the horizon. Shares count in
 *  percentage points and coverage as ln, as in the core. */
export function verdictThreeNetworks(s: Summary): Verdict {
  const fuel = 100 * s.fuel;
  const rise = 100 * (s.sBEnd - s.sBPreHalving);
  const cover = clampMargin(Math.log(s.crEnd));
  const margin = clampMargin(Math.min(fuel, Math.min(rise, cover)));
  const holds = margin > 0;
  const marginText =
    `one more release moves B’s share ${pts(s.fuel)} after 12 weeks; B’s share goes from ${pct(s.sBPreHalving, 3)} before the halving (week ${s.halvingWeek}) ` +
    `to ${pct(s.sBEnd, 3)} at week 260; revenue covers ${pct(s.crEnd, 3)} of B’s emissions at the end; the claim needs a positive fuel effect, a rising share and coverage of at least 100%`;
  let reason: string;
  if (holds) reason = 'Releases feed the subnet’s share, which keeps growing through the halving while revenue takes over from emissions.';
  else if (fuel <= rise && fuel <= cover) reason = 'One more open release does not help the subnet: it reaches B too late, or helps the centralized hosts as much.';
  else if (rise <= cover) reason = 'When the halving cuts the subsidy, B’s prices rise and users move to other hosts.';
  else reason = 'B’s revenue still falls short of the emissions it receives at the horizon.';
  return { holds, margin, marginText, reason };
}

export const threeNetworks: ClaimModel<SummaryOf<typeof L>, (typeof L)['series'][number]> = {
  id: 'three-networks',
  layout: L,
  sameUnits: [],
  formalises: '',
  witnesses: { holds: { values: {}, sentence: '' }, fails: { values: {}, sentence: '' } },
  title: 'Three networks: are releases fuel?',
  claim: {
    paraphrase: 'Rival labs and networks (Sentient, Ambient, Nous) end up feeding Bittensor, because whatever they open-source its subnets can host.',
    quote: 'Individually, each looks like a “competitor.” Collectively, they’re closer to fuel for TAO.',
    author: 'Ezza',
    source: 'essay',
  },
  schema,
  presets,
  compute: computeThreeNetworks,
  verdict: verdictThreeNetworks,
  sweep: (core, p, a, b, av, bv) => sweepWith(L, (...args) => core.claimSweepThreeNetworks(...args), p, a, b, av, bv),
  // At the defaults the binding condition is the halving: B's share falls when the subsidy halves.
  // w_inf (how much emission B gets) and ψ (how much of it lowers B's prices) set how much B's
  // price rests on emissions; sweeps move the margin most along them, and the only region where
  // the claim holds (ψ ≈ 0, small w_inf) lies in their corner. γ and f_s, which the facts name,
  // barely move it: one release among ~50–275 models changes ln(1 + M) by < 2%.
  mapAxes: ['psi', 'wInf'],
  counterEvidence: {
    text: 'Emissions follow capital, not product: under Taoflow a subnet’s emission share tracked net staking flow, so Chutes’ emissions fell to their post-dTAO low through investor rotation, whatever its usage.',
    source: 'taoflow-capital',
    confidence: 'medium',
  },
  fixedAssumptions,
  outputs,
};
