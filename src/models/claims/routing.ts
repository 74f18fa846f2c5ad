// Model 4 (Claim 4): does routing routine agent calls to small models make one large model a sunk
// cost? It formalises Ezza's sentence “That makes Ambient’s 600B+ inference play look less like a moat
// and more like a sunk cost — the AI equivalent of building bigger coal plants when the future is solar
// panels.” and links the small models to TAO's market through the sentence before it, “That’s chaos for
// closed competitors, but opportunity for TAO — because its subnets are modular and market-driven,
// exactly suited to host these swarms of specialized models.”: a share s_B of the small-model calls
// runs on Bittensor subnets at their price p_B, and the figure shows the subnets' share of the spend.
// An agent task of N calls runs on one large model, through a router (routine calls to a fine-tuned
// small model, the rest to the large one), or on the small model alone; every setup re-runs a detected
// failure once. The claim holds when routing is more than X times cheaper, no more than tol below the
// large model in task success, and the spend moves: the large model keeps at most spendMax of the
// routed spend. Core: assembly/claims/routing.ts; layout: ROUTING_LAYOUT below.
import type { CoreExports } from '../../engine/core';
import type { Param, ParamValues } from '../../state/schema';
import { count, num, pct, times, usd } from './format';
import { packParams, unpackResult, type ClaimLayout, type ResultOf, type SummaryOf } from './layout';
import { roundedTrim } from './number-format';
import { choiceParam as c, numberParam as n, plausible } from './params';
import { sweepWith } from './sweep';
import type { ClaimModel, ClaimPreset, Verdict } from './types';
import { logRatio, MARGIN_CAP, marginOutput } from './verdict';

/** This model's slots, mirroring assembly/claims/layout.ts (see ./layout.ts). */
export const ROUTING_LAYOUT = {
  model: 4,
  params: [
    'N', 'f', 'Tin', 'Tout', 'pinS', 'poutS', 'sB', 'pB', 'pinL', 'poutL', 'qSr', 'qSn', 'qL', 'a', 'd', 'ttftS', 'ttftL',
    'vS', 'vL', 'JS', 'Jratio', 'wIn', 'ftCost', 'callsPerMonth', 'X', 'tol', 'spendMax', 'moe', 'nActiveL', 'nTotalL', 'nS',
  ],
  summary: [
    'n', 'margin', 'costL', 'costH', 'costS', 'succL', 'succH', 'succS', 'latL', 'latH', 'latS', 'energyL', 'energyH',
    'energyS', 'spendL', 'costRatio', 'fStar', 'X', 'tol', 'floorGpus', 'priceRatio', 'spendMax', 'spendB',
  ],
  series: ['f', 'costH', 'succH', 'costRatio', 'spendL', 'margin'],
  length: 101,
} as const satisfies ClaimLayout;
const L = ROUTING_LAYOUT;

export type RoutingResult = ResultOf<typeof L>;
type Summary = Record<SummaryOf<typeof L>, number>;

const PRICE_UNIT = 'per 1M tokens';
const price = (v: number) => `$${v.toFixed(v < 0.1 ? 3 : 2)}`;
const prob = (v: number) => pct(v);
const secs = (v: number) => `${v.toFixed(2)}`;
const params = (v: number) => `${v.toFixed(0)}B`;
const tolText = (v: number) => `${(100 * v).toFixed(1)} pts`;
const paramsRange = { min: 1, max: 600, step: 1, scale: 'log' as const };
const priceS = { min: 0.01, max: 0.5, step: 0.005, scale: 'log' as const };
const priceL = { min: 0.01, max: 10, step: 0.01, scale: 'log' as const };

