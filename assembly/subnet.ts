// One subnet's Yuma state: hyper-parameters, the next epoch's inputs, what carries between epochs,
// and every per-epoch buffer. Allocated once per run so the epoch itself never allocates; matrices
// are nv × n row-major (rows = validator uids 0..nv−1, columns = all uids).

export const YUMA_2: i32 = 2;
export const YUMA_3: i32 = 3;

/** Liquid-alpha consensus source (spec §5.4); values match the packed hyper vector. */
export const LA_CURRENT: i32 = 0;
export const LA_PREVIOUS: i32 = 1;
export const LA_AUTO: i32 = 2;

/** The state the epoch reads and writes; built by yumaRun and yumaBench. */
export class Subnet {
  // Hyper-parameters (spec §3), already converted to the reals the float64 epoch uses.
  version: i32 = YUMA_3;
  kappa: f64 = 32767.0 / 65535.0;
  penaltyU16: i32 = 65535;
  penalty: f64 = 1;
  /** EMA rate a = 1 − BondsMovingAverage/1e6 (spec §4.8). */
  emaRate: f64 = 0.1;
  liquidAlpha: bool = false;
  alphaLow: f64 = 45875.0 / 65535.0;
  alphaHigh: f64 = 58982.0 / 65535.0;
  steepness: f64 = 1000;
  maxValidators: i32 = 64;
  stakeThreshold: f64 = 0;
  owner: i32 = -1;
  laMode: i32 = LA_CURRENT;
  raoEmission: f64 = 0;
  // The same hyper-parameters in chain units, for the fixed-point epoch (fixed-epoch.ts).
  kappaU16: f64 = 32767;
  alphaLowU16: f64 = 45875;
  alphaHighU16: f64 = 58982;
  bondsMovingAverage: f64 = 900000;

  // Inputs of the coming epoch.
  stakeRaw: StaticArray<f64>;
  active: StaticArray<u8>;
  /** Stored u16 weights; −1 = no entry. */
  weightsU16: StaticArray<f64>;
  /** 1 = entry masked as outdated (spec §4.4 step 3). */
  outdated: StaticArray<u8>;

  // Carried from epoch to epoch.
  /** ValidatorPermit as stored by the previous epoch: the permits the coming epoch uses. */
  permits: StaticArray<u8>;
  /** Stored bonds as u16 integers; 0 = no entry. */
  bondsU16: StaticArray<f64>;
  /** Stored Consensus (u16/65535) of the previous epoch, for liquid alpha's "previous" source. */
  prevConsensus: StaticArray<f64>;
  hasPrevConsensus: bool = false;
  /** uids in ascending (stake, uid) order: kept between epochs so re-sorting is near O(n). */
  stakeOrder: StaticArray<i32>;

  // Results of the last epoch (the OUT fields of the vectors' schema).
  permitsUsed: StaticArray<u8>;
  newPermits: StaticArray<u8>;
  stake: StaticArray<f64>;
  activeStake: StaticArray<f64>;
  consensus: StaticArray<f64>;
  trust: StaticArray<f64>;
  ranks: StaticArray<f64>;
  incentive: StaticArray<f64>;
  dividends: StaticArray<f64>;
  serverShare: StaticArray<f64>;
  validatorShare: StaticArray<f64>;
  weights: StaticArray<f64>;
  /** 1 = entry present in the masked weights W (explicit zeros included). */
  weightsPresent: StaticArray<u8>;
  clipped: StaticArray<f64>;
  /** W̃ for 0 < β < 1 (for β ∈ {0, 1} the epoch reads weights or clipped directly). */
  bondWeights: StaticArray<f64>;
  emaBonds: StaticArray<f64>;
  emaBondsNorm: StaticArray<f64>;
  alphas: StaticArray<f64>;
  alphasUsed: bool = false;
  /** false: skip writing buffers only the outputs read (emaBondsNorm); set by the benchmark. */
  materialize: bool = true;

  // Incremental bookkeeping: work is skipped only where its inputs are bit-identical to last epoch.
  /** 1 = the row's stored weights or outdated mask changed since its W was computed; set by whoever
   *  writes weightsU16/outdated (yumaRun's loader, the benchmark), cleared by the epoch. */
  rowDirty: StaticArray<u8>;
  /** 1 = some input of the column's consensus changed this epoch. */
  colTouched: StaticArray<u8>;
  /** W transposed, nv + 1 rows per column (row nv: the all-zero row of uids ≥ nv with active stake). */
  colScores: StaticArray<f64>;
  /** Median stakes σ of the nv + 1 rows of colScores (0 = not counted), and last epoch's, with its minority. */
  sigma: StaticArray<f64>;
  prevSigma: StaticArray<f64>;
  prevMinority: f64 = NaN;

