// Model 4 (Claim 4): SLM routing vs one big model. An agent task of N calls run on one large model
// (Mono-L), through a router that sends routine calls to a fine-tuned SLM and escalates detected
// failures (Hetero), or on the SLM alone (Mono-S): cost, success, latency and energy per task.
// Core: assembly/claims/routing.ts; layout: ROUTING_LAYOUT below.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import { count, num, pct, times, usd } from './format';
import { packParams, unpackResult, type ClaimLayout, type ResultOf, type SummaryOf } from './layout';
import { roundedTrim } from './number-format';
import { choiceParam as c, numberParam as n } from './params';
import { sweepWith } from './sweep';
import type { ClaimModel, ClaimPreset, Verdict } from './types';
import { logRatio, MARGIN_CAP, marginOutput } from './verdict';

/** This model's slots, mirroring assembly/claims/layout.ts (see ./layout.ts). */
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
const L = ROUTING_LAYOUT;

export type RoutingResult = ResultOf<typeof L>;
type Summary = Record<SummaryOf<typeof L>, number>;

const price = (v: number) => `$${v.toFixed(v < 0.1 ? 3 : 2)}`;
const prob = (v: number) => pct(v);
const secs = (v: number) => `${v.toFixed(2)} s`;
const params = (v: number) => `${v.toFixed(0)}B`;
const paramsRange = { min: 1, max: 600, step: 1, scale: 'log' as const };

/** Schema order = ROUTING_LAYOUT.params = the core's RT_P_* slots. Defaults: facts.md Model 4. */
export const schema: readonly Param[] = [
  n('N', 'Calls per task N', '', { min: 1, max: 200, step: 1, scale: 'log' }, 20, 'assumption', num(0)),
  n('f', 'Routine share of calls f', '', { min: 0, max: 1, step: 0.01 }, 0.6, 'belcak-slm', prob),
  n('Tin', 'Input tokens per call', 'tokens', { min: 100, max: 32000, step: 10, scale: 'log' }, 2000, 'assumption', count),
  n('Tout', 'Output tokens per call', 'tokens', { min: 10, max: 4000, step: 10, scale: 'log' }, 300, 'assumption', count),
  n('pinS', 'SLM input price', 'per 1M tokens', { min: 0.01, max: 0.5, step: 0.005, scale: 'log' }, 0.03, 'cloudprice-8b', price),
  n('poutS', 'SLM output price', 'per 1M tokens', { min: 0.01, max: 0.5, step: 0.005, scale: 'log' }, 0.05, 'cloudprice-8b', price),
  n('pinL', 'Large model input price', 'per 1M tokens', { min: 0.01, max: 10, step: 0.01, scale: 'log' }, 2.4, 'aa-405b', price),
  n('poutL', 'Large model output price', 'per 1M tokens', { min: 0.01, max: 10, step: 0.01, scale: 'log' }, 2.4, 'aa-405b', price),
  n('qSr', 'SLM success, routine calls q_Sr', '', { min: 0.5, max: 1, step: 0.01 }, 0.95, 'assumption', prob),
  n('qSn', 'SLM success, other calls q_Sn', '', { min: 0, max: 1, step: 0.01 }, 0.6, 'assumption', prob),
  n('qL', 'Large model success q_L', '', { min: 0.5, max: 1, step: 0.01 }, 0.95, 'assumption', prob),
  n('a', 'Router accuracy a', '', { min: 0.5, max: 1, step: 0.01 }, 0.9, 'assumption', prob),
  n('d', 'Failure detection d', '', { min: 0, max: 1, step: 0.01 }, 0.8, 'assumption', prob),
  n('ttftS', 'SLM time to first token', 's', { min: 0.05, max: 5, step: 0.01, scale: 'log' }, 0.49, 'cloudprice-8b', secs),
  n('ttftL', 'Large model time to first token', 's', { min: 0.05, max: 5, step: 0.01, scale: 'log' }, 2, 'aa-405b', secs),
  n('vS', 'SLM output speed', 'tokens/s', { min: 10, max: 1000, step: 1, scale: 'log' }, 150, 'assumption', num(0)),
  n('vL', 'Large model output speed', 'tokens/s', { min: 10, max: 1000, step: 1, scale: 'log' }, 30, 'aa-405b', num(0)),
  n('JS', 'SLM energy J_S', 'J/token', { min: 0.05, max: 1, step: 0.01 }, 0.12, 'mlenergy-v3', num(2)),
  n('Jratio', 'Large/small energy J_L/J_S', '×', { min: 1, max: 100, step: 1, scale: 'log' }, 20, 'belcak-slm', num(0)),
  n('wIn', 'Energy of an input token, relative', '', { min: 0, max: 1, step: 0.05 }, 0.2, 'assumption', num(2)),
  n('ftCost', 'Fine-tune per SLM (monthly)', '', { min: 0, max: 10000, step: 1 }, 8, 'predibase-ft', (v) => `$${v.toFixed(0)}`),
  n('callsPerMonth', 'Calls per month (amortizes the fine-tune)', '', { min: 1e3, max: 1e9, step: 1e3, scale: 'log' }, 1e6, 'assumption', count),
  n('X', 'Cost factor the claim needs X', '×', { min: 1, max: 20, step: 0.5 }, 3, 'verdict-rule', num(1)),
  n('tol', 'Success shortfall allowed', '', { min: 0, max: 0.1, step: 0.005 }, 0.01, 'verdict-rule', (v) => `${(100 * v).toFixed(1)} pts`),
  c('moe', 'Large model pricing', [
    { value: 0, label: 'List prices' },
    { value: 1, label: 'MoE honesty: priced by active parameters' },
  ], 0, 'moe-active-params'),
  n('nActiveL', 'Large model active parameters', '', paramsRange, 37, 'moe-active-params', params),
  n('nTotalL', 'Large model total parameters', '', { min: 1, max: 2000, step: 1, scale: 'log' }, 671, 'moe-active-params', params),
  n('nS', 'SLM parameters', '', { min: 1, max: 70, step: 1 }, 8, 'cloudprice-8b', params),
];

