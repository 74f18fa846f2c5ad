// Packs Yuma scenarios into the flat arrays the wasm core takes, and unpacks its flat result.
// The layout here is the contract with assembly/yuma.ts (yumaRun); change both together.

export type YumaMode = 'float64' | 'fixed';

export interface YumaHyper {
  yumaVersion: 2 | 3;
  kappaU16: number;
  bondsPenaltyU16: number;
  /** BondsMovingAverage, per 1e6 (EMA rate a = 1 − bma/1e6). */
  bondsMovingAverage: number;
  liquidAlpha: boolean;
  alphaLowU16: number;
  alphaHighU16: number;
  /** AlphaSigmoidSteepness (i16, used divided by 100). */
  alphaSigmoidSteepness: number;
  maxAllowedValidators: number;
  stakeThreshold: number;
  /** Subnet owner uid, or -1 for none. */
  ownerUid: number;
  /** Liquid-alpha consensus: current, previous or auto (spec §5.4). */
  laConsensusMode: 'current' | 'previous' | 'auto';
  /** Alpha (rao) the epoch distributes, owner cut already removed. */
  raoEmission: number;
}

export interface YumaEpochInput {
  /** Raw stake per uid (rao); only ratios matter. */
  stake: ArrayLike<number>;
  /** Stored u16 weights, nv rows × n; null = no entry on chain. */
  weightsU16: ArrayLike<number | null>[];
  /** Activity mask per uid. */
  active: ArrayLike<boolean>;
  /** [validator, miner] entries masked as outdated. */
  outdated: [number, number][];
  /** Bond columns dropped before this epoch. */
  bondsResetCols: number[];
}

export interface YumaScenario {
  n: number;
  nv: number;
  hyper: YumaHyper;
  epochs: YumaEpochInput[];
  /** Stored u16 bonds, nv × n (null = no entry); absent = no bonds. */
  initialBondsU16?: (number | null)[][] | null;
  /** Permits from the previous epoch; absent = top-K of epoch-0 stake (a warm-up epoch). */
  initialPermits?: boolean[] | null;
}

/** Per-uid vectors of one epoch's output, in the order the core writes them. */
export const VECTOR_FIELDS = [
  'stake', 'active_stake', 'permits_used', 'new_permits', 'consensus', 'validator_trust', 'ranks',
  'incentive', 'dividends', 'norm_server_emission', 'norm_validator_emission', 'server_emission_rao',
  'validator_emission_rao', 'consensus_u16', 'incentive_u16', 'dividends_u16', 'validator_trust_u16',
] as const;

/** nv × n matrices of one epoch's output, in the order the core writes them (after the vectors). */
export const MATRIX_FIELDS = [
  'weights_norm', 'clipped_weights', 'bonds', 'bonds_u16', 'ema_bonds', 'ema_bonds_norm', 'alphas',
] as const;

export type VectorField = (typeof VECTOR_FIELDS)[number];
export type MatrixField = (typeof MATRIX_FIELDS)[number];
const BOOL_FIELDS = new Set<string>(['permits_used', 'new_permits']);

export type YumaOut = Record<VectorField, number[] | boolean[]> &
  Record<Exclude<MatrixField, 'alphas'>, number[][]> & { alphas: number[][] | null };

const ALL = [...VECTOR_FIELDS, ...MATRIX_FIELDS] as const;
/** Every output field; a run may ask for fewer (see fieldMask). */
export const ALL_FIELDS = (1 << ALL.length) - 1;

/** The core's field bitmask for a list of fields (bit k = k-th field of VECTOR_FIELDS then MATRIX_FIELDS). */
export function fieldMask(fields: readonly (VectorField | MatrixField)[]): number {
  return fields.reduce((m, f) => m | (1 << (ALL as readonly string[]).indexOf(f)), 0);
}

const selected = (fields: number) => ALL.filter((_, k) => fields & (1 << k));

/** Slots per epoch in the core's result: one header (alphas used: 0/1), then the selected vectors and matrices. */
export function epochSlots(n: number, nv: number, fields = ALL_FIELDS): number {
  return selected(fields).reduce((s, f) => s + ((VECTOR_FIELDS as readonly string[]).includes(f) ? n : nv * n), 1);
}

/** Where a (selected) field starts inside one epoch's slots of the core's result. */
export function fieldOffset(n: number, nv: number, field: VectorField | MatrixField, fields = ALL_FIELDS): number {
  let at = 1;
  for (const f of selected(fields)) {
    if (f === field) return at;
    at += (VECTOR_FIELDS as readonly string[]).includes(f) ? n : nv * n;
  }
  throw new Error(`field ${field} was not asked for`);
}

/** Index of the Yuma version in the packed hyper-parameters (HYPER_VERSION in assembly/yuma.ts). */
export const HYPER_VERSION = 0;

/** Hyper-parameter vector layout (HYPER_* indices in assembly/yuma.ts). */
export function packHyper(h: YumaHyper): Float64Array {
  const mode = { current: 0, previous: 1, auto: 2 }[h.laConsensusMode];
  return Float64Array.from([
    h.yumaVersion, h.kappaU16, h.bondsPenaltyU16, h.bondsMovingAverage, h.liquidAlpha ? 1 : 0,
    h.alphaLowU16, h.alphaHighU16, h.alphaSigmoidSteepness, h.maxAllowedValidators, h.stakeThreshold,
    h.ownerUid, mode, h.raoEmission,
  ]);
}

