// Buffers of the chain-exact epoch (fixed-epoch.ts, fixed-bonds.ts): one FixedEpoch per run next to
// the Subnet, so the epoch never allocates. Fixed-point values are I32F32 raw i64 (fixed.ts).

/** Buffers of the fixed-point epoch (raw I32F32 unless noted), allocated once per run. */
export class FixedEpoch {
  /** Normalised stake S and active stake Sᵃ (n). */
  S: StaticArray<i64>;
  A: StaticArray<i64>;
  /** Consensus rows: uids with Sᵃ > 0 (i32), their renormalised stakes σ, one column's scores. */
  useIdx: StaticArray<i32>;
  sigma: StaticArray<i64>;
  colScore: StaticArray<i64>;
  idx0: StaticArray<i32>;
  idx1: StaticArray<i32>;
  idx2: StaticArray<i32>;
  /** W (row-normalised weights), W̄ (clipped), W̃ for 0 < β < 1; nv × n, with entry presence (u8). */
  W: StaticArray<i64>;
  wPresent: StaticArray<u8>;
  Wc: StaticArray<i64>;
  cPresent: StaticArray<u8>;
  Wb: StaticArray<i64>;
  bPresent: StaticArray<u8>;
  /** Per-uid results (n). */
  C: StaticArray<i64>;
  VT: StaticArray<i64>;
  R: StaticArray<i64>;
  I: StaticArray<i64>;
  D: StaticArray<i64>;
  server: StaticArray<i64>;
  validator: StaticArray<i64>;
  /** Rao amounts floor(share · rao_emission) as f64 integers (n). */
  serverRao: StaticArray<f64>;
  validatorRao: StaticArray<f64>;
  /** Bonds (nv × n): old bonds as the epoch reads them, ΔB (Yuma 2), EMA, column-normalised EMA,
   *  stored form before u16 (Yuma 2: column max-upscaled), liquid-alpha rates. */
  B0: StaticArray<i64>;
  dB: StaticArray<i64>;
  E: StaticArray<i64>;
  En: StaticArray<i64>;
  up: StaticArray<i64>;
  alphas: StaticArray<i64>;
  alphasUsed: bool = false;
  /** Column sums / maxima and per-row sums scratch (n). */
  colSum: StaticArray<i64>;
  colMax: StaticArray<i64>;
  T: StaticArray<i64>;
  /** Stored Consensus of the previous epoch as the chain reads it back (u16 → I32F32), for liquid alpha. */
  prevC: StaticArray<i64>;
  hasPrevC: bool = false;

  constructor(public n: i32, public nv: i32) {
    const m = nv * n;
    this.S = new StaticArray<i64>(n);
    this.A = new StaticArray<i64>(n);
    this.useIdx = new StaticArray<i32>(n);
    this.sigma = new StaticArray<i64>(n);
    this.colScore = new StaticArray<i64>(n);
    this.idx0 = new StaticArray<i32>(n);
    this.idx1 = new StaticArray<i32>(n);
    this.idx2 = new StaticArray<i32>(n);
    this.W = new StaticArray<i64>(m);
    this.wPresent = new StaticArray<u8>(m);
    this.Wc = new StaticArray<i64>(m);
    this.cPresent = new StaticArray<u8>(m);
    this.Wb = new StaticArray<i64>(m);
    this.bPresent = new StaticArray<u8>(m);
    this.C = new StaticArray<i64>(n);
    this.VT = new StaticArray<i64>(n);
    this.R = new StaticArray<i64>(n);
    this.I = new StaticArray<i64>(n);
    this.D = new StaticArray<i64>(n);
    this.server = new StaticArray<i64>(n);
    this.validator = new StaticArray<i64>(n);
    this.serverRao = new StaticArray<f64>(n);
    this.validatorRao = new StaticArray<f64>(n);
    this.B0 = new StaticArray<i64>(m);
    this.dB = new StaticArray<i64>(m);
    this.E = new StaticArray<i64>(m);
    this.En = new StaticArray<i64>(m);
    this.up = new StaticArray<i64>(m);
    this.alphas = new StaticArray<i64>(m);
    this.colSum = new StaticArray<i64>(n);
    this.colMax = new StaticArray<i64>(n);
    this.T = new StaticArray<i64>(n);
    this.prevC = new StaticArray<i64>(n);
  }
}
