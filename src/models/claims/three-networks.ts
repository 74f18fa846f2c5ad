// Model 3 (Claim 3): are rivals' releases fuel for Bittensor? It formalises the essay's sentence
// “Collectively, they’re closer to fuel for TAO.” Three networks serve open models, weekly for five
// years: B, Bittensor's inference subnets; A, an Ambient-style chain serving one model; C, centralized
// and first-party hosts. Outside labs release open models at random (seeded) dates; each release is a
// frontier model that every host lists (C after L_C days, B after L_B) and a long tail of specialised
// models of which B lists the share χ_B and C the share χ_C. Users spread over models by recency and
// pick a host by price and appeal; a model a host does not list it serves only on a dedicated
// deployment at u_D times its price. B's price is its serving cost less ψ of the share of its income
// the emission subsidy provides, so the halving and the subnets' token price move it.
// The claim holds when B's share at week 260 is larger with the releases than without any after week 0.
// Core: assembly/claims/three-networks.ts and three-networks-world.ts; layout: THREE_NETWORKS_LAYOUT below.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import { count, num, pct, pts, times, usd } from './format';
import { packParams, unpackResult, type ClaimLayout, type ResultOf, type SummaryOf } from './layout';
import { choiceParam as c, numberParam as n, plausible } from './params';
import { sweepWith } from './sweep';
import type { ClaimModel, ClaimPreset, Verdict } from './types';
import { clampMargin, marginOutput } from './verdict';

/** This model's slots, mirroring assembly/claims/layout.ts (see ./layout.ts). */
export const THREE_NETWORKS_LAYOUT = {
  model: 3,
  params: [
    'Qtot', 'PB0', 'wInf', 'mu', 'sigma', 'b', 'tokenTao', 'eta', 'cTail', 'cFront', 'cPrice', 'psi', 'nA', 'EA', 'lambda', 'tau',
    'LB', 'LC', 'fs', 'chiB', 'chiC', 'uD', 'beta', 'nu', 'shock', 'shockWeek', 'seed',
  ],
  summary: [
    'n', 'margin', 'fuel', 'fuelOne', 'sB0', 'sBPreHalving', 'sBEnd', 'sBEndNone', 'crEnd', 'crMax', 'crWeek', 'collapseWeek',
    'halvingWeek', 'sAEnd', 'sCEnd', 'taoPriceEnd', 'tokenEnd', 'releases', 'muDtao', 'subsidyRatio0', 'discount0', 'discountEnd',
    'sBTailEnd', 'sBFrontEnd',
  ],
  series: [
    'sB', 'sA', 'sC', 'sBNone', 'pB', 'pA', 'pC', 'releasesB', 'releasesC', 'taoPrice', 'token', 'EB', 'coverage', 'revenueB',
    'subsidyRatio',
  ],
  length: 261,
} as const satisfies ClaimLayout;
const L = THREE_NETWORKS_LAYOUT;

export type ThreeNetworksResult = ResultOf<typeof L>;
type Summary = Record<SummaryOf<typeof L>, number>;

const params = (v: number) => `${v.toFixed(0)}B`;
const share = (v: number) => pct(v);
const perM = (v: number) => `$${v < 0.1 ? v.toFixed(4) : v.toFixed(2)}`;
const PRICE = '$ per 1M tokens';
const TAIL = 'of the tail’s demand';
const LAG = 'days';

/** Schema order = THREE_NETWORKS_LAYOUT.params = the core's TN_P_* slots. Defaults: facts-2026h2 §1–2
 *  and facts.md Model 3 (and assembly/claims/three-networks.ts DEFAULTS, where the appeals are calibrated). */
