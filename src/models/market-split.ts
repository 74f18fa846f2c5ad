// "Where an epoch's alpha goes": one tempo (360 blocks) of a subnet's alpha emission split between
// the owner, the miners, the validators (their take), their nominators and the root stakers (spec
// §e.1–§e.3). Schema, the compute the engine runs (the core's marketTempoSplit) and the sentences.
import type { CoreExports } from '../engine/core';
import type { Param, ParamValues } from '../state/schema';

/** Blocks in one tempo: the chain's INITIAL_SUBNET_TEMPO (spec §a). */
export const TEMPO_BLOCKS = 360;
/** Tempos a day at the default tempo: 7,200 blocks a day / 360 (spec §a; the legacy schedule fired every 361). */
export const TEMPOS_PER_DAY = 20;
/** A u16 proportion's denominator (SubnetOwnerCut, validator take). */
const U16 = 65535;

const pct1 = (v: number) => `${v.toFixed(1)}%`;
const millions = (v: number) => `${v.toFixed(v < 1 ? 2 : 1)}M`;

export const schema: readonly Param[] = [
  {
    kind: 'number',
    id: 'ownerCut',
    label: 'Owner cut',
    unit: '',
    min: 0,
    max: 50,
    step: 0.5,
    scale: 'linear',
    default: 18,
    source: 'split-owner-cut',
    format: pct1,
  },
  {
    kind: 'number',
    id: 'take',
    label: 'Validator take',
    unit: '',
    min: 0,
    max: 18,
    step: 0.5,
    scale: 'linear',
    default: 18,
    source: 'split-take',
    format: pct1,
  },
  {
    kind: 'number',
    id: 'taoWeight',
    label: 'TAO weight τ',
    unit: '',
    min: 0,
    max: 100,
    step: 1,
    scale: 'linear',
    default: 18,
    source: 'split-tao-weight',
    format: (v) => `${v.toFixed(0)}%`,
  },
  {
    kind: 'number',
    id: 'rootStake',
    label: 'TAO staked on root',
    unit: 'TAO',
    min: 0,
    max: 10,
    step: 0.1,
    scale: 'linear',
    default: 5.7,
    source: 'split-root-stake',
    format: millions,
  },
  {
    kind: 'number',
    id: 'alphaIssuance',
    label: 'The subnet’s alpha issued so far',
    unit: 'α',
    min: 0.05,
    max: 20,
    step: 0.05,
    scale: 'linear',
    default: 2,
    source: 'assumption',
    format: millions,
  },
  {
    kind: 'choice',
    id: 'rootSell',
    label: 'Root’s part of the validators’ half',
    options: [
      { value: 1, label: 'paid to root stakers' },
      { value: 0, label: 'recycled (Σ EMA prices ≤ 1)' },
    ],
    default: 1,
    source: 'split-root-sell',
  },
];

/** The final recipients, in the order the diagram stacks them. */
export type FlowKey = 'owner' | 'miners' | 'withheld' | 'nominators' | 'take' | 'root' | 'recycled';

export const FLOW_LABELS: Record<FlowKey, string> = {
  owner: 'Subnet owner',
  miners: 'Miners',
  withheld: 'Burned (owner’s miners)',
  nominators: 'Nominators',
  take: 'Validators’ take',
  root: 'Root stakers',
  recycled: 'Recycled',
};

export interface SplitFlow {
  key: FlowKey;
  label: string;
  /** Alpha this recipient receives in one tempo. */
  alpha: number;
  /** Its fraction of the tempo's emission. */
  share: number;
}

export interface MarketSplitResult {
  blocks: number;
  /** Alpha the subnet emits to participants in the tempo (the core's, block by block). */
  emitted: number;
  /** The inputs as the chain would store them. */
  ownerCut: number;
  take: number;
  taoWeight: number;
  rootTao: number;
  alphaIssuance: number;
  rootSell: boolean;
  /** Root TAO × τ: the root stake's weight against the subnet's alpha. */
  rootWeight: number;
  /** Mean root_prop over the tempo's blocks (spec §e.2). */
  rootProp: number;
  /** The intermediate pots: the validators' half (after the owner cut), and its alpha and root parts. */
  validatorHalf: number;
  alphaDividends: number;
  rootDividends: number;
  /** The validators' take, by the pot it comes from. */
  takeFromAlpha: number;
  takeFromRoot: number;
  /** The final recipients; their alpha sums to `emitted`. */
  flows: SplitFlow[];
}

/** A percentage of a u16 proportion, as the chain stores it: the nearest k/65,535 (18% → 11,796/65,535). */
export const toU16Fraction = (percent: number) => Math.round((percent / 100) * U16) / U16;

