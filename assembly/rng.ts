// A small seeded generator (SplitMix64) so benchmark subnets are reproducible; never Math.random.

/** SplitMix64 stream; used by yumaBench to draw stakes and weights. */
export class SplitMix64 {
  private state: u64;

  constructor(seed: u64) {
    this.state = seed;
  }

  /** Next 64 uniformly random bits. */
  next(): u64 {
    this.state += 0x9e3779b97f4a7c15;
    let z = this.state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
    z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
    return z ^ (z >> 31);
  }

  /** Uniform integer in [lo, hi] (inclusive); bias below 2⁻³² for the small ranges used here. */
  between(lo: u32, hi: u32): u32 {
    return lo + <u32>(((this.next() >> 32) * <u64>(hi - lo + 1)) >> 32);
  }
}
