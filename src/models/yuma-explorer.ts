// The Yuma explorer: any validators × miners subnet, edited by hand, chosen from presets or imported.
// State, parameter schema, and the scenario handed to the core. Edits apply from the shown epoch on.
import type { Param, ParamValues } from '../state/schema';
import type { YumaScenario } from '../engine/yuma-io';

export interface ExplorerHyper {
  yumaVersion: 2 | 3;
  kappa: number;
  bondsPenalty: number;
  /** BondsMovingAverage as a fraction (chain stores per 1e6); EMA rate = 1 − this. */
  bondsMovingAverage: number;
  liquidAlpha: boolean;
  alphaLow: number;
  alphaHigh: number;
  steepness: number;
}

/** One epoch's inputs: validators' stake (α), activity, wanted weights over miners, bond resets. */
export interface EpochIn {
  stake: number[];
  active: boolean[];
  weights: number[][];
  resetCols: number[];
}

export interface YumaPreset {
  id: string;
  label: string;
  explanation: string;
  nv: number;
  nm: number;
  hyper: ExplorerHyper;
  epochs: EpochIn[];
}

export const MAX_EPOCHS = 200;

/** Scalar controls of the explorer; the matrix, stakes and schedule live beside them. */
export const schema: readonly Param[] = [
  { kind: 'number', id: 'kappa', label: 'κ (consensus majority)', unit: '', min: 0, max: 1, step: 0.01, scale: 'linear', default: 0.5, source: 'subtensor-kappa', format: (v) => v.toFixed(2) },
  { kind: 'number', id: 'bondsPenalty', label: 'Bonds penalty β', unit: '', min: 0, max: 1, step: 0.05, scale: 'linear', default: 1, source: 'subtensor-bonds', format: (v) => v.toFixed(2) },
  { kind: 'number', id: 'bondsMovingAverage', label: 'Bonds moving average', unit: '', min: 0, max: 0.975, step: 0.005, scale: 'linear', default: 0.9, source: 'subtensor-bonds', format: (v) => v.toFixed(3) },
  { kind: 'choice', id: 'liquidAlpha', label: 'Liquid alpha', options: [{ value: 0, label: 'Off' }, { value: 1, label: 'On' }], default: 0, source: 'subtensor-liquid-alpha' },
  { kind: 'number', id: 'alphaLow', label: 'α low', unit: '', min: 0.025, max: 1, step: 0.005, scale: 'linear', default: 0.7, source: 'subtensor-liquid-alpha', format: (v) => v.toFixed(3) },
  { kind: 'number', id: 'alphaHigh', label: 'α high', unit: '', min: 0.025, max: 1, step: 0.005, scale: 'linear', default: 0.9, source: 'subtensor-liquid-alpha', format: (v) => v.toFixed(3) },
  { kind: 'number', id: 'steepness', label: 'Sigmoid steepness', unit: '', min: 0, max: 5000, step: 50, scale: 'linear', default: 1000, source: 'subtensor-liquid-alpha', format: (v) => String(v) },
  { kind: 'choice', id: 'yuma', label: 'Main view', options: [{ value: 2, label: 'Yuma 2' }, { value: 3, label: 'Yuma 3' }], default: 3, source: 'subtensor-yuma3' },
  { kind: 'number', id: 'epochs', label: 'Epochs', unit: '', min: 1, max: MAX_EPOCHS, step: 1, scale: 'linear', default: 24, source: 'assumption', format: (v) => String(v) },
];

const DEFAULT_HYPER: ExplorerHyper = { yumaVersion: 3, kappa: 0.5, bondsPenalty: 1, bondsMovingAverage: 0.9, liquidAlpha: false, alphaLow: 0.7, alphaHigh: 0.9, steepness: 1000 };

/** Chain defaults (spec §3) for whatever an imported metagraph leaves out. */
export const hyperWithDefaults = (h: Partial<ExplorerHyper>): ExplorerHyper => ({ ...DEFAULT_HYPER, ...h });

export function hyperToParams(h: ExplorerHyper, epochs: number): ParamValues {
  return {
    kappa: Math.round(h.kappa * 100) / 100,
    bondsPenalty: h.bondsPenalty,
    bondsMovingAverage: h.bondsMovingAverage,
    liquidAlpha: h.liquidAlpha ? 1 : 0,
    alphaLow: Math.round(h.alphaLow * 1000) / 1000,
    alphaHigh: Math.round(h.alphaHigh * 1000) / 1000,
    steepness: h.steepness,
    yuma: h.yumaVersion,
    epochs,
  };
}