/** The param value, or its default when it is missing or not a finite number, kept in its range. */
function read(p: ParamValues, id: string): number {
  const param = schema.find((q) => q.id === id)!;
  const v = p[id];
  if (typeof v !== 'number' || !Number.isFinite(v)) return param.default;
  if (param.kind === 'choice') return param.options.some((o) => o.value === v) ? v : param.default;
  return Math.min(param.max, Math.max(param.min, v));
}

/** The params vector of the core's marketTempoSplit (assembly/market/split.ts). */
function splitParams(issuance: number, cut: number, tau: number, root: number, take: number, sell: boolean): Float64Array {
  return Float64Array.from([TEMPO_BLOCKS, issuance, cut, 1, tau, root, take, 0, sell ? 1 : 0, 0]);
}

/** Runs in the engine: one tempo through the core's marketTempoSplit, with and without the take
 *  (without it, the core's validator and root outputs are the pots before the take). */
export function computeMarketSplit(core: CoreExports, p: ParamValues): MarketSplitResult {
  const cut = toU16Fraction(read(p, 'ownerCut'));
  const take = toU16Fraction(read(p, 'take'));
  const tau = read(p, 'taoWeight') / 100;
  const rootTao = read(p, 'rootStake') * 1e6;
  const issuance = read(p, 'alphaIssuance') * 1e6;
  const sell = read(p, 'rootSell') === 1;

  const o = core.marketTempoSplit(splitParams(issuance, cut, tau, rootTao, take, sell));
  const pre = core.marketTempoSplit(splitParams(issuance, cut, tau, rootTao, 0, sell));
  const [emitted, owner, miners, withheld, takeAlpha, nominators, rootStakers, recycled, rootProp] = Array.from(o);
  const alphaDividends = pre[5];
  const rootDividends = sell ? pre[6] : pre[7];
  const takeFromAlpha = alphaDividends - nominators;

  const amounts: [FlowKey, number][] = [
    ['owner', owner],
    ['miners', miners],
    ['withheld', withheld],
    ['nominators', nominators],
    ['take', takeAlpha],
    ['root', rootStakers],
    ['recycled', recycled],
  ];
  // Every recipient the rules can pay is listed (with 0 where the slider gives it nothing); the
  // owner's-miners burn (no slider here) and the branch of root's part the choice rules out are not.
  const present = (k: FlowKey) => (k === 'withheld' ? withheld > 0 : k === 'root' ? sell : k === 'recycled' ? !sell : true);
  const flows = amounts
    .filter(([k]) => present(k))
    .map(([key, alpha]) => ({ key, label: FLOW_LABELS[key], alpha, share: emitted > 0 ? alpha / emitted : 0 }));

  return {
    blocks: TEMPO_BLOCKS,
    emitted,
    ownerCut: cut,
    take,
    taoWeight: tau,
    rootTao,
    alphaIssuance: issuance,
    rootSell: sell,
    rootWeight: rootTao * tau,
    rootProp,
    validatorHalf: alphaDividends + rootDividends,
    alphaDividends,
    rootDividends,
    takeFromAlpha,
    takeFromRoot: takeAlpha - takeFromAlpha,
    flows,
  };
}

// ---- what the figure says ------------------------------------------------------------------------

export const formatAlpha = (a: number) => `${a.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} α`;
export const formatShare = (x: number) => `${(100 * x).toFixed(1)}%`;
const big = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : `${Math.round(x / 1e3).toLocaleString('en-US')}k`);

const flow = (r: MarketSplitResult, k: FlowKey) => r.flows.find((f) => f.key === k);

/** The live sentence under the diagram: who gets what, and why root takes what it takes. */
export function describeSplit(r: MarketSplitResult): string {
  const part = (k: FlowKey, name: string) => {
    const f = flow(r, k);
    return f ? `${name} ${formatAlpha(f.alpha)} (${formatShare(f.share)})` : null;
  };
  const parts = [
    part('owner', 'the owner'),
    part('miners', 'miners'),
    part('nominators', 'nominators'),
    part('take', 'validators’ take'),
    part('root', 'root stakers'),
    part('recycled', 'recycled'),
  ].filter((s): s is string => s !== null);
  const last = parts.pop();
  return `Of ${formatAlpha(r.emitted)} emitted in one tempo (${r.blocks} blocks): ${parts.join(', ')} and ${last}.`;
}

/** Why root's part is what it is: root_prop from root TAO × τ against the subnet's alpha (spec §e.2). */
export function describeRoot(r: MarketSplitResult): string {
  const prop = formatShare(r.rootProp);
  const weight = `${big(r.rootTao)} TAO on root × τ ${formatShare(r.taoWeight)} = ${big(r.rootWeight)}`;
  const where = r.rootSell ? 'goes to root stakers' : 'is recycled, because the subnets’ EMA prices sum to 1 or less';
  return `${weight} against the subnet’s ${big(r.alphaIssuance)} α, so root takes ${prop} of the validators’ half (${formatAlpha(r.rootDividends)}), which ${where}.`;
}