/** Schema order = ROUTING_LAYOUT.params = the core's RT_P_* slots. Prices: facts-2026h2 §2(e). */
export const schema: readonly Param[] = [
  n('N', 'Calls per task N', '', { min: 1, max: 200, step: 1, scale: 'log' }, 20, 'assumption', num(0), plausible(5, 50, 'assumption')),
  n('f', 'Routine share of calls f', '', { min: 0, max: 1, step: 0.01 }, 0.6, 'belcak-slm', prob, plausible(0.4, 0.9, 'rt-routing-share')),
  n('Tin', 'Input tokens per call', 'tokens', { min: 100, max: 32000, step: 10, scale: 'log' }, 2000, 'assumption', count, plausible(1000, 8000, 'assumption')),
  n('Tout', 'Output tokens per call', 'tokens', { min: 10, max: 4000, step: 10, scale: 'log' }, 300, 'assumption', count, plausible(100, 1000, 'assumption')),
  n('pinS', 'Small model input price', PRICE_UNIT, priceS, 0.07, 'rt-slm-prices-2026', price, plausible(0.02, 0.18, 'rt-slm-prices-2026')),
  n('poutS', 'Small model output price', PRICE_UNIT, priceS, 0.3, 'rt-slm-prices-2026', price, plausible(0.03, 0.3, 'rt-slm-prices-2026')),
  n('sB', 'Share of small-model calls served by Bittensor subnets s_B', '', { min: 0, max: 1, step: 0.01 }, 0.12, 'rt-chutes-share', prob, plausible(0.03, 0.25, 'assumption')),
  n('pB', 'Subnets’ small-model price p_B (input and output)', PRICE_UNIT, priceS, 0.03, 'chutes-prices', price, plausible(0.02, 0.05, 'assumption')),
  n('pinL', 'Large model input price', PRICE_UNIT, priceL, 1.32, 'rt-deepseek-v4-pro', price, plausible(0.5, 1.74, 'rt-open-frontier-prices')),
  n('poutL', 'Large model output price', PRICE_UNIT, priceL, 3.96, 'rt-deepseek-v4-pro', price, plausible(1.5, 4.4, 'rt-open-frontier-prices')),
  n('qSr', 'Small model success, routine calls q_Sr', '', { min: 0.5, max: 1, step: 0.01 }, 0.95, 'assumption', prob, plausible(0.9, 0.99, 'agentfloor')),
  n('qSn', 'Small model success, other calls q_Sn', '', { min: 0, max: 1, step: 0.01 }, 0.6, 'assumption', prob, plausible(0.3, 0.8, 'sale-agents')),
  n('qL', 'Large model success q_L', '', { min: 0.5, max: 1, step: 0.01 }, 0.95, 'assumption', prob, plausible(0.9, 0.99, 'assumption')),
  n('a', 'Router accuracy a', '', { min: 0.5, max: 1, step: 0.01 }, 0.9, 'assumption', prob, plausible(0.8, 0.97, 'assumption')),
  n('d', 'Failure detection d (a caught failure is run once more)', '', { min: 0, max: 1, step: 0.01 }, 0.8, 'assumption', prob, plausible(0.5, 0.95, 'assumption')),
  n('ttftS', 'Small model time to first token', 's', { min: 0.05, max: 5, step: 0.01, scale: 'log' }, 0.49, 'assumption', secs, plausible(0.2, 1, 'assumption')),
  n('ttftL', 'Large model time to first token', 's', { min: 0.05, max: 5, step: 0.01, scale: 'log' }, 1, 'assumption', secs, plausible(0.5, 3, 'assumption')),
  n('vS', 'Small model output speed', 'tokens/s', { min: 10, max: 1000, step: 1, scale: 'log' }, 150, 'assumption', num(0), plausible(50, 300, 'assumption')),
  n('vL', 'Large model output speed', 'tokens/s', { min: 10, max: 1000, step: 1, scale: 'log' }, 50, 'assumption', num(0), plausible(20, 100, 'assumption')),
  n('JS', 'Small model energy J_S', 'J/token', { min: 0.05, max: 1, step: 0.01 }, 0.12, 'mlenergy-v3', num(2), plausible(0.06, 0.3, 'mlenergy-v3')),
  n('Jratio', 'Large/small energy J_L/J_S', '×', { min: 1, max: 100, step: 1, scale: 'log' }, 10, 'belcak-slm', num(0), plausible(5, 30, 'belcak-slm')),
  n('wIn', 'Energy of an input token, relative', '', { min: 0, max: 1, step: 0.05 }, 0.2, 'assumption', num(2), plausible(0.1, 0.4, 'assumption')),
  n('ftCost', 'Fine-tune of the small model', 'per month', { min: 0, max: 10000, step: 1 }, 8, 'predibase-ft', (v) => `$${v.toFixed(0)}`, plausible(1, 100, 'assumption')),
  n('callsPerMonth', 'Calls per month (amortizes the fine-tune)', '', { min: 1e3, max: 1e9, step: 1e3, scale: 'log' }, 1e6, 'assumption', count, plausible(1e5, 1e8, 'assumption')),
  n('X', 'Cost factor the claim needs X', '×', { min: 1, max: 20, step: 0.5 }, 3, 'verdict-rule', num(1), plausible(1.5, 5, 'assumption')),
  n('tol', 'Success shortfall allowed', '', { min: 0, max: 0.1, step: 0.005 }, 0.01, 'verdict-rule', tolText, plausible(0.005, 0.03, 'assumption')),
  n('spendMax', 'Largest share of the routed spend the large model may keep', '', { min: 0.1, max: 1, step: 0.01 }, 0.75, 'sale-agents', prob, plausible(0.5, 1, 'assumption')),
  c('moe', 'Large model pricing', [
    { value: 0, label: 'List prices' },
    { value: 1, label: 'MoE honesty: priced by active parameters' },
  ], 0, 'moe-active-params'),
  n('nActiveL', 'Large model active parameters', 'parameters', paramsRange, 37, 'moe-active-params', params, plausible(22, 37, 'rt-open-moe-sizes')),
  n('nTotalL', 'Large model total parameters', 'parameters', { min: 1, max: 2000, step: 1, scale: 'log' }, 671, 'moe-active-params', params, plausible(235, 675, 'rt-open-moe-sizes')),
  n('nS', 'Small model parameters', 'parameters', { min: 1, max: 70, step: 1 }, 20, 'rt-slm-prices-2026', params, plausible(4, 32, 'sale-agents')),
];

