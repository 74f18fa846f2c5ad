// Model 3 (Claim 3): are rivals' releases fuel for Bittensor? It formalises the essay's sentence
// “Collectively, they’re closer to fuel for TAO.” (Ezza, on Sentient, Ambient and Nous / model labs.)
//
// Three networks serve open models, weekly for five years: B, Bittensor's inference subnets; A, an
// Ambient-style chain serving one model; C, centralized and first-party hosts. Outside labs release
// open models at random (seeded) dates. The essay's mechanism: the subnets absorb the long tail of
// released models (fine-tunes, specialised small models) that centralized hosts do not list, at a price
// their emission subsidy lowers; centralized hosts list the head sooner. Whether releases feed the
// subnets therefore turns on who lists more of the tail, how much demand the tail carries, and each
// host's speed (./three-networks-world.ts holds the world; equations in src/models/claims/three-networks.ts).
//
// The claim holds when the subnets' share of demand at week 260 — after the next halving, through the
// same TAO path and any shock — is larger with the rivals' releases than in the same world without any
// release after week 0. The margin is that difference in percentage points.
import {
  SUM_N, SUM_MARGIN, TN_PARAMS, TN_SUMMARY, TN_SERIES, TN_WEEKS,
  TN_S_FUEL, TN_S_FUEL_ONE, TN_S_SB0, TN_S_SB_PRE_HALVING, TN_S_SB_END, TN_S_SB_END_NONE, TN_S_CR_END, TN_S_CR_MAX,
  TN_S_CR_WEEK, TN_S_COLLAPSE_WEEK, TN_S_HALVING_WEEK, TN_S_SA_END, TN_S_SC_END, TN_S_TAO_PRICE_END, TN_S_TOKEN_END,
  TN_S_RELEASES, TN_S_MU_DTAO, TN_S_SUBSIDY_RATIO0, TN_S_DISCOUNT0, TN_S_DISCOUNT_END, TN_S_SB_TAIL_END, TN_S_SB_FRONT_END,
  TN_T_SB, TN_T_SA, TN_T_SC, TN_T_SB_NONE, TN_T_PB, TN_T_PA, TN_T_PC, TN_T_RELEASES_B, TN_T_RELEASES_C, TN_T_TAO_PRICE,
  TN_T_TOKEN, TN_T_EB, TN_T_CR, TN_T_REV_B, TN_T_SUBSIDY_RATIO,
} from './layout';
import { LOG_EPS, clampMargin, readParams, sweep } from './common';
import { Setup, World, perBlockAt } from './three-networks-world';
import { Releases } from './three-networks-releases';
import { marketTempoSplit } from '../market/split';

/** The schema defaults (src/models/claims/three-networks.ts; a test keeps the two equal). The
 *  networks' own appeal (trust, reliability, brand: no sourced value) is calibrated once at these
 *  values so that week 0 reproduces the observed shares: at the defaults nothing jumps at t = 0, and
 *  moving a slider moves the starting point. */
const DEFAULTS: StaticArray<f64> = [
  7.5e12, 268.0, 0.16, 0.41, 0.3, 1.0, 580000.0, 1.0, 0.05, 0.42, 1.0, 0.5, 32.0, 0.0, 4.0, 6.0, 7.0, 1.0, 0.6, 0.6,
  0.6, 3.0, 2.0, 0.2, 0.0, 17.0, 1.0,
];
/** The one-release fuel coefficient is read 12 weeks after the extra release (facts.md, Model 3). */
const FUEL_WEEK: i32 = 12;
const LAST: i32 = TN_WEEKS - 1;

/** SubnetOwnerCut = 11,796/65,535 (spec market.md §e, runtime `SubtensorInitialSubnetOwnerCut`). The
 *  market core takes the cut as an input rather than exporting a constant, so it is named here; the
 *  split itself is the market core's. */
const OWNER_CUT_U16: f64 = 11796.0;

/** μ, miners' fraction of a subnet's emission: one alpha through the market core's marketTempoSplit. */
function minerShareOfSplit(): f64 {
  const q = new Float64Array(10);
  q[0] = 1.0; // blocks
  q[2] = OWNER_CUT_U16 / 65535.0; // owner cut
  q[3] = 1.0; // owner cut enabled
  q[8] = 1.0; // root sell flag (no root stake, so it moves nothing)
  q[9] = 1.0; // alpha per block
  const split = marketTempoSplit(q);
  return split[2] / split[0];
}
const MINER_SHARE: f64 = minerShareOfSplit();

