// yumaRun: a whole Yuma scenario in one call. Unpacks the flat inputs of src/engine/yuma-io.ts
// into a Subnet, runs the epochs and writes every epoch's OUT into one flat result (layout below
// and in yuma-io.ts: change both together).
import { Subnet } from './subnet';
import { epochFloat64, normalizedStake, nextPermits } from './epoch';
import { epochFixed, fixedStake } from './fixed-epoch';
import { FixedEpoch } from './fixed-state';
import { proportionToU16 } from './math';

// Indices of the packed hyper-parameter vector (yuma-io.ts packHyper).
export const HYPER_VERSION = 0;
export const HYPER_KAPPA_U16 = 1;
export const HYPER_BONDS_PENALTY_U16 = 2;
export const HYPER_BONDS_MOVING_AVERAGE = 3;
export const HYPER_LIQUID_ALPHA = 4;
export const HYPER_ALPHA_LOW_U16 = 5;
export const HYPER_ALPHA_HIGH_U16 = 6;
export const HYPER_ALPHA_SIGMOID_STEEPNESS = 7;
export const HYPER_MAX_ALLOWED_VALIDATORS = 8;
export const HYPER_STAKE_THRESHOLD = 9;
export const HYPER_OWNER_UID = 10;
export const HYPER_LA_CONSENSUS_MODE = 11;
export const HYPER_RAO_EMISSION = 12;

/** Arithmetic of the epoch: 0 = IEEE double (epoch.ts, the vectors' "float64"); 1 = the chain's
 *  fixed point (fixed-epoch.ts, spec §2, the vectors' "expected"). Both write the same layout. */
export const MODE_FLOAT64: i32 = 0;
export const MODE_FIXED: i32 = 1;

/** Per-uid vectors (VECTOR_FIELDS) and nv × n matrices (MATRIX_FIELDS) of one epoch's result. */
const VECTORS = 17;
const MATRICES = 7;

/** Slots of one epoch in yumaRun's result: header (alphas used), vectors, matrices. */
export function epochSlots(n: i32, nv: i32): i32 {
  return 1 + VECTORS * n + MATRICES * nv * n;
}

/** Runs `epochs` epochs of a scenario (raw stake in rao, stored u16 weights with −1 = no entry) and
 *  returns epochs × epochSlots(n, nv) values in the yuma-io.ts layout; called by src/engine/core.ts runYuma. */
export function yumaRun(
  n: i32, nv: i32, epochs: i32,
  hyper: Float64Array,
  stake: Float64Array,
  weights: Float64Array,
  active: Uint8Array,
  outdated: Uint8Array,
  resetCols: Uint8Array,
  initialBonds: Float64Array,
  initialPermits: Uint8Array,
  mode: i32,
): Float64Array {
  const m = nv * n;
  const slots = epochSlots(n, nv);
  // Inputs that do not match the shape yield no epochs rather than reading past them.
  const shaped = n > 0 && nv >= 0 && nv <= n && epochs >= 0 && hyper.length > HYPER_RAO_EMISSION &&
    stake.length >= epochs * n && active.length >= epochs * n && resetCols.length >= epochs * n &&
    weights.length >= epochs * m && outdated.length >= epochs * m;
  if (!shaped) return new Float64Array(0);
  const s = new Subnet(n, nv);
  s.setHyper(
    <i32>hyper[HYPER_VERSION], hyper[HYPER_KAPPA_U16], hyper[HYPER_BONDS_PENALTY_U16],
    hyper[HYPER_BONDS_MOVING_AVERAGE], hyper[HYPER_LIQUID_ALPHA] != 0, hyper[HYPER_ALPHA_LOW_U16],
    hyper[HYPER_ALPHA_HIGH_U16], hyper[HYPER_ALPHA_SIGMOID_STEEPNESS], <i32>hyper[HYPER_MAX_ALLOWED_VALIDATORS],
    hyper[HYPER_STAKE_THRESHOLD], <i32>hyper[HYPER_OWNER_UID], <i32>hyper[HYPER_LA_CONSENSUS_MODE],
    hyper[HYPER_RAO_EMISSION],
  );
  if (initialBonds.length == m) {
    for (let k = 0; k < m; k++) s.bondsU16[k] = max(initialBonds[k], 0);
  }
  const out = new Float64Array(epochs * slots);
  if (epochs <= 0) return out;
  // The one place the arithmetic is chosen: a fixed-point run carries its own buffers.
  const fx = mode == MODE_FIXED ? new FixedEpoch(n, nv) : null;
  if (initialPermits.length == n) {
    for (let i = 0; i < n; i++) s.permits[i] = initialPermits[i] != 0 ? 1 : 0;
  } else {
    // Warm-up epoch: the permits the first epoch uses are the top-K of its own stake.
    loadEpoch(s, 0, stake, weights, active, outdated);
    if (fx) fixedStake(s, fx);
    else normalizedStake(s);
    nextPermits(s, s.permits);
  }
  for (let t = 0; t < epochs; t++) {
    loadEpoch(s, t, stake, weights, active, outdated);
    for (let j = 0; j < n; j++) {
      if (resetCols[t * n + j] != 0) for (let i = 0; i < nv; i++) s.bondsU16[i * n + j] = 0;
    }
    if (fx) epochFixed(s, fx);
    else epochFloat64(s);
    writeEpoch(s, fx, out, t * slots);
  }
  return out;
}

