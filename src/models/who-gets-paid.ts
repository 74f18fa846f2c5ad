// "Who gets paid?": three validators (the last one colluding) score four miners.
// Schema, the scenario handed to the core, and the sentences that describe a result.
import type { Param, ParamValues } from '../state/schema';
import type { YumaOut, YumaScenario } from '../engine/yuma-io';

const alpha = (v: number) => `${Math.round(v / 1000).toLocaleString('en-US')}k`;

export const VALIDATORS = ['Validator A', 'Validator B', 'Colluder C'] as const;
export const MINERS = ['Miner 1', 'Miner 2', 'Miner 3', 'Miner 4 (C’s)'] as const;
export const FAVOURITE = 3;
export const EPOCHS = 24;
const COLLUDER = 2;

/** Wanted weights per validator over the four miners (the honest ones agree; C backs its own miner). */
const WANTED: number[][] = [
  [0.35, 0.35, 0.25, 0.05],
  [0.35, 0.35, 0.25, 0.05],
  [0.05, 0, 0, 1],
];

const stakeParam = (i: number, def: number): Param => ({
  kind: 'number',
  id: `stake${i}`,
  label: `${VALIDATORS[i]} stake`,
  unit: 'α',
  min: 0,
  max: 1_000_000,
  step: 5_000,
  scale: 'linear',
  default: def,
  source: 'vectors-collusion',
  format: alpha,
});

export const schema: readonly Param[] = [
  stakeParam(0, 300_000),
  stakeParam(1, 250_000),
  stakeParam(2, 250_000),
  {
    kind: 'number',
    id: 'kappa',
    label: 'κ (consensus majority)',
    unit: '',
    min: 0.05,
    max: 0.95,
    step: 0.01,
    scale: 'linear',
    default: 0.5,
    source: 'subtensor-kappa',
    format: (v) => v.toFixed(2),
  },
  {
    kind: 'choice',
    id: 'yuma',
    label: 'Yuma version',
    options: [
      { value: 2, label: 'Yuma 2' },
      { value: 3, label: 'Yuma 3' },
    ],
    default: 3,
    source: 'subtensor-yuma3',
  },
];

/** κ slider value → the chain's u16 Kappa, floored as the chain converts proportions; 0.5 gives the default 32767. */
export const kappaToU16 = (k: number) => Math.floor(k * 65535);

/** Converts one validator's wanted weights into the u16 row the chain stores (the core's weightsToU16). */
export type ToU16 = (row: number[]) => number[];

export function scenario(p: ParamValues, toU16: ToU16): YumaScenario {
  const nv = VALIDATORS.length;
  const n = nv + MINERS.length;
  const stake = [p.stake0, p.stake1, p.stake2, 0, 0, 0, 0];
  const weightsU16 = WANTED.map((row) => [...Array(nv).fill(null), ...toU16(row)]);
  const epoch = { stake, weightsU16, active: Array(n).fill(true), outdated: [], bondsResetCols: [] };
  return {
    n,
    nv,
    hyper: {
      yumaVersion: p.yuma === 2 ? 2 : 3,
      kappaU16: kappaToU16(p.kappa),
      bondsPenaltyU16: 65535,
      bondsMovingAverage: 900_000,
      liquidAlpha: false,
      alphaLowU16: 45875,
      alphaHighU16: 58982,
      alphaSigmoidSteepness: 1000,
      maxAllowedValidators: 64,
      stakeThreshold: 0,
      ownerUid: -1,
      laConsensusMode: 'current',
      raoEmission: 295_201_647_974,
    },
    epochs: Array.from({ length: EPOCHS }, () => epoch),
  };
}

/** What the figures draw, taken from the core's per-epoch outputs. */
export interface WhoGetsPaidView {
  incentive: number[];
  dividends: number[];
  consensus: number[];
  /** Stored bond of each validator on the favourite miner, per epoch (u16/65535). */
  bondsOnFavourite: number[][];
  colluderShare: number;
}

export function view(p: ParamValues, outs: YumaOut[]): WhoGetsPaidView {
  const nv = VALIDATORS.length;
  const last = outs[outs.length - 1];
  const miners = (v: number[]) => v.slice(nv);
  const total = p.stake0 + p.stake1 + p.stake2;
  return {
    incentive: miners(last.incentive as number[]),
    dividends: (last.dividends as number[]).slice(0, nv),
    consensus: miners(last.consensus as number[]),
    bondsOnFavourite: VALIDATORS.map((_, i) => outs.map((o) => o.bonds[i][nv + FAVOURITE])),
    colluderShare: total > 0 ? p.stake2 / total : 0,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function describeIncentive(v: WhoGetsPaidView): string {
  const fav = v.incentive[FAVOURITE];
  const control = v.colluderShare > 0.5 ? 'holds more than half the stake, so consensus follows it' : 'holds less than half the stake, so consensus clips its vote';
  return `Colluder C ${control}: its own miner earns ${pct(fav)} of miner incentive; the top miner earns ${pct(Math.max(...v.incentive))}.`;
}

export function describeDividends(v: WhoGetsPaidView): string {
  const parts = VALIDATORS.map((name, i) => `${name} ${pct(v.dividends[i])}`);
  return `Dividends after ${EPOCHS} epochs: ${parts.join(', ')}.`;
}

export function describeBonds(v: WhoGetsPaidView): string {
  const parts = VALIDATORS.map((name, i) => `${name} ${v.bondsOnFavourite[i][EPOCHS - 1].toFixed(3)}`);
  return `Bonds on ${MINERS[FAVOURITE]} after ${EPOCHS} epochs: ${parts.join(', ')}.`;
}

export { COLLUDER };

/** The story's steps: what each sets (on top of the defaults) for the pinned figure. */
export const STORY: { values: Partial<ParamValues>; }[] = [
  { values: { stake2: 250_000 } },
  { values: { stake2: 450_000 } },
  { values: { stake2: 600_000 } },
  { values: { stake2: 600_000, kappa: 0.7 } },
];