/** The defaults, whose week 0 the appeals are calibrated to. */
const DEFAULT_SETUP: Setup = new Setup(DEFAULTS);

/** The parameters of one run, with the appeals calibrated at the defaults. */
function setupOf(p: StaticArray<f64>): Setup {
  const s = new Setup(p);
  s.calibrateAt(DEFAULT_SETUP);
  return s;
}

/** What the summary reports about the main run beyond its last week, gathered week by week. */
class Tally {
  sB0: f64 = 0;
  sBPreHalving: f64 = 0;
  crEnd: f64 = 0;
  crMax: f64 = 0;
  crWeek: i32 = -1;
  collapseWeek: i32 = -1;
  halvingWeek: i32 = -1;
  subsidyRatio0: f64 = 0;
  discount0: f64 = 0;

  observe(t: i32, w: World): void {
    const sB = w.sB;
    if (t == 0) {
      this.sB0 = sB;
      this.subsidyRatio0 = w.subsidyRatio;
      this.discount0 = w.discount;
    }
    if (this.halvingWeek < 0 && perBlockAt(t) < perBlockAt(0)) this.halvingWeek = t;
    if (this.halvingWeek < 0) this.sBPreHalving = sB;
    const cr = coverage(w);
    this.crEnd = cr;
    if (cr > this.crMax) this.crMax = cr;
    if (this.crWeek < 0 && cr >= 1.0) this.crWeek = t;
    if (this.collapseWeek < 0 && sB < 0.5 * this.sB0) this.collapseWeek = t;
  }
}

/** The subnets' revenue ÷ their emission this week (CR_B). */
function coverage(w: World): f64 {
  return (w.revenueB + LOG_EPS) / (w.emissionB + LOG_EPS);
}

/** Week t of the main run (and of the run without releases) into the series. */
function record(out: Float64Array, t: i32, w: World, none: World, releases: Releases): void {
  const o = TN_SUMMARY;
  unchecked((out[o + TN_T_SB * TN_WEEKS + t] = w.sB));
  unchecked((out[o + TN_T_SA * TN_WEEKS + t] = w.sA));
  unchecked((out[o + TN_T_SC * TN_WEEKS + t] = w.sC));
  unchecked((out[o + TN_T_SB_NONE * TN_WEEKS + t] = none.sB));
  unchecked((out[o + TN_T_PB * TN_WEEKS + t] = w.priceB));
  unchecked((out[o + TN_T_PA * TN_WEEKS + t] = w.priceA));
  unchecked((out[o + TN_T_PC * TN_WEEKS + t] = w.priceC));
  unchecked((out[o + TN_T_RELEASES_B * TN_WEEKS + t] = releases.countB(t)));
  unchecked((out[o + TN_T_RELEASES_C * TN_WEEKS + t] = releases.countC(t)));
  unchecked((out[o + TN_T_TAO_PRICE * TN_WEEKS + t] = w.taoPrice));
  unchecked((out[o + TN_T_TOKEN * TN_WEEKS + t] = w.token));
  unchecked((out[o + TN_T_EB * TN_WEEKS + t] = w.emissionB));
  unchecked((out[o + TN_T_CR * TN_WEEKS + t] = coverage(w)));
  unchecked((out[o + TN_T_REV_B * TN_WEEKS + t] = w.revenueB));
  unchecked((out[o + TN_T_SUBSIDY_RATIO * TN_WEEKS + t] = w.subsidyRatio));
}

/** The subnets' share 12 weeks after one more release at day 0, the rest as in `releases`. */
function shareAfterOneMore(s: Setup, releases: Releases): f64 {
  const w = new World(s, releases.withExtra(s.lagB, s.lagC, FUEL_WEEK + 1));
  for (let t = 0; t < FUEL_WEEK; t++) {
    w.begin(t);
    w.end(t);
  }
  w.begin(FUEL_WEEK);
  return w.sB;
}