function loadEpoch(s: Subnet, t: i32, stake: Float64Array, weights: Float64Array, active: Uint8Array, outdated: Uint8Array): void {
  const n = s.n;
  const m = s.nv * n;
  for (let i = 0; i < n; i++) {
    s.stakeRaw[i] = stake[t * n + i];
    s.active[i] = active[t * n + i];
  }
  // Rows whose weights or outdated mask differ from the previous epoch's are re-masked by the epoch.
  for (let i = 0; i < s.nv; i++) {
    let changed = false;
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      const w = weights[t * m + k];
      const o = outdated[t * m + k];
      changed = changed || w != s.weightsU16[k] || o != s.outdated[k];
      s.weightsU16[k] = w;
      s.outdated[k] = o;
    }
    if (changed) s.rowDirty[i] = 1;
  }
}

// The u16 fields are floor(65535·x) of the published doubles; in fixed mode those are the exact doubles
// of I32F32 values (raw·65535 < 2^53), so this equals the chain's fixed_proportion_to_u16.
function writeEpoch(s: Subnet, fx: FixedEpoch | null, out: Float64Array, base: i32): void {
  const n = s.n;
  const rao = s.raoEmission;
  let at = base;
  out[at++] = s.alphasUsed ? 1 : 0;
  at = putF(out, at, s.stake, n);
  at = putF(out, at, s.activeStake, n);
  at = putU8(out, at, s.permitsUsed, n);
  at = putU8(out, at, s.newPermits, n);
  at = putF(out, at, s.consensus, n);
  at = putF(out, at, s.trust, n);
  at = putF(out, at, s.ranks, n);
  at = putF(out, at, s.incentive, n);
  at = putF(out, at, s.dividends, n);
  at = putF(out, at, s.serverShare, n);
  at = putF(out, at, s.validatorShare, n);
  if (fx) {
    at = putF(out, at, fx.serverRao, n);
    at = putF(out, at, fx.validatorRao, n);
  } else {
    for (let i = 0; i < n; i++) out[at++] = Math.floor(s.serverShare[i] * rao);
    for (let i = 0; i < n; i++) out[at++] = Math.floor(s.validatorShare[i] * rao);
  }
  at = putU16(out, at, s.consensus, n);
  at = putU16(out, at, s.incentive, n);
  at = putU16(out, at, s.dividends, n);
  at = putU16(out, at, s.trust, n);
  const m = s.nv * n;
  at = putF(out, at, s.weights, m);
  at = putF(out, at, s.clipped, m);
  for (let k = 0; k < m; k++) out[at++] = s.bondsU16[k] / 65535;
  at = putF(out, at, s.bondsU16, m);
  at = putF(out, at, s.emaBonds, m);
  at = putF(out, at, s.emaBondsNorm, m);
  if (s.alphasUsed) putF(out, at, s.alphas, m);
}

function putF(out: Float64Array, at: i32, v: StaticArray<f64>, len: i32): i32 {
  for (let k = 0; k < len; k++) out[at + k] = v[k];
  return at + len;
}

function putU8(out: Float64Array, at: i32, v: StaticArray<u8>, len: i32): i32 {
  for (let k = 0; k < len; k++) out[at + k] = v[k];
  return at + len;
}

function putU16(out: Float64Array, at: i32, v: StaticArray<f64>, len: i32): i32 {
  for (let k = 0; k < len; k++) out[at + k] = proportionToU16(v[k]);
  return at + len;
}
