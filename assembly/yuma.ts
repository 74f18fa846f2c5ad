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
/** Bit k selects field k (vectors, then matrices, in yuma-io.ts order); the page asks only for what it draws. */
export const ALL_FIELDS: i32 = (1 << (VECTORS + MATRICES)) - 1;

/** Slots of one epoch in yumaRun's result: header (alphas used), vectors, matrices. */
export function epochSlots(n: i32, nv: i32, fields: i32 = ALL_FIELDS): i32 {
  const vectors = <i32>popcnt(fields & ((1 << VECTORS) - 1));
  const matrices = <i32>popcnt((fields >>> VECTORS) & ((1 << MATRICES) - 1));
  return 1 + vectors * n + matrices * nv * n;
}

/** Runs `epochs` epochs of a scenario (raw stake in rao, stored u16 weights with −1 = no entry) and
 *  returns (epochs − firstOutput) × epochSlots(n, nv, fields) values in the yuma-io.ts layout, the
 *  selected fields only; called by src/engine/core.ts runYuma and the explorer's compute. */
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
  fields: i32 = ALL_FIELDS,
  schedule: Int32Array = new Int32Array(0),
  firstOutput: i32 = 0,
): Float64Array {
  const m = nv * n;
  const slots = epochSlots(n, nv, fields);
  // Epoch t reads input entry schedule[t] (identity when no schedule is given); a run whose epochs
  // repeat one input sends it once and skips reloading it.
  const scheduled = schedule.length == epochs && epochs > 0;
  let entries = scheduled ? 0 : epochs;
  if (scheduled) {
    for (let t = 0; t < epochs; t++) {
      const e = schedule[t];
      if (e < 0) return new Float64Array(0);
      entries = max(entries, e + 1);
    }
  }
  // Inputs that do not match the shape yield no epochs rather than reading past them.
  const shaped = n > 0 && nv >= 0 && nv <= n && epochs >= 0 && hyper.length > HYPER_RAO_EMISSION &&
    stake.length >= entries * n && active.length >= entries * n && resetCols.length >= entries * n &&
    weights.length >= entries * m && outdated.length >= entries * m;
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
  // Epochs before firstOutput run but are not written (a view of one late epoch needs no earlier ones).
  const skip = min(max(firstOutput, 0), max(epochs, 0));
  const out = new Float64Array((epochs - skip) * slots);
  if (epochs <= 0) return out;
  // The one place the arithmetic is chosen: a fixed-point run carries its own buffers.
  const fx = mode == MODE_FIXED ? new FixedEpoch(n, nv) : null;
  if (initialPermits.length == n) {
    for (let i = 0; i < n; i++) s.permits[i] = initialPermits[i] != 0 ? 1 : 0;
  } else {
    // Warm-up epoch: the permits the first epoch uses are the top-K of its own stake.
    loadEpoch(s, scheduled ? schedule[0] : 0, stake, weights, active, outdated);
    if (fx) fixedStake(s, fx);
    else normalizedStake(s);
    nextPermits(s, s.permits);
  }
  let loaded = -1;
  for (let t = 0; t < epochs; t++) {
    const e = scheduled ? schedule[t] : t;
    // The loaders' inputs are read-only to the epoch, so an entry already loaded needs no reload.
    if (e != loaded) loadEpoch(s, e, stake, weights, active, outdated);
    loaded = e;
    for (let j = 0; j < n; j++) {
      if (resetCols[e * n + j] != 0) for (let i = 0; i < nv; i++) s.bondsU16[i * n + j] = 0;
    }
    if (fx) epochFixed(s, fx);
    else epochFloat64(s);
    if (t >= skip) writeEpoch(s, fx, out, (t - skip) * slots, fields);
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
function writeEpoch(s: Subnet, fx: FixedEpoch | null, out: Float64Array, base: i32, fields: i32): void {
  const n = s.n;
  const m = s.nv * n;
  const rao = s.raoEmission;
  let at = base;
  out[at++] = s.alphasUsed ? 1 : 0;
  if (fields & (1 << 0)) at = putF(out, at, s.stake, n);
  if (fields & (1 << 1)) at = putF(out, at, s.activeStake, n);
  if (fields & (1 << 2)) at = putU8(out, at, s.permitsUsed, n);
  if (fields & (1 << 3)) at = putU8(out, at, s.newPermits, n);
  if (fields & (1 << 4)) at = putF(out, at, s.consensus, n);
  if (fields & (1 << 5)) at = putF(out, at, s.trust, n);
  if (fields & (1 << 6)) at = putF(out, at, s.ranks, n);
  if (fields & (1 << 7)) at = putF(out, at, s.incentive, n);
  if (fields & (1 << 8)) at = putF(out, at, s.dividends, n);
  if (fields & (1 << 9)) at = putF(out, at, s.serverShare, n);
  if (fields & (1 << 10)) at = putF(out, at, s.validatorShare, n);
  if (fields & (1 << 11)) {
    if (fx) at = putF(out, at, fx.serverRao, n);
    else for (let i = 0; i < n; i++) out[at++] = Math.floor(s.serverShare[i] * rao);
  }
  if (fields & (1 << 12)) {
    if (fx) at = putF(out, at, fx.validatorRao, n);
    else for (let i = 0; i < n; i++) out[at++] = Math.floor(s.validatorShare[i] * rao);
  }
  if (fields & (1 << 13)) at = putU16(out, at, s.consensus, n);
  if (fields & (1 << 14)) at = putU16(out, at, s.incentive, n);
  if (fields & (1 << 15)) at = putU16(out, at, s.dividends, n);
  if (fields & (1 << 16)) at = putU16(out, at, s.trust, n);
  if (fields & (1 << 17)) at = putF(out, at, s.weights, m);
  if (fields & (1 << 18)) at = putF(out, at, s.clipped, m);
  if (fields & (1 << 19)) for (let k = 0; k < m; k++) out[at++] = s.bondsU16[k] / 65535;
  if (fields & (1 << 20)) at = putF(out, at, s.bondsU16, m);
  if (fields & (1 << 21)) at = putF(out, at, s.emaBonds, m);
  if (fields & (1 << 22)) at = putF(out, at, s.emaBondsNorm, m);
  if (fields & (1 << 23) && s.alphasUsed) putF(out, at, s.alphas, m);
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