/** The subnet the explorer runs: a schedule of epoch inputs (the last one repeats) and its names. */
export interface ExplorerSubnet {
  nv: number;
  nm: number;
  schedule: EpochIn[];
  validatorNames: string[];
  minerNames: string[];
  /** Bond proportions (0..1) before the first epoch, nv × nm; absent = no bonds. */
  initialBonds?: number[][];
}

export function subnetFromPreset(p: YumaPreset): ExplorerSubnet {
  return {
    nv: p.nv,
    nm: p.nm,
    schedule: p.epochs.map((e) => ({ ...e, stake: [...e.stake], weights: e.weights.map((r) => [...r]) })),
    validatorNames: Array.from({ length: p.nv }, (_, i) => `V${i}`),
    minerNames: Array.from({ length: p.nm }, (_, j) => `M${j}`),
  };
}

export const epochAt = (s: ExplorerSubnet, t: number): EpochIn => s.schedule[Math.min(t, s.schedule.length - 1)];

/** A copy of the subnet whose schedule runs at least to epoch t (so an edit at t has a place). */
function extendedTo(s: ExplorerSubnet, t: number): EpochIn[] {
  const schedule = [...s.schedule];
  while (schedule.length <= t) schedule.push(schedule[schedule.length - 1]);
  return schedule;
}

/** Sets validator i's weight on miner j from epoch t on. */
export function withWeight(s: ExplorerSubnet, t: number, i: number, j: number, w: number): ExplorerSubnet {
  const schedule = extendedTo(s, t).map((e, k) => {
    if (k < t) return e;
    const weights = e.weights.map((row) => [...row]);
    weights[i][j] = w;
    return { ...e, weights };
  });
  return { ...s, schedule };
}

/** Sets validator i's stake (α) from epoch t on. */
export function withStake(s: ExplorerSubnet, t: number, i: number, stake: number): ExplorerSubnet {
  const schedule = extendedTo(s, t).map((e, k) => {
    if (k < t) return e;
    const next = [...e.stake];
    next[i] = stake;
    return { ...e, stake: next };
  });
  return { ...s, schedule };
}

export function hyperFromParams(p: ParamValues): ExplorerHyper {
  return {
    yumaVersion: p.yuma === 2 ? 2 : 3,
    kappa: p.kappa,
    bondsPenalty: p.bondsPenalty,
    bondsMovingAverage: p.bondsMovingAverage,
    liquidAlpha: p.liquidAlpha === 1,
    alphaLow: Math.min(p.alphaLow, p.alphaHigh),
    alphaHigh: Math.max(p.alphaLow, p.alphaHigh),
    steepness: p.steepness,
  };
}

export type ToU16 = (row: number[]) => number[];

/** The core's scenario for one Yuma version: validators are uids 0..nv−1, miners nv..nv+nm−1. */
export function toScenario(s: ExplorerSubnet, p: ParamValues, version: 2 | 3, toU16: ToU16): YumaScenario {
  const { nv, nm } = s;
  const n = nv + nm;
  const h = hyperFromParams(p);
  // Epochs past the schedule repeat its last entry (without its bond resets): one shared object, which
  // packScenario sends to the core once.
  const build = (e: EpochIn, resets: number[]) => ({
    stake: [...e.stake.map((x) => Math.round(x * 1e9)), ...Array(nm).fill(0)],
    weightsU16: e.weights.map((row) => [...Array(nv).fill(null), ...(row.some((w) => w > 0) ? toU16(row) : row.map(() => null))]),
    active: [...e.active, ...Array(nm).fill(true)],
    outdated: [] as [number, number][],
    bondsResetCols: resets.map((j) => j + nv),
  });
  let tail: YumaScenario['epochs'][number] | null = null;
  const epochs = Array.from({ length: p.epochs }, (_, t) => {
    if (t < s.schedule.length) return build(s.schedule[t], s.schedule[t].resetCols);
    tail ??= build(s.schedule[s.schedule.length - 1], []);
    return tail;
  });
  return {
    n,
    nv,
    hyper: {
      yumaVersion: version,
      kappaU16: Math.floor(h.kappa * 65535),
      bondsPenaltyU16: Math.round(h.bondsPenalty * 65535),
      bondsMovingAverage: Math.round(h.bondsMovingAverage * 1e6),
      liquidAlpha: h.liquidAlpha,
      alphaLowU16: Math.round(h.alphaLow * 65535),
      alphaHighU16: Math.round(h.alphaHigh * 65535),
      alphaSigmoidSteepness: Math.round(h.steepness),
      maxAllowedValidators: Math.max(64, nv),
      stakeThreshold: 0,
      ownerUid: -1,
      laConsensusMode: 'current',
      raoEmission: 295_201_647_974,
    },
    epochs,
    initialBondsU16: s.initialBonds?.map((row) => [...Array(nv).fill(null), ...row.map((b) => Math.floor(b * 65535))]),
  };
}
