// Slot layout of every claim model's flat arrays, mirroring assembly/claims/layout.ts name for name
// (WR_P_Q0 ↔ WEIGHT_RENT_LAYOUT.params[0] = 'Q0', …; tests/unit/claims-models.test.ts checks the
// sizes against the core's claimLayout()). A change there must be made here too.
//
// Every model takes its parameters as one Float64Array in `params` order (= its schema order) and
// returns [ summary (summary.length values) | series 0 (n values) | series 1 | … ], n = summary 'n'.
// Summary slot 0 is n and slot 1 the verdict margin (> 0: the claim holds).
import type { ParamValues } from '../../state/schema';
import type { ClaimResult } from './types';

export interface ClaimLayout {
  /** The id claimLayout(model) answers to. */
  model: number;
  params: readonly string[];
  summary: readonly string[];
  series: readonly string[];
  /** Series length; 0 when a parameter sets it (Model 1's horizon). */
  length: number;
}

export const WEIGHT_RENT_LAYOUT = {
  model: 1,
  params: ['Q0', 'g', 'm0', 'tauW', 'k', 'S0', 'a', 'ch', 'E0', 'halvingMonth', 'drift', 'r', 'kappa', 'H'],
  summary: ['n', 'margin', 'Vw', 'Vk', 'VkNet', 'ratio', 'maxCR', 'firstCovered', 'halvingAt', 'cr0', 'shareEnd', 'H'],
  series: ['premium', 'share', 'demand', 'subsidy', 'coverage', 'weightRent', 'marketRent', 'cumVw', 'cumVkNet'],
  length: 0,
} as const satisfies ClaimLayout;

export const LEAKAGE_LAYOUT = {
  model: 2,
  params: ['pO', 'pB', 'pC', 'LB', 'LC', 'beta', 'alpha0', 'tauAlpha', 'alphaF', 'deltaSub', 'emissionsFall', 'licence', 'threshold', 'demandGrowth', 'K', 'rho'],
  summary: ['n', 'margin', 'phiO', 'phiB', 'phiC', 'overtakeDay', 'threshold', 'sOEnd', 'sBEnd', 'derivativesEnd', 'derivativesMid'],
  series: ['sO', 'sB', 'sC', 'alphaO', 'demand', 'derivatives'],
  length: 366,
} as const satisfies ClaimLayout;

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

export const ROUTING_LAYOUT = {
  model: 4,
  params: [
    'N', 'f', 'Tin', 'Tout', 'pinS', 'poutS', 'pinL', 'poutL', 'qSr', 'qSn', 'qL', 'a', 'd', 'ttftS', 'ttftL', 'vS', 'vL',
    'JS', 'Jratio', 'wIn', 'ftCost', 'callsPerMonth', 'X', 'tol', 'moe', 'nActiveL', 'nTotalL', 'nS',
  ],
  summary: [
    'n', 'margin', 'costL', 'costH', 'costS', 'succL', 'succH', 'succS', 'latL', 'latH', 'latS', 'energyL', 'energyH',
    'energyS', 'spendL', 'costRatio', 'fStar', 'X', 'tol', 'floorGpus', 'priceRatio',
  ],
  series: ['f', 'costH', 'succH', 'costRatio', 'margin'],
  length: 101,
} as const satisfies ClaimLayout;

export const COORDINATION_LAYOUT = {
  model: 5,
  params: ['V', 'nCent', 'nDec', 'eps', 'theta', 'netShare', 'b', 'sigma', 'e', 'P', 'X'],
  summary: ['n', 'margin', 'lDec', 'lCent', 'piDec', 'piCent', 'code', 'revenue', 'buyback', 'dilution', 'flow', 'nStar', 'eUsd', 'X'],
  series: ['nEff', 'lerner'],
  length: 200,
} as const satisfies ClaimLayout;

export type SummaryOf<L extends ClaimLayout> = L['summary'][number];
export type SeriesOf<L extends ClaimLayout> = L['series'][number];
export type ResultOf<L extends ClaimLayout> = ClaimResult<SummaryOf<L>, SeriesOf<L>>;

/** The params in layout order; a missing value is NaN (the core then reports the claim failing). */
export function packParams(layout: ClaimLayout, p: ParamValues): Float64Array {
  return Float64Array.from(layout.params, (id) => p[id] ?? NaN);
}

/** Splits the core's flat result into named summary numbers and series views. */
export function unpackResult<L extends ClaimLayout>(layout: L, flat: Float64Array): ResultOf<L> {
  const summary = {} as Record<string, number>;
  layout.summary.forEach((k, i) => (summary[k] = flat[i] ?? NaN));
  const n = flat.length > 0 ? flat[0] : 0;
  const off = layout.summary.length;
  const series = {} as Record<string, Float64Array>;
  layout.series.forEach((k, i) => (series[k] = flat.subarray(off + i * n, off + (i + 1) * n)));
  return { summary, series } as ResultOf<L>;
}

/** Index of a parameter in the layout (the sweep's axis argument); throws on an unknown id. */
export function paramIndex(layout: ClaimLayout, id: string): number {
  const i = layout.params.indexOf(id);
  if (i < 0) throw new Error(`unknown parameter "${id}" for claim model ${layout.model}`);
  return i;
}