/** One run: the world with the rivals' releases and the same world without any after week 0, side by
 *  side through the same halving, TAO path and shock; writes the summary (and the series when
 *  `series`) into `out` and returns the margin in percentage points of the subnets' share. */
export function threeNetworksKernel(p: StaticArray<f64>, out: Float64Array, series: bool): f64 {
  const s = setupOf(p);
  const releases = Releases.drawn(s.perDay, s.tauDays, s.lagB, s.lagC, s.seed);
  const world = new World(s, releases);
  const none = new World(s, null);
  if (series) releases.countAll();
  const tally = new Tally();
  let sBAtFuelWeek = 0.0;
  for (let t = 0; t <= LAST; t++) {
    world.begin(t);
    none.begin(t);
    tally.observe(t, world);
    if (t == FUEL_WEEK) sBAtFuelWeek = world.sB;
    if (series) record(out, t, world, none, releases);
    if (t < LAST) {
      world.end(t);
      none.end(t);
    }
  }
  const fuel = world.sB - none.sB;
  const margin = clampMargin(100.0 * fuel);
  out[SUM_N] = <f64>TN_WEEKS;
  out[SUM_MARGIN] = margin;
  out[TN_S_FUEL] = fuel;
  out[TN_S_FUEL_ONE] = shareAfterOneMore(s, releases) - sBAtFuelWeek;
  out[TN_S_SB0] = tally.sB0;
  out[TN_S_SB_PRE_HALVING] = tally.sBPreHalving;
  out[TN_S_SB_END] = world.sB;
  out[TN_S_SB_END_NONE] = none.sB;
  out[TN_S_CR_END] = tally.crEnd;
  out[TN_S_CR_MAX] = tally.crMax;
  out[TN_S_CR_WEEK] = <f64>tally.crWeek;
  out[TN_S_COLLAPSE_WEEK] = <f64>tally.collapseWeek;
  out[TN_S_HALVING_WEEK] = <f64>tally.halvingWeek;
  out[TN_S_SA_END] = world.sA;
  out[TN_S_SC_END] = world.sC;
  out[TN_S_TAO_PRICE_END] = world.taoPrice;
  out[TN_S_TOKEN_END] = world.token;
  out[TN_S_RELEASES] = releases.total;
  out[TN_S_MU_DTAO] = MINER_SHARE;
  out[TN_S_SUBSIDY_RATIO0] = tally.subsidyRatio0;
  out[TN_S_DISCOUNT0] = tally.discount0;
  out[TN_S_DISCOUNT_END] = world.discount;
  out[TN_S_SB_TAIL_END] = world.sBT;
  out[TN_S_SB_FRONT_END] = world.sBF;
  return margin;
}

/** Model 3 run: params in TN_P order → [summary | 15 weekly series of 261]; src/models/claims/three-networks.ts computeThreeNetworks. */
export function claimRunThreeNetworks(params: Float64Array): Float64Array {
  const p = readParams(params, TN_PARAMS);
  if (p === null) return new Float64Array(0);
  const out = new Float64Array(TN_SUMMARY + TN_SERIES * TN_WEEKS);
  threeNetworksKernel(p, out, true);
  return out;
}

/** Model 3 verdict margins over a grid (row-major, rows = bValues); the map worker, one call per tile. */
export function claimSweepThreeNetworks(
  params: Float64Array, axisA: i32, axisB: i32, aValues: Float64Array, bValues: Float64Array,
): Float64Array {
  return sweep(threeNetworksKernel, TN_PARAMS, TN_SUMMARY, params, axisA, axisB, aValues, bValues);
}

/** μ (fraction) from the dTAO split, to pin the schema default to it; tests/unit/claims-three-networks.test.ts. */
export function claimDtaoMinerShare(): f64 {
  return MINER_SHARE;
}

/** [calibration defaults in TN_P order…, α_B, α_A (appeal against C's, utils)]; tests/unit/claims-three-networks.test.ts. */
export function claimThreeNetworksCalibration(): Float64Array {
  const s = setupOf(DEFAULTS);
  const out = new Float64Array(TN_PARAMS + 2);
  for (let i = 0; i < TN_PARAMS; i++) out[i] = DEFAULTS[i];
  out[TN_PARAMS] = -Math.log(s.invAppealB);
  out[TN_PARAMS + 1] = Math.log(s.appealA);
  return out;
}