export const presets: readonly ClaimPreset[] = [
  { id: 'open-operator', name: 'Open Operator', note: 'About 40% of calls could go to a small model (the paper’s estimate).', source: 'belcak-slm', values: { f: 0.4 } },
  { id: 'cradle', name: 'Cradle', note: 'About 70% of calls could go to a small model (the paper’s estimate).', source: 'belcak-slm', values: { f: 0.7 } },
  { id: 'vendor-routing', name: 'Vendors’ 90%', note: 'Routing vendors say 80–90% of queries go to small models; take 90% (low confidence).', source: 'rt-vendor-routing', values: { f: 0.9 } },
  { id: 'llama-8b', name: 'Llama 3.1 8B as the small model', note: 'An 8B model at DeepInfra’s $0.02/$0.03: cheaper still, so even less of the spend moves to it.', source: 'rt-slm-prices-2026', values: { pinS: 0.02, poutS: 0.03, nS: 8 } },
  { id: 'v4-pro-off-peak', name: 'DeepSeek V4-Pro off-peak', note: 'The large model at DeepSeek’s off-peak $0.66/$1.98, half its peak price.', source: 'rt-deepseek-v4-pro', values: { pinL: 0.66, poutL: 1.98 } },
  { id: 'mistral-large-3', name: 'Mistral Large 3 as the large model', note: 'The cheapest frontier-class open model found, $0.50/$1.50 on Bedrock.', source: 'rt-open-frontier-prices', values: { pinL: 0.5, poutL: 1.5 } },
  { id: 'glm51', name: 'GLM 5.1 as the large model', note: 'The successor of the GLM-4.6 Ambient references, at Fireworks’ $1.40/$4.40.', source: 'rt-open-frontier-prices', values: { pinL: 1.4, poutL: 4.4 } },
  { id: 'chutes-dsv3', name: 'Chutes DeepSeek-V3 as the large model', note: 'The large model itself hosted on a subnet, at $0.27/$0.27 (2025).', source: 'chutes-prices', values: { pinL: 0.27, poutL: 0.27 } },
  { id: 'all-on-subnets', name: 'Every small-model call on subnets', note: 'Bittensor subnets serve all the small-model calls, at Chutes’ $0.03.', source: 'chutes-prices', values: { sB: 1 } },
  { id: 'moe-honesty', name: 'MoE honesty', note: 'The large model priced per active parameter at the small model’s rate (37B ÷ 20B); only its hardware floor scales with its 671B total.', source: 'moe-active-params', values: { moe: 1 } },
  { id: 'better-router-off-peak', name: '90% routine, a better router, V4-Pro off-peak', note: '90% routine calls, a router right 95% of the time that catches 90% of failures, a small model right on 97% of routine calls, and DeepSeek V4-Pro at its off-peak price.', source: 'assumption', values: { f: 0.9, a: 0.95, d: 0.9, qSr: 0.97, pinL: 0.66, poutL: 1.98 } },
];