export const presets: readonly ClaimPreset[] = [
  { id: 'open-operator', name: 'Open Operator', note: 'About 40% of calls could go to an SLM (the paper’s estimate).', source: 'belcak-slm', values: { f: 0.4 } },
  { id: 'cradle', name: 'Cradle', note: 'About 70% of calls could go to an SLM (the paper’s estimate).', source: 'belcak-slm', values: { f: 0.7 } },
  { id: 'deepseek-v32', name: 'DeepSeek V3.2 as L', note: 'The large model is a 671B MoE at $0.28/$0.42: about 9× an 8B model, not 69×.', source: 'deepseek-pricing', values: { pinL: 0.28, poutL: 0.42 } },
  { id: 'glm46', name: 'GLM-4.6 as L', note: 'The model Ambient references, at its $0.60/$2.20 list price.', source: 'glm46-price', values: { pinL: 0.6, poutL: 2.2 } },
  { id: 'chutes-dsv3', name: 'Chutes DeepSeek-V3 as L', note: 'The large model hosted on a subnet at $0.27/$0.27.', source: 'chutes-prices', values: { pinL: 0.27, poutL: 0.27 } },
  { id: 'moe-honesty', name: 'MoE honesty', note: 'L’s price and energy scale with its 37B active parameters; only the hardware floor scales with its 671B total.', source: 'moe-active-params', values: { moe: 1 } },
];

export const fixedAssumptions: readonly string[] = [
  'Calls run one after another, so task latency is the sum of call latencies.',
  'A call the SLM fails is caught with probability d and re-run on the large model; errors compound over the N calls.',
  'The hardware floor assumes FP8 weights (1 byte per parameter) on 80 GB GPUs.',
];

const taskSecs = (v: number) => `${num(1)(v)} s`;
const joules = (v: number) => `${v >= 1000 ? num(0)(v) : roundedTrim(3)(v)} J`;
const share3 = (v: number) => pct(v, 3);