  // Scratch.
  scratchV: StaticArray<f64>;
  scratchS: StaticArray<f64>;
  colA: StaticArray<f64>;
  colB: StaticArray<f64>;

  constructor(public n: i32, public nv: i32) {
    const m = nv * n;
    this.stakeRaw = new StaticArray<f64>(n);
    this.active = new StaticArray<u8>(n);
    this.weightsU16 = new StaticArray<f64>(m);
    this.outdated = new StaticArray<u8>(m);
    this.permits = new StaticArray<u8>(n);
    this.bondsU16 = new StaticArray<f64>(m);
    this.prevConsensus = new StaticArray<f64>(n);
    this.stakeOrder = new StaticArray<i32>(n);
    this.permitsUsed = new StaticArray<u8>(n);
    this.newPermits = new StaticArray<u8>(n);
    this.stake = new StaticArray<f64>(n);
    this.activeStake = new StaticArray<f64>(n);
    this.consensus = new StaticArray<f64>(n);
    this.trust = new StaticArray<f64>(n);
    this.ranks = new StaticArray<f64>(n);
    this.incentive = new StaticArray<f64>(n);
    this.dividends = new StaticArray<f64>(n);
    this.serverShare = new StaticArray<f64>(n);
    this.validatorShare = new StaticArray<f64>(n);
    this.weights = new StaticArray<f64>(m);
    this.weightsPresent = new StaticArray<u8>(m);
    this.clipped = new StaticArray<f64>(m);
    this.bondWeights = new StaticArray<f64>(m);
    this.emaBonds = new StaticArray<f64>(m);
    this.emaBondsNorm = new StaticArray<f64>(m);
    this.alphas = new StaticArray<f64>(m);
    this.rowDirty = new StaticArray<u8>(nv);
    this.colTouched = new StaticArray<u8>(n);
    this.colScores = new StaticArray<f64>(m + n);
    this.sigma = new StaticArray<f64>(nv + 1);
    this.prevSigma = new StaticArray<f64>(nv + 1);
    this.scratchV = new StaticArray<f64>(nv + 1);
    this.scratchS = new StaticArray<f64>(nv + 1);
    this.colA = new StaticArray<f64>(n);
    this.colB = new StaticArray<f64>(n);
    for (let i = 0; i < n; i++) this.stakeOrder[i] = i;
    for (let i = 0; i < nv; i++) this.rowDirty[i] = 1;
  }

  /** Sets the hyper-parameters from chain units (u16, per-1e6, i16 steepness); used by yumaRun and yumaBench. */
  setHyper(
    version: i32, kappaU16: f64, penaltyU16: f64, bondsMovingAverage: f64, liquidAlpha: bool,
    alphaLowU16: f64, alphaHighU16: f64, steepness: f64, maxValidators: i32, stakeThreshold: f64,
    owner: i32, laMode: i32, raoEmission: f64,
  ): void {
    this.version = version == YUMA_2 ? YUMA_2 : YUMA_3;
    this.kappa = kappaU16 / 65535;
    this.penaltyU16 = <i32>penaltyU16;
    this.penalty = penaltyU16 / 65535;
    // A per-1e6 fraction: outside [0, 1e6] it is no chain setting, and keeping a in [0, 1] keeps bonds in [0, 1].
    this.emaRate = 1 - min(max(bondsMovingAverage, 0), 1e6) / 1e6;
    this.liquidAlpha = liquidAlpha;
    this.alphaLow = alphaLowU16 / 65535;
    this.alphaHigh = alphaHighU16 / 65535;
    this.steepness = steepness;
    this.maxValidators = maxValidators;
    this.stakeThreshold = stakeThreshold;
    this.owner = owner;
    this.laMode = laMode;
    this.raoEmission = raoEmission;
    this.kappaU16 = kappaU16;
    this.alphaLowU16 = alphaLowU16;
    this.alphaHighU16 = alphaHighU16;
    this.bondsMovingAverage = bondsMovingAverage;
  }
}