export interface PackedYuma {
  n: number;
  nv: number;
  epochs: number;
  hyper: Float64Array;
  /** Inputs per distinct epoch entry (entries × n, entries × nv × n). */
  stake: Float64Array;
  weights: Float64Array;
  active: Uint8Array;
  outdated: Uint8Array;
  resetCols: Uint8Array;
  initialBonds: Float64Array;
  initialPermits: Uint8Array;
  /** Entry used by each epoch; a scenario whose epochs share one input object sends it once. */
  schedule: Int32Array;
}

/** Flattens a scenario: weights and bonds use −1 for "no entry"; epochs that are the same object share an entry. */
export function packScenario(s: YumaScenario): PackedYuma {
  const { n, nv } = s;
  const entryOf = new Map<YumaEpochInput, number>();
  const schedule = Int32Array.from(s.epochs, (e) => {
    if (!entryOf.has(e)) entryOf.set(e, entryOf.size);
    return entryOf.get(e)!;
  });
  const E = entryOf.size;
  const stake = new Float64Array(E * n);
  const weights = new Float64Array(E * nv * n);
  const active = new Uint8Array(E * n);
  const outdated = new Uint8Array(E * nv * n);
  const resetCols = new Uint8Array(E * n);
  for (const [e, t] of entryOf) {
    for (let j = 0; j < n; j++) {
      stake[t * n + j] = e.stake[j];
      active[t * n + j] = e.active[j] ? 1 : 0;
    }
    for (let i = 0; i < nv; i++) {
      const row = e.weightsU16[i];
      for (let j = 0; j < n; j++) {
        const w = row[j];
        weights[(t * nv + i) * n + j] = w === null || w === undefined ? -1 : w;
      }
    }
    for (const [i, j] of e.outdated) outdated[(t * nv + i) * n + j] = 1;
    for (const j of e.bondsResetCols) resetCols[t * n + j] = 1;
  }
  let initialBonds = new Float64Array(0);
  if (s.initialBondsU16) {
    initialBonds = new Float64Array(nv * n);
    s.initialBondsU16.forEach((row, i) => row.forEach((b, j) => (initialBonds[i * n + j] = b === null ? -1 : b)));
  }
  const initialPermits = s.initialPermits ? Uint8Array.from(s.initialPermits, (p) => (p ? 1 : 0)) : new Uint8Array(0);
  return { n, nv, epochs: s.epochs.length, hyper: packHyper(s.hyper), stake, weights, active, outdated, resetCols, initialBonds, initialPermits, schedule };
}

/** Splits the core's flat result into one OUT object per epoch (the vectors' schema). */
export function unpackResult(flat: Float64Array, n: number, nv: number): YumaOut[] {
  const slots = epochSlots(n, nv);
  const epochs = Math.floor(flat.length / slots);
  const outs: YumaOut[] = [];
  for (let t = 0; t < epochs; t++) {
    let at = t * slots;
    const alphasUsed = flat[at++] !== 0;
    const out: Record<string, unknown> = {};
    for (const f of VECTOR_FIELDS) {
      const v = Array.from(flat.subarray(at, at + n));
      out[f] = BOOL_FIELDS.has(f) ? v.map((x) => x !== 0) : v;
      at += n;
    }
    for (const f of MATRIX_FIELDS) {
      const rows: number[][] = [];
      for (let i = 0; i < nv; i++) rows.push(Array.from(flat.subarray(at + i * n, at + (i + 1) * n)));
      out[f] = f === 'alphas' && !alphasUsed ? null : rows;
      at += nv * n;
    }
    outs.push(out as YumaOut);
  }
  return outs;
}

/** The scenario schema of the golden vectors (snake_case JSON), turned into a YumaScenario. */
export function scenarioFromVectors(sc: VectorScenario, raoEmission: number): YumaScenario {
  const h = sc.hyperparameters;
  return {
    n: sc.n,
    nv: sc.validators.length,
    hyper: {
      yumaVersion: h.yuma_version,
      kappaU16: h.kappa_u16,
      bondsPenaltyU16: h.bonds_penalty_u16,
      bondsMovingAverage: h.bonds_moving_average,
      liquidAlpha: h.liquid_alpha,
      alphaLowU16: h.alpha_low_u16,
      alphaHighU16: h.alpha_high_u16,
      alphaSigmoidSteepness: h.alpha_sigmoid_steepness,
      maxAllowedValidators: h.max_allowed_validators,
      stakeThreshold: h.stake_threshold,
      ownerUid: h.owner_uid ?? -1,
      laConsensusMode: h.liquid_alpha_consensus_mode ?? 'current',
      raoEmission,
    },
    epochs: sc.epochs.map((e) => ({
      stake: e.stake,
      weightsU16: e.weights_u16,
      active: e.active,
      outdated: e.outdated ?? [],
      bondsResetCols: e.bonds_reset_cols ?? [],
    })),
    initialBondsU16: sc.initial_bonds_u16,
    initialPermits: sc.initial_permits,
  };
}

export interface VectorScenario {
  id: string;
  n: number;
  validators: number[];
  miners: number[];
  hyperparameters: {
    yuma_version: 2 | 3;
    kappa_u16: number;
    bonds_penalty_u16: number;
    bonds_moving_average: number;
    liquid_alpha: boolean;
    alpha_low_u16: number;
    alpha_high_u16: number;
    alpha_sigmoid_steepness: number;
    max_allowed_validators: number;
    stake_threshold: number;
    owner_uid: number | null;
    liquid_alpha_consensus_mode?: 'current' | 'previous' | 'auto';
  };
  initial_permits: boolean[] | null;
  initial_bonds_u16: (number | null)[][] | null;
  omitted_fields?: string[];
  epochs: {
    stake: number[];
    weights_u16: (number | null)[][];
    active: boolean[];
    outdated?: [number, number][];
    bonds_reset_cols?: number[];
    expected?: YumaOut;
    float64?: YumaOut;
  }[];
}