/** The summary as the figure's data table reads it (slots: assembly/claims/routing.ts). */
export const outputs: ClaimModel<SummaryOf<typeof L>>['outputs'] = {
  n: { label: 'Points in the routine-share sweep (f = 0 to 100%)', format: num(0) },
  margin: marginOutput(),
  costL: { label: 'Cost per task, one large model (Mono-L)', format: usd },
  costH: { label: 'Cost per task, routed (Hetero)', format: usd },
  costS: { label: 'Cost per task, small model only (Mono-S)', format: usd },
  succL: { label: 'Task success, one large model (Mono-L)', format: share3 },
  succH: { label: 'Task success, routed (Hetero)', format: share3 },
  succS: { label: 'Task success, small model only (Mono-S)', format: share3 },
  latL: { label: 'Latency per task, one large model (Mono-L)', format: taskSecs },
  latH: { label: 'Latency per task, routed (Hetero)', format: taskSecs },
  latS: { label: 'Latency per task, small model only (Mono-S)', format: taskSecs },
  energyL: { label: 'Energy per task, one large model (Mono-L)', format: joules },
  energyH: { label: 'Energy per task, routed (Hetero)', format: joules },
  energyS: { label: 'Energy per task, small model only (Mono-S)', format: joules },
  spendL: { label: 'Share of Hetero’s spend that still goes to the large model', format: share3 },
  costRatio: { label: 'Cost per task, Mono-L ÷ Hetero', format: times },
  fStar: { label: 'Smallest routine share at which the claim holds f*', format: (v) => (v >= 0 ? share3(v) : 'none: no routine share makes it hold') },
  X: { label: 'Cost factor the claim needs X', format: times },
  tol: { label: 'Success shortfall allowed', format: (v) => `${(100 * v).toFixed(1)} pts` },
  floorGpus: { label: '80 GB GPUs needed to hold the large model’s weights (FP8)', format: num(0) },
  priceRatio: { label: 'Cost per call, large model ÷ small model', format: times },
};

export function computeRouting(core: CoreExports, p: ParamValues): RoutingResult {
  return unpackResult(L, core.claimRunRouting(packParams(L, p)));
}

/** Holds when Mono-L costs more than X times Hetero per task and Hetero's task success is no more
 *  than `tol` below Mono-L's; both as ln ratios, as in the core. */
export function verdictRouting(s: Summary): Verdict {
  const cost = logRatio(s.costL, s.X * s.costH);
  const need = s.succL - s.tol;
  const success = need > 0 ? logRatio(s.succH, need) : MARGIN_CAP;
  const margin = Math.min(cost, success);
  const holds = margin > 0;
  const marginText =
    `Mono-L costs ${times(s.costRatio)} as much as Hetero per task, with task success ${pct(s.succL)} vs Hetero’s ${pct(s.succH)}; ` +
    `the claim needs more than ${times(s.X)} and Hetero no more than ${(100 * s.tol).toFixed(1)} pts below`;
  let reason: string;
  if (holds) reason = 'Routing routine calls to a fine-tuned SLM cuts the cost of an agent task by the required factor without losing success.';
  else if (cost <= success) {
    const needF = s.fStar >= 0 ? ` (it would take a routine share of ${pct(s.fStar, 3)})` : '';
    reason = `Too many calls still reach the large model — ${pct(s.spendL)} of Hetero’s spend — so routing saves less than ${times(s.X)}${needF}.`;
  } else reason = 'Routing costs task success: SLM failures that go undetected compound over the task’s calls.';
  return { holds, margin, marginText, reason };
}

export const routing: ClaimModel<SummaryOf<typeof L>, (typeof L)['series'][number]> = {
  id: 'routing',
  layout: L,
  sameUnits: [],
  formalises: '',
  witnesses: { holds: { values: {}, sentence: '' }, fails: { values: {}, sentence: '' } },
  title: 'SLM routing vs one big model',
  claim: {
    paraphrase: 'Agents will mostly run on small specialised models, so a single giant model is a sunk cost rather than a moat.',
    quote: 'That makes Ambient’s 600B+ inference play look less like a moat and more like a sunk cost',
    author: 'Ezza',
    source: 'essay',
  },
  schema,
  presets,
  compute: computeRouting,
  verdict: verdictRouting,
  sweep: (core, p, a, b, av, bv) => sweepWith(L, (...args) => core.claimSweepRouting(...args), p, a, b, av, bv),
  // The facts' own heat-map: routine share f × the price ratio. With 2,000 input tokens against 300
  // output, L's input price carries ~87% of its per-call cost, so pinL is the price-ratio axis.
  mapAxes: ['f', 'pinL'],
  counterEvidence: {
    text: 'Frontier mixture-of-experts models narrow the gap: DeepSeek V3.2 (671B parameters, 37B active) costs only about 9× an 8B model per token, not the 10–30× the SLM paper assumes.',
    source: 'derived-moe-gap',
    confidence: 'medium',
  },
  fixedAssumptions,
  outputs,
};