export const fixedAssumptions: readonly string[] = [
  'Calls run one after another, so task latency is the sum of call latencies.',
  'Every setup catches a failed call with probability d and runs it once more, independently: the routed setup on the large model, the others on their own model. Errors compound over the N calls.',
  'Small-model calls not served by Bittensor subnets are served by central hosts at the small model’s list price.',
  'The hardware floor assumes FP8 weights (1 byte per parameter) on 80 GB GPUs.',
];

const taskSecs = (v: number) => `${num(1)(v)} s`;
const joules = (v: number) => `${v >= 1000 ? num(0)(v) : roundedTrim(3)(v)} J`;
const share3 = (v: number) => pct(v, 3);

/** The summary as the figure's data table reads it (slots: assembly/claims/routing.ts). */
export const outputs: ClaimModel<SummaryOf<typeof L>>['outputs'] = {
  n: { label: 'Points in the routine-share sweep (f = 0 to 100%)', format: num(0) },
  margin: marginOutput(),
  costL: { label: 'Cost per task, one large model', format: usd },
  costH: { label: 'Cost per task, routed', format: usd },
  costS: { label: 'Cost per task, small model only', format: usd },
  succL: { label: 'Task success, one large model', format: share3 },
  succH: { label: 'Task success, routed', format: share3 },
  succS: { label: 'Task success, small model only', format: share3 },
  latL: { label: 'Latency per task, one large model', format: taskSecs },
  latH: { label: 'Latency per task, routed', format: taskSecs },
  latS: { label: 'Latency per task, small model only', format: taskSecs },
  energyL: { label: 'Energy per task, one large model', format: joules },
  energyH: { label: 'Energy per task, routed', format: joules },
  energyS: { label: 'Energy per task, small model only', format: joules },
  spendL: { label: 'Share of the routed spend that still goes to the large model', format: share3 },
  costRatio: { label: 'Cost per task, one large model ÷ routed', format: times },
  fStar: { label: 'Smallest routine share at which the claim holds f*', format: (v) => (v >= 0 ? share3(v) : 'none: no routine share makes it hold') },
  X: { label: 'Cost factor the claim needs X', format: times },
  tol: { label: 'Success shortfall allowed', format: tolText },
  floorGpus: { label: '80 GB GPUs needed to hold the large model’s weights (FP8)', format: num(0) },
  priceRatio: { label: 'Cost per call, large model ÷ small model', format: times },
  spendMax: { label: 'Largest share of the routed spend the large model may keep', format: share3 },
  spendB: { label: 'Share of the routed spend that goes to Bittensor subnets', format: share3 },
};