export const schema: readonly Param[] = [
  n('Qtot', 'Open-model demand Q_tot', 'tokens/week', { min: 1e11, max: 1e14, step: 1e10, scale: 'log' }, 7.5e12, 'openrouter-volume', count,
    plausible(2.1e12, 2.5e13, 'openrouter-volume')),
  n('PB0', 'TAO price P₀', '$ per TAO', { min: 50, max: 800, step: 1 }, 268, 'networks-tao-price', usd, plausible(150, 539, 'networks-tao-price')),
  n('wInf', 'Inference subnets’ share of emissions w_inf', '', { min: 0, max: 0.5, step: 0.01 }, 0.16, 'networks-emission-share', share,
    plausible(0.05, 0.29, 'networks-emission-share')),
  n('mu', 'Miners’ share of subnet emissions μ', '', { min: 0, max: 1, step: 0.01 }, 0.41, 'dtao-split', share, plausible(0.41, 0.41, 'dtao-split')),
  n('sigma', 'Share of emissions sold σ', '', { min: 0, max: 1, step: 0.01 }, 0.3, 'taodaily-sell', share, plausible(0.15, 0.5, 'networks-sell-2026')),
  n('b', 'Revenue used for buybacks b', '', { min: 0, max: 1, step: 0.01 }, 1, 'hashrate-buyback', share, plausible(0.5, 1, 'hashrate-buyback')),
  n('tokenTao', 'Subnets’ token value at week 0', 'TAO', { min: 5e4, max: 1e7, step: 1e4, scale: 'log' }, 580000, 'networks-token-value', count,
    plausible(2e5, 1.1e6, 'networks-token-value')),
  n('eta', 'Token price response η', '', { min: 0, max: 3, step: 0.1 }, 1, 'assumption', num(1), plausible(0.5, 2, 'assumption')),
  n('cTail', 'Serving cost, specialised small model c_T', PRICE, { min: 0.005, max: 1, step: 0.0025, scale: 'log' }, 0.05, 'networks-small-price', perM,
    plausible(0.0225, 0.18, 'networks-small-price')),
  n('cFront', 'Serving cost, frontier open model c_F', PRICE, { min: 0.05, max: 5, step: 0.01, scale: 'log' }, 0.42, 'networks-frontier-price', perM,
    plausible(0.26, 0.99, 'networks-frontier-price')),
  n('cPrice', 'Centralized hosts’ price ÷ their cost', '', { min: 0.3, max: 2, step: 0.05 }, 1, 'assumption', times,
    plausible(0.5, 1.3, 'networks-deepseek-2026')),
  n('psi', 'Subsidy passed on to users ψ', '', { min: 0, max: 0.9, step: 0.05 }, 0.5, 'networks-chutes-discount', share,
    plausible(0.1, 0.9, 'networks-chutes-discount')),
  n('nA', 'A’s single model', 'B active params', { min: 1, max: 600, step: 1, scale: 'log' }, 32, 'glm46-ambient', params, plausible(32, 600, 'glm46-ambient')),
  n('EA', 'A’s token subsidy E_A (hypothetical)', '$ per day', { min: 0, max: 1e6, step: 1e4 }, 0, 'networks-ambient-2026', usd,
    plausible(0, 0, 'networks-ambient-2026')),
  n('lambda', 'Open releases λ', 'per month', { min: 0, max: 20, step: 0.5 }, 4, 'assumption', num(1), plausible(2, 13, 'networks-release-rate')),
  n('tau', 'How long a model keeps its users τ', 'months', { min: 1, max: 24, step: 0.5 }, 6, 'assumption', num(1), plausible(3, 12, 'networks-model-life')),
  n('LB', 'Subnets’ lag to list a release L_B', LAG, { min: 0, max: 90, step: 1 }, 7, 'assumption', num(0), plausible(0, 14, 'assumption')),
  n('LC', 'Centralized hosts’ lag L_C', LAG, { min: 0, max: 90, step: 1 }, 1, 'llama3-hosting', num(0), plausible(0, 2, 'llama3-hosting')),
  n('fs', 'Long tail’s share of demand f_s', '', { min: 0, max: 1, step: 0.05 }, 0.6, 'belcak-slm', share, plausible(0.1, 0.7, 'networks-slm-share')),
  n('chiB', 'Tail the subnets list χ_B', TAIL, { min: 0, max: 1, step: 0.05 }, 0.6, 'networks-tail-listing', share, plausible(0.3, 0.95, 'assumption')),
  n('chiC', 'Tail centralized hosts list χ_C', TAIL, { min: 0, max: 1, step: 0.05 }, 0.6, 'networks-tail-listing', share, plausible(0.3, 0.95, 'assumption')),
  n('uD', 'Dedicated deployment’s price u_D', '× a listed model’s', { min: 1, max: 20, step: 0.1, scale: 'log' }, 3, 'assumption', times,
    plausible(1.5, 10, 'assumption')),
  n('beta', 'Price sensitivity β', '', { min: 0, max: 4, step: 0.1 }, 2, 'assumption', num(1), plausible(1, 4, 'assumption')),
  n('nu', 'Users who re-choose each week ν', '', { min: 0.02, max: 0.5, step: 0.01 }, 0.2, 'assumption', share, plausible(0.05, 0.5, 'assumption')),
  c('shock', 'TAO price shock', [
    { value: 0, label: 'None' },
    { value: 1, label: 'Governance shock (−20%)' },
    { value: 2, label: 'Hack (−15%)' },
  ], 0, 'tao-shocks'),
  n('shockWeek', 'Shock week', 'week', { min: 0, max: 260, step: 1 }, 17, 'covenant-exit', num(0), plausible(17, 17, 'covenant-exit')),
  n('seed', 'Release dates (seed)', '', { min: 1, max: 1000, step: 1 }, 1, 'seed', num(0), plausible(1, 1, 'seed')),
];

