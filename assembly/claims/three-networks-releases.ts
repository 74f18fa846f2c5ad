// Model 3's release stream (./three-networks-world.ts reads it): seeded Poisson releases of open-model
// families, and how much of them is out, and listed by each host, at each week.
import { TN_WEEKS } from './layout';
import { SplitMix64 } from '../rng';

/** At most this many releases in one week, so an extreme rate cannot stall a run. */
const WEEK_CAP: i32 = 200;
// Rows of Releases.data, each TN_WEEKS long: running totals by week t's first day.
const OUT = 0; // weight of the releases out
const LISTED_B = 1; // … listed by B
const LISTED_C = 2; // … listed by C
const COUNT_OUT = 3; // how many are out
const COUNT_B = 4;
const COUNT_C = 5;
const ROWS = 6;
const N = TN_WEEKS;

/** The releases of weeks 0 … 259 as running totals by week. A release of week w comes out on day
 *  7w + 7v, v uniform in (0, 1]; a host with lag L lists it from week ⌈(7w + 7v + L)/7⌉ (Lag). A
 *  model's age counts in whole weeks from its release week, so a release of week w weighs e^{7w/τ}
 *  in release units at day 0: the factor e^{−7t/τ} every model shares at week t cancels in every
 *  share, and the totals add weights without decaying. */
export class Releases {
  data: StaticArray<f64> = new StaticArray<f64>(ROWS * N);
  /** Releases out within the horizon. */
  total: f64 = 0;
  /** Whether the count rows hold running totals yet (countAll). */
  private counted: bool = false;

  /** The seeded stream of `perDay` releases a day over the horizon, listed after `lagB` and `lagC` days. */
  static drawn(perDay: f64, tauDays: f64, lagB: f64, lagC: f64, seed: u64): Releases {
    const r = new Releases();
    if (!(perDay > 0)) return r;
    const data = r.data;
    const mean = 7.0 * perDay;
    const none = Math.exp(-mean); // P(no release in a week)
    const growth = Math.exp(7.0 / tauDays);
    const b = new Lag(lagB);
    const c = new Lag(lagC);
    const rng = new SplitMix64(seed);
    let weight = 1.0;
    for (let w = 0; w < N - 1; w++) {
      // Releases this week, by inversion of the Poisson CDF.
      const u = uniform(rng);
      let k = 0;
      let pk = none;
      let cdf = pk;
      while (u > cdf && k < WEEK_CAP) {
        k++;
        pk *= mean / <f64>k;
        cdf += pk;
      }
      if (k > 0) {
        let lateB = 0;
        let lateC = 0;
        for (let i = 0; i < k; i++) {
          const v = 1.0 - uniform(rng); // (0, 1]
          if (v > b.late) lateB++;
          if (v > c.late) lateC++;
        }
        land(data, OUT, w + 1, <f64>k, weight);
        land(data, LISTED_B, w + b.whole + 1, <f64>(k - lateB), weight);
        land(data, LISTED_B, w + b.whole + 2, <f64>lateB, weight);
        land(data, LISTED_C, w + c.whole + 1, <f64>(k - lateC), weight);
        land(data, LISTED_C, w + c.whole + 2, <f64>lateC, weight);
      }
      weight *= growth;
    }
    for (let row = 0; row < COUNT_OUT; row++) runningTotal(data, row, N);
    for (let t = 0; t < N; t++) r.total += unchecked(data[COUNT_OUT * N + t]);
    return r;
  }

  /** Turns the count rows into running totals too (the series of releases listed). */
  countAll(): void {
    if (this.counted) return;
    for (let row = COUNT_OUT; row < ROWS; row++) runningTotal(this.data, row, N);
    this.counted = true;
  }

  /** These releases and one more out on day 0 exactly (weight 1), listed from week ⌈L/7⌉: the
   *  weights of weeks 0 … `weeks` − 1 (the counts are not kept). */
  withExtra(lagB: f64, lagC: f64, weeks: i32): Releases {
    const r = new Releases();
    const n = min(weeks, N);
    for (let row = 0; row < COUNT_OUT; row++) {
      memory.copy(changetype<usize>(r.data) + (<usize>(row * N) << 3), changetype<usize>(this.data) + (<usize>(row * N) << 3), <usize>n << 3);
    }
    r.addFrom(OUT, 0, n);
    r.addFrom(LISTED_B, new Lag(lagB).atDayZero, n);
    r.addFrom(LISTED_C, new Lag(lagC).atDayZero, n);
    return r;
  }

  private addFrom(row: i32, week: i32, until: i32): void {
    if (week < 0) return;
    for (let t = week; t < until; t++) unchecked((this.data[row * N + t] += 1.0));
  }

  // Running totals by week t's first day (0 ≤ t < TN_WEEKS).
  // @ts-ignore: decorator
  @inline out(t: i32): f64 {
    return unchecked(this.data[OUT * N + t]);
  }
  // @ts-ignore: decorator
  @inline listedB(t: i32): f64 {
    return unchecked(this.data[LISTED_B * N + t]);
  }
  // @ts-ignore: decorator
  @inline listedC(t: i32): f64 {
    return unchecked(this.data[LISTED_C * N + t]);
  }
  // @ts-ignore: decorator
  @inline countOut(t: i32): f64 {
    return unchecked(this.data[COUNT_OUT * N + t]);
  }
  // @ts-ignore: decorator
  @inline countB(t: i32): f64 {
    return unchecked(this.data[COUNT_B * N + t]);
  }
  // @ts-ignore: decorator
  @inline countC(t: i32): f64 {
    return unchecked(this.data[COUNT_C * N + t]);
  }
}

/** `k` releases of weight `weight` each reach `row` (and its count row) at week `t`; none after the horizon. */
// @ts-ignore: decorator
@inline
function land(data: StaticArray<f64>, row: i32, t: i32, k: f64, weight: f64): void {
  if (k > 0 && t >= 0 && t < N) {
    unchecked((data[row * N + t] += k * weight));
    unchecked((data[(row + 3) * N + t] += k));
  }
}

/** Row `row` of `data` summed into running totals. */
function runningTotal(data: StaticArray<f64>, row: i32, n: i32): void {
  const o = row * n;
  for (let t = 1; t < n; t++) unchecked((data[o + t] += data[o + t - 1]));
}

/** A lag in days as weeks: a release on day 7w + 7v (v in (0, 1]) is listed from week w + whole + 1,
 *  or w + whole + 2 when v > late; one out on day 0 exactly, from week atDayZero = ⌈L/7⌉. */
class Lag {
  whole: i32 = 1 << 29; // a degenerate lag (NaN, negative): never listed
  late: f64 = 2.0;
  atDayZero: i32 = -1;

  constructor(days: f64) {
    const x = days / 7.0;
    if (x >= 0 && x < 1e6) {
      const whole = Math.floor(x);
      const frac = x - whole;
      this.whole = <i32>whole;
      this.late = frac > 0 ? 1.0 - frac : 2.0; // ⌈v + frac⌉ = 2 exactly when v > 1 − frac
      this.atDayZero = <i32>Math.ceil(x);
    }
  }
}

/** Uniform in [0, 1). */
function uniform(rng: SplitMix64): f64 {
  return <f64>(rng.next() >> 11) * 1.1102230246251565e-16;
}