export function computeRouting(core: CoreExports, p: ParamValues): RoutingResult {
  return unpackResult(L, core.claimRunRouting(packParams(L, p)));
}

/** Holds when one large model costs more than X times routing per task, routing's task success is no
 *  more than `tol` below the large model's, and the large model keeps at most spendMax of the routed
 *  spend; each as a ln ratio, the tightest deciding, as in the core. */
export function verdictRouting(s: Summary): Verdict {
  const cost = logRatio(s.costL, s.X * s.costH);
  const need = s.succL - s.tol;
  const success = need > 0 ? logRatio(s.succH, need) : MARGIN_CAP;
  const spend = logRatio(s.spendMax, s.spendL);
  const margin = Math.min(Math.min(cost, success), spend);
  const holds = margin > 0;
  const marginText =
    `One large model costs ${times(s.costRatio)} as much as routing per task, with task success ${pct(s.succL)} against routing’s ${pct(s.succH)}, ` +
    `and keeps ${pct(s.spendL)} of the routed spend; the claim needs more than ${times(s.X)}, no more than ${tolText(s.tol)} below, and at most ${pct(s.spendMax)}`;
  let reason: string;
  if (holds) {
    reason = `Routing routine calls to small models cuts an agent task’s cost by more than ${times(s.X)} at no loss of success, and the large model keeps only ${pct(s.spendL)} of the spend (Bittensor subnets get ${pct(s.spendB)}).`;
  } else if (cost <= success && cost <= spend) {
    const needF = s.fStar >= 0 ? ` (it would take a routine share of ${pct(s.fStar, 3)})` : ' (and no routine share makes the claim hold)';
    reason = `Too many calls still reach the large model, so routing saves less than ${times(s.X)}${needF}.`;
  } else if (success <= spend) {
    reason = 'Routing costs task success: small-model failures that go undetected compound over the task’s calls.';
  } else {
    reason = `The large model still takes ${pct(s.spendL)} of the routed spend, so the money does not move to the small models (the claim allows at most ${pct(s.spendMax)}; Bittensor subnets get ${pct(s.spendB)}).`;
  }
  return { holds, margin, marginText, reason };
}

export const routing: ClaimModel<SummaryOf<typeof L>, (typeof L)['series'][number]> = {
  id: 'routing',
  layout: L,
  sameUnits: [
    ['pinS', 'poutS'], ['pinL', 'poutL'], ['pinS', 'pinL'], ['poutS', 'poutL'], ['pB', 'pinS'],
    ['ttftS', 'ttftL'], ['vS', 'vL'], ['qSr', 'qL'], ['qSn', 'qL'], ['nActiveL', 'nS'], ['nTotalL', 'nActiveL'],
  ],
  formalises: 'That makes Ambient’s 600B+ inference play look less like a moat and more like a sunk cost — the AI equivalent of building bigger coal plants when the future is solar panels.',
  witnesses: {
    holds: {
      values: { f: 0.9, a: 0.95, d: 0.9, qSr: 0.97, pinL: 0.66, poutL: 1.98 },
      sentence: 'With 90% routine calls, a 95% accurate router that catches 90% of failures and DeepSeek V4-Pro at its off-peak price, routing is 3.9× cheaper, no less successful, and the large model keeps 64% of the spend',
    },
    fails: {
      values: { f: 0.9 },
      sentence: 'With 90% routine calls routing is 3.9× cheaper at about equal success, but the large model still takes 83% of the routed spend',
    },
  },
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
  // The two parameters the tornado finds decisive at the defaults (tests/unit/claims-fair.test.ts).
  mapAxes: ['X', 'f'],
  counterEvidence: {
    text: 'Where routing works, the large model keeps the money: SALE cut the largest agent’s use by 53% but the cost only by 35%, so the largest agent still took about 72% of the spend.',
    source: 'sale-agents',
    confidence: 'medium',
  },
  fixedAssumptions,
  outputs,
};