export const presets: readonly ClaimPreset[] = [
  {
    id: 'subnet-lists-tail',
    name: 'The subnets list the long tail',
    note: 'Anyone can deploy a model on the subnets, while centralized hosts list only the most used part of the tail: 90% against 40% of the tail’s demand.',
    source: 'networks-tail-listing',
    values: { chiB: 0.9, chiC: 0.4 },
  },
  {
    id: 'serverless-lora',
    name: 'Centralized hosts list fine-tunes',
    note: 'Centralized hosts serve fine-tunes many to a GPU and list 90% of the tail’s demand.',
    source: 'networks-lorax',
    values: { chiC: 0.9 },
  },
  {
    id: 'breadth-irrelevant',
    name: 'One best model wins',
    note: 'Users want only the frontier model: the long tail carries no demand (on OpenRouter ~7B models see little use).',
    source: 'networks-slm-share',
    values: { fs: 0 },
  },
  {
    id: 'first-party-cuts',
    name: 'DeepSeek V3.2 prices',
    note: 'Centralized and first-party hosts price at half their cost, as DeepSeek did with V3.2 and does off-peak since August 2026.',
    source: 'deepseek-pricing',
    values: { cPrice: 0.5 },
  },
  {
    id: 'governance-shock',
    name: 'Governance shock',
    note: 'TAO falls 20% in week 17 (10 Apr 2026), as on the Covenant AI exit; emissions in dollars fall with it.',
    source: 'covenant-exit',
    values: { shock: 1, shockWeek: 17 },
  },
  {
    id: 'best-model-listed-tail',
    name: 'One best model wins, though the subnets list the tail',
    note: 'The subnets list 90% of the long tail and centralized hosts 40%, but users want only the frontier model: the tail carries no demand.',
    source: 'networks-slm-share',
    values: { fs: 0, chiB: 0.9, chiC: 0.4 },
  },
  {
    id: 'shock-listed-tail',
    name: 'Governance shock, the subnets listing the tail',
    note: 'TAO falls 20% in week 17, as on the Covenant exit, while the subnets list 90% of the tail and centralized hosts 40%.',
    source: 'covenant-exit',
    values: { shock: 1, shockWeek: 17, chiB: 0.9, chiC: 0.4 },
  },
];

export const fixedAssumptions: readonly string[] = [
  'Week 0 is the first halving (15 Dec 2025); the subnets’ emission starts at 3,600 TAO/day times their share and halves at week 209, both from the market core’s block emission.',
  'Starting shares at the defaults: the subnets 12% (Chutes’ 120B of ≈1T tokens/day), A 0.1% (no mainnet), centralized hosts the rest. Each network’s own appeal (trust, reliability, brand) is calibrated so that the defaults reproduce them; a slider moves the starting point.',
  'At week 0 both hosts list the same established catalogue, as large as the release rate keeps it; A’s model is GLM-4.6, 76 days old. Users spread over models in proportion to e^{−age/τ}, age in whole weeks since release.',
  'Each release is a model family: its frontier model (1 − f_s of its demand) is listed by both hosts, its specialised tail (f_s) by each host in the share χ of its most used models. Both hosts list in the same order, so the one that lists less lists a subset.',
  'A model a host does not list it serves only on a dedicated deployment, at u_D times its price; the same rule holds for both hosts. A host’s serving cost is c_T or c_F per 1M tokens for both (A’s scales with its active parameters against GLM-4.6’s 32B).',
  'The subnets take ψ × S/(S + C) of their cost off their price, S being the miners’ emission and C their serving cost: never more than ψ, however large the subsidy. A’s hypothetical subsidy is passed on the same way.',
  'The subnets’ token (their alpha, priced in TAO) moves each week by η × (buybacks − emission sold) ÷ its value; their emission share follows its price, as under the price-EMA rule since August 2026. TAO itself moves only with the shock.',
  'Releases come out on random days; a host with a lag of L days lists a release L days later, counted at the next weekly step.',
  'The verdict compares week 260 with and without releases after week 0 (same seed, halving, TAO path and shock). The one-release fuel is read 12 weeks after one extra release at week 0.',
];

const week = (none: string) => (v: number) => (v >= 0 ? `week ${v}` : none);

