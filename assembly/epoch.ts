// One Yuma Consensus epoch in IEEE double (spec §4; the "float64" outputs of the golden vectors).
// Reads the inputs and carried state of a Subnet, writes every per-epoch result into its buffers and
// advances the carried state (permits, stored bonds, stored consensus). Never allocates; hot loops
// use raw pointers (mem.ts) and keep the chain's operation order (math.ts). The steps live in their
// own files: masking.ts (§4.4), consensus.ts (§4.5), clip.ts (§4.6–4.7), yuma3.ts and yuma2.ts
// (§4.8–4.11), storage.ts (§4.12 storage).
import { Subnet, YUMA_2 } from './subnet';
import { normalizeRange } from './math';
import { topKNonzero } from './permits';
import { addr, getB, getF, setB, setF } from './mem';
import { maskedWeights } from './masking';
import { consensus } from './consensus';
import { bondWeights, clipTrustRanks } from './clip';
import { bondsYuma2 } from './yuma2';
import { clipWithFixedRateEma, dividendsYuma3, liquidAlphaConsensus, liquidAlphaUsed, liquidEma } from './yuma3';
import { storeBonds, storeState } from './storage';

/** Runs one float64 epoch on s (units as in the vectors' OUT); called by yumaRun and yumaBench. */
export function epochFloat64(s: Subnet): void {
  stakeAndPermits(s);
  maskedWeights(s);
  consensus(s);
  if (s.version == YUMA_2) {
    // Liquid alpha is ignored on the Yuma 2 path (spec §4.10).
    s.alphasUsed = false;
    clipTrustRanks(s);
    bondsYuma2(s, bondWeights(s));
  } else {
    const cLA = liquidAlphaConsensus(s);
    s.alphasUsed = liquidAlphaUsed(s, cLA);
    if (s.alphasUsed) {
      clipTrustRanks(s);
      liquidEma(s, bondWeights(s), cLA);
      storeBonds(s);
    } else clipWithFixedRateEma(s);
    dividendsYuma3(s);
  }
  emission(s);
  storeState(s);
}

/** Normalised stake S (spec §4.1) into s.stake; used by the epoch and by yumaRun's warm-up permits. */
export function normalizedStake(s: Subnet): void {
  const n = s.n;
  const raw = addr(s.stakeRaw);
  const S = addr(s.stake);
  const threshold = s.stakeThreshold;
  const owner = s.owner;
  for (let i = 0; i < n; i++) {
    const v = getF(raw, i);
    setF(S, i, v < threshold && i != owner ? 0 : v);
  }
  normalizeRange(S, n);
}

/** Next-epoch permits P' from s.stake into out (spec §4.2), owner forced; used by the epoch and yumaRun's warm-up. */
export function nextPermits(s: Subnet, out: StaticArray<u8>): void {
  topKNonzero(s.stake, s.n, s.maxValidators, s.stakeOrder, out);
  if (s.owner >= 0 && s.owner < s.n) out[s.owner] = 1;
}

// §4.1–4.3: stake, permits used now (stored last epoch) and next, active stake.
function stakeAndPermits(s: Subnet): void {
  const n = s.n;
  normalizedStake(s);
  const used = addr(s.permitsUsed);
  const stored = addr(s.permits);
  const dirty = addr(s.rowDirty);
  for (let i = 0; i < n; i++) {
    const p: u8 = getB(stored, i) != 0 || i == s.owner ? 1 : 0;
    // A row whose permit flips must have its weights re-masked.
    if (i < s.nv && p != getB(used, i)) setB(dirty, i, 1);
    setB(used, i, p);
  }
  nextPermits(s, s.newPermits);
  const S = addr(s.stake);
  const A = addr(s.activeStake);
  const active = addr(s.active);
  for (let i = 0; i < n; i++) setF(A, i, getB(active, i) != 0 && getB(used, i) != 0 ? getF(S, i) : 0);
  normalizeRange(A, n);
}

// §4.12: the epoch's emission split, with the stake fallback when nothing was earned.
function emission(s: Subnet): void {
  const n = s.n;
  const I = addr(s.incentive);
  const D = addr(s.dividends);
  const server = addr(s.serverShare);
  const validator = addr(s.validatorShare);
  let sum = 0.0;
  for (let i = 0; i < n; i++) sum += getF(I, i) + getF(D, i);
  if (sum != 0) {
    for (let i = 0; i < n; i++) {
      setF(server, i, getF(I, i) / sum);
      setF(validator, i, getF(D, i) / sum);
    }
    return;
  }
  const A = addr(s.activeStake);
  let anyActive = false;
  for (let i = 0; i < n; i++) anyActive = anyActive || getF(A, i) != 0;
  memory.copy(server, I, <usize>n << 3);
  memory.copy(validator, anyActive ? A : addr(s.stake), <usize>n << 3);
}