/** The summary as the figure's data table reads it (slots: assembly/claims/three-networks.ts). */
export const outputs: ClaimModel<SummaryOf<typeof L>>['outputs'] = {
  n: { label: 'Weeks simulated (week 0 to 260)', format: num(0) },
  margin: marginOutput((v) => pts(v / 100)),
  fuel: { label: 'Fuel: B’s share at week 260 with the releases, less without them', format: pts },
  fuelOne: { label: 'One more release at week 0: change in B’s share 12 weeks later', format: pts },
  sB0: { label: 'B’s share at week 0 s_B', format: (v) => pct(v, 3) },
  sBPreHalving: { label: 'B’s share just before the halving', format: (v) => pct(v, 3) },
  sBEnd: { label: 'B’s share at week 260', format: (v) => pct(v, 3) },
  sBEndNone: { label: 'B’s share at week 260 without releases after week 0', format: (v) => pct(v, 3) },
  crEnd: { label: 'B’s coverage at week 260: revenue ÷ emissions CR_B', format: (v) => pct(v, 3) },
  crMax: { label: 'B’s best weekly coverage CR_B', format: (v) => pct(v, 3) },
  crWeek: { label: 'Week B’s revenue first covers its emissions (CR_B ≥ 1)', format: week('never within five years') },
  collapseWeek: { label: 'Week B’s share falls below half its start', format: week('never within five years') },
  halvingWeek: { label: 'Week of the next halving', format: week('none within five years') },
  sAEnd: { label: 'A’s share at week 260', format: (v) => pct(v, 3) },
  sCEnd: { label: 'C’s share at week 260', format: (v) => pct(v, 3) },
  taoPriceEnd: { label: 'TAO price at week 260', format: usd },
  tokenEnd: { label: 'Subnets’ token at week 260, TAO price relative to week 0', format: times },
  releases: { label: 'Releases over five years', format: num(0) },
  muDtao: { label: 'Miners’ share of subnet emissions from the dTAO split μ', format: (v) => pct(v, 3) },
  subsidyRatio0: { label: 'Miners’ emission ÷ B’s serving cost at week 0', format: times },
  discount0: { label: 'B’s price below its cost at week 0', format: share },
  discountEnd: { label: 'B’s price below its cost at week 260', format: share },
  sBTailEnd: { label: 'B’s share of the long tail at week 260', format: (v) => pct(v, 3) },
  sBFrontEnd: { label: 'B’s share of frontier demand at week 260', format: (v) => pct(v, 3) },
};

export function computeThreeNetworks(core: CoreExports, p: ParamValues): ThreeNetworksResult {
  return unpackResult(L, core.claimRunThreeNetworks(packParams(L, p)));
}

/** Holds when the subnets' share at week 260 is larger with the rivals' releases than in the same
 *  world without any release after week 0; the margin is the difference in percentage points, as in the core. */
export function verdictThreeNetworks(s: Summary): Verdict {
  const margin = clampMargin(100 * s.fuel);
  const holds = margin > 0;
  const marginText =
    `with the rivals’ releases B holds ${pct(s.sBEnd, 3)} of demand at week 260, without them ${pct(s.sBEndNone, 3)} (${pts(s.fuel)}); ` +
    `one more release moves B’s share ${pts(s.fuelOne)} after 12 weeks; the claim needs a larger share with the releases than without`;
  const reason = holds
    ? 'Releases feed the subnets: they list more of the long tail than centralized hosts, or list releases sooner, so releases move users their way, through the halving.'
    : 'Releases feed the centralized hosts at least as much as the subnets: they list each release sooner, or as much of the long tail or more.';
  return { holds, margin, marginText, reason };
}

export const threeNetworks: ClaimModel<SummaryOf<typeof L>, (typeof L)['series'][number]> = {
  id: 'three-networks',
  layout: L,
  sameUnits: [['cTail', 'cFront'], ['LB', 'LC'], ['chiB', 'chiC']],
  formalises: 'Collectively, they’re closer to fuel for TAO.',
  witnesses: {
    holds: {
      values: { chiB: 0.9, chiC: 0.4 },
      sentence: 'When the subnets list 90% of the long tail and centralized hosts 40%, B ends week 260 with a larger share than without the releases.',
    },
    fails: {
      values: { chiB: 0.6, chiC: 0.9 },
      sentence: 'When centralized hosts list 90% of the tail and the subnets 60%, each release moves users to the centralized hosts.',
    },
  },
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
  // The tornado at the defaults (src/models/claims/analysis.ts): who lists more of the long tail
  // decides whether a release moves users to the subnets or to the centralized hosts.
  mapAxes: ['chiB', 'chiC'],
  counterEvidence: {
    text: 'Emissions follow capital, not product: under Taoflow a subnet’s emission share tracked net staking flow, so Chutes’ emissions fell to their post-dTAO low through investor rotation, whatever its usage.',
    source: 'taoflow-capital',
    confidence: 'medium',
  },
  fixedAssumptions,
  outputs,
};
