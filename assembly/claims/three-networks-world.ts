// Model 3's world, week by week: the release stream, which releases each host lists, which host users
// choose, prices, emissions and the subnets' token. The question, the verdict and the exports live in
// ./three-networks.ts; the slots in ./layout.ts (TN_*).
//
// Demand for open models splits into two segments: frontier models (the head: every host lists every
// release) and specialised small models (the long tail: the subnets list the share χ_B of each
// release's tail, centralized hosts χ_C, each after its own lag). Inside a segment users spread over
// models by attraction, a model's attraction decaying as e^{−age/τ} (age in whole weeks); for a model they pick a host by
// a logit on price and appeal. A model a host does not list it can still serve on a dedicated
// deployment, at u_D times its price: the same rule for both hosts.
import {
  TN_P_QTOT, TN_P_PB0, TN_P_W_INF, TN_P_MU, TN_P_SIGMA, TN_P_B, TN_P_TOKEN_TAO, TN_P_ETA, TN_P_C_TAIL, TN_P_C_FRONT,
  TN_P_C_PRICE, TN_P_PSI, TN_P_N_A, TN_P_EA, TN_P_LAMBDA, TN_P_TAU, TN_P_LB, TN_P_LC, TN_P_FS, TN_P_CHI_B, TN_P_CHI_C,
  TN_P_U_D, TN_P_BETA, TN_P_NU, TN_P_SHOCK, TN_P_SHOCK_WEEK, TN_P_SEED, TN_WEEKS,
} from './layout';
import { clamp } from './common';
import { Releases } from './three-networks-releases';
import { BLOCKS_PER_WEEK, DAYS_PER_MONTH, TaoClock, startIssuance } from './tao-clock';
import { BLOCKS_PER_DAY } from '../market/issuance';

// Fixed assumptions (listed for the reader in src/models/claims/three-networks.ts fixedAssumptions).
/** The subnets' share of open-model demand at week 0 at the defaults (Chutes' 120B of ≈1T tokens/day). */
export const SB0: f64 = 0.12;
/** A's share of all demand at week 0 at the defaults: Ambient has no mainnet (facts-2026h2 §1). */
export const SA0: f64 = 0.001;
/** Age of A’s model at week 0: GLM-4.6, released 30 Sep 2025, 76 days before 15 Dec 2025. */
const A_AGE_DAYS: f64 = 76.0;
/** Active parameters of the frontier model whose serving cost is c_F (GLM-4.6, 32B active). */
const FRONT_ACTIVE_B: f64 = 32.0;
/** Rounds that settle week 0 (shares ↔ B's price through its subsidy per token), each moving half
 *  way to the shares the last round's prices give: damped, so a strong price response converges too. */
const SETTLE_ROUNDS = 8;
const SETTLE_STEP: f64 = 0.5;
/** A week's change of the token price is capped at ±50%: only degenerate inputs reach it. */
const TOKEN_STEP_CAP: f64 = 0.5;

/** TAO per block in each week, from the market core's block emission (the same in every run). */
function perBlockByWeek(): StaticArray<f64> {
  const clock = new TaoClock(startIssuance());
  const out = new StaticArray<f64>(TN_WEEKS);
  for (let t = 0; t < TN_WEEKS; t++) {
    unchecked((out[t] = clock.perBlock));
    clock.advance(BLOCKS_PER_WEEK);
  }
  return out;
}
const PER_BLOCK: StaticArray<f64> = perBlockByWeek();

/** TAO per block in week t (0 … 260); the kernel's halving week. */
export function perBlockAt(t: i32): f64 {
  return unchecked(PER_BLOCK[t]);
}

/** The parameters, read once, and what follows from them that does not change week to week. */
export class Setup {
  demandTail: f64; // tokens per week
  demandFront: f64;
  taoPrice0: f64; // $ per TAO
  wInf: f64;
  mu: f64;
  sigma: f64;
  buyback: f64;
  tokenTao: f64; // the subnets' token value at week 0, TAO
  eta: f64;
  costTail: f64; // $ per 1M tokens
  costFront: f64;
  costA: f64;
  priceCTail: f64;
  priceCFront: f64;
  cPrice: f64;
  psi: f64;
  emitA: f64; // $ per week
  perDay: f64; // releases per day
  tauDays: f64;
  lagB: f64; // days
  lagC: f64;
  fs: f64;
  chiB: f64;
  chiC: f64;
  beta: f64;
  // (1 + u)^β = 1 + c1·u + … + c5·u⁵ + O(u⁶) for the weekly steps of B's price (|u| < 10⁻³: the
  // first term left out is below 10⁻¹⁸ relative for β ≤ 4, the slider's top).
  c1: f64;
  c2: f64;
  c3: f64;
  c4: f64;
  c5: f64;
  dedicated: f64; // u_D^β: how a dedicated deployment's price weighs in the logit
  invDedicated: f64;
  nu: f64;
  shockWeek: i32;
  shockFactor: f64;
  seed: u64;
  /** Attraction of the established catalogue (the releases of past weeks, at the same rate; at least
   *  one model) and of A's model, in release units at day 0. */
  oldStock: f64;
  aStock: f64;
  /** e^{−α_B} and e^{α_A}: the networks' own appeal against C's, calibrated at the defaults. */
  invAppealB: f64 = 1.0;
  appealA: f64 = 0.0;

  constructor(p: StaticArray<f64>) {
    const qtot = unchecked(p[TN_P_QTOT]);
    this.fs = clamp(unchecked(p[TN_P_FS]), 0.0, 1.0);
    this.demandTail = qtot * this.fs;
    this.demandFront = qtot * (1.0 - this.fs);
    this.taoPrice0 = unchecked(p[TN_P_PB0]);
    this.wInf = unchecked(p[TN_P_W_INF]);
    this.mu = unchecked(p[TN_P_MU]);
    this.sigma = unchecked(p[TN_P_SIGMA]);
    this.buyback = unchecked(p[TN_P_B]);
    this.tokenTao = unchecked(p[TN_P_TOKEN_TAO]);
    this.eta = unchecked(p[TN_P_ETA]);
    this.costTail = unchecked(p[TN_P_C_TAIL]);
    this.costFront = unchecked(p[TN_P_C_FRONT]);
    this.costA = this.costFront * unchecked(p[TN_P_N_A]) / FRONT_ACTIVE_B;
    this.cPrice = unchecked(p[TN_P_C_PRICE]);
    this.priceCTail = this.cPrice * this.costTail;
    this.priceCFront = this.cPrice * this.costFront;
    this.psi = clamp(unchecked(p[TN_P_PSI]), 0.0, 1.0);
    this.emitA = max(unchecked(p[TN_P_EA]), 0.0) * 7.0;
    this.perDay = min(unchecked(p[TN_P_LAMBDA]) / DAYS_PER_MONTH, 2.0);
    this.tauDays = max(unchecked(p[TN_P_TAU]) * DAYS_PER_MONTH, 7.0);
    this.lagB = unchecked(p[TN_P_LB]);
    this.lagC = unchecked(p[TN_P_LC]);
    this.chiB = clamp(unchecked(p[TN_P_CHI_B]), 0.0, 1.0);
    this.chiC = clamp(unchecked(p[TN_P_CHI_C]), 0.0, 1.0);
    this.beta = unchecked(p[TN_P_BETA]);
    const b = this.beta;
    this.c1 = b;
    this.c2 = this.c1 * (b - 1.0) / 2.0;
    this.c3 = this.c2 * (b - 2.0) / 3.0;
    this.c4 = this.c3 * (b - 3.0) / 4.0;
    this.c5 = this.c4 * (b - 4.0) / 5.0;
    this.dedicated = Math.pow(unchecked(p[TN_P_U_D]), this.beta);
    this.invDedicated = 1.0 / this.dedicated;
    this.nu = unchecked(p[TN_P_NU]);
    const shock = <i32>Math.round(unchecked(p[TN_P_SHOCK]));
    this.shockWeek = <i32>Math.round(unchecked(p[TN_P_SHOCK_WEEK]));
    this.shockFactor = shock == 1 ? 0.8 : shock == 2 ? 0.85 : 1.0;
    this.seed = <u64>max(Math.round(unchecked(p[TN_P_SEED])), 0.0);
    const q = Math.exp(-7.0 / this.tauDays);
    this.oldStock = max(7.0 * this.perDay * q / (1.0 - q), 1.0); // Σ over past weeks of 7λ·e^{7w/τ}
    this.aStock = Math.exp(-A_AGE_DAYS / this.tauDays);
  }

  /** (1 + u)^β for |u| < 10⁻³, by the binomial series. */
  // @ts-ignore: decorator
  @inline powNear1(u: f64): f64 {
    return 1.0 + u * (this.c1 + u * (this.c2 + u * (this.c3 + u * (this.c4 + u * this.c5))));
  }

  /** Sets the appeals so that week 0 at `defaults` reproduces the observed shares (SB0, SA0) with
   *  the subsidy per token those shares imply: closed form, no simulation. */
  calibrateAt(defaults: Setup): void {
    const d = defaults;
    const computeCost = (d.costTail * d.demandTail + d.costFront * d.demandFront) * SB0 * 1e-6;
    const discount = passThrough(d.psi, d.mu * weekEmission(perBlockAt(0), d, d.taoPrice0, 1.0), computeCost);
    const x0 = (1.0 - SB0) / SB0;
    this.invAppealB = x0 / Math.pow((1.0 - discount) / d.cPrice, d.beta);
    const onA = SA0 / (1.0 - d.fs) * (d.oldStock + d.aStock) / d.aStock; // A's share of its own model's users
    const y0 = onA * (1.0 + x0) / (x0 * (1.0 - onA));
    this.appealA = y0 / Math.pow(d.priceCFront / d.costA, d.beta);
  }
}

/** The subnets' emission in $ per week: TAO per block × blocks × TAO price × their share, which under
 *  the price-EMA rule moves with their token's price (index `token`, 1 at week 0). */
// @ts-ignore: decorator
@inline
function weekEmission(perBlock: f64, s: Setup, taoPrice: f64, token: f64): f64 {
  return perBlock * <f64>BLOCKS_PER_DAY * 7.0 * taoPrice * s.wInf * token;
}

/** The share of its cost a host takes off its price: ψ of the share of its income per token the
 *  subsidy provides, ψ·S/(S + C) for a subsidy S against a serving cost C (same period). Never more
 *  than ψ however large the subsidy, about ψ·S/C while it is small; 0 without a subsidy. */
// @ts-ignore: decorator
@inline
export function passThrough(psi: f64, subsidy: f64, cost: f64): f64 {
  const total = subsidy + cost;
  return total > 0 ? psi * subsidy / total : 0.0;
}

/** Everything that moves week by week, for one release stream. */
export class World {
  // Attraction of the models out, and listed by each host, in release units at day 0 (Releases).
  private released: f64 = 0;
  private listedB: f64 = 0;
  private listedC: f64 = 0;
  // Shares of each segment (tail: B, C; frontier: B, A, C).
  sBT: f64 = 0;
  sCT: f64 = 0;
  sBF: f64 = 0;
  sAF: f64 = 0;
  sCF: f64 = 0;
  taoPrice: f64;
  token: f64 = 1.0;
  // This week's flows, $ per week.
  emissionB: f64 = 0;
  serviceCost: f64 = 0; // the subnets' serving cost
  revenueB: f64 = 0;
  discount: f64 = 0; // share of cost the subnets take off their price
  priceA: f64 = 0; // $ per 1M tokens
  // Logit terms: x = e^{u_C − u_B} on a model both list, y = e^{u_A − u_C} on A's model.
  private x: f64 = 1.0;
  private y: f64 = 0.0;
  private keep: f64 = 0.0; // 1 − discount when x was last set

  /** `releases`: null for none after week 0. */
  constructor(public s: Setup, public releases: Releases | null) {
    this.taoPrice = s.taoPrice0;
  }

  /** Miners' emission ÷ the subnets' serving cost this week. */
  get subsidyRatio(): f64 {
    return this.serviceCost > 0 ? this.s.mu * this.emissionB / this.serviceCost : 0.0;
  }
  /** Demand-weighted prices this week, $ per 1M tokens. */
  get priceB(): f64 {
    const q = this.s.demandTail * this.sBT + this.s.demandFront * this.sBF;
    return q > 0 ? this.revenueB * 1e6 / q : (1.0 - this.discount) * this.s.costFront;
  }
  get priceC(): f64 {
    const s = this.s;
    const q = s.demandTail * this.sCT + s.demandFront * this.sCF;
    return q > 0 ? s.cPrice * (s.costTail * s.demandTail * this.sCT + s.costFront * s.demandFront * this.sCF) / q : s.priceCFront;
  }

  get sB(): f64 {
    return this.s.fs * this.sBT + (1.0 - this.s.fs) * this.sBF;
  }
  get sA(): f64 {
    return (1.0 - this.s.fs) * this.sAF;
  }
  get sC(): f64 {
    return this.s.fs * this.sCT + (1.0 - this.s.fs) * this.sCF;
  }

  /** Week t's state: the releases out and listed by its first day, its emission, its prices and
   *  flows. Week 0 settles shares and prices together; later weeks use the shares the last week left. */
  begin(t: i32): void {
    const r = this.releases;
    if (r !== null) {
      this.released = r.out(t);
      this.listedB = r.listedB(t);
      this.listedC = r.listedC(t);
    }
    this.emissionB = weekEmission(perBlockAt(t), this.s, this.taoPrice, this.token);
    if (t == 0) {
      this.sBT = SB0; // a start that sums to one, so every damped round keeps the sum
      this.sCT = 1.0 - SB0;
      this.sBF = SB0;
      this.sCF = 1.0 - SB0;
      for (let k = 0; k < SETTLE_ROUNDS; k++) {
        this.quote();
        this.choose(SETTLE_STEP);
      }
    }
    this.quote();
  }

  /** Prices from this week's shares: the subnets' subsidy against their serving cost sets their discount. */
  private quote(): void {
    const s = this.s;
    const cost = (s.costTail * s.demandTail * this.sBT + s.costFront * s.demandFront * this.sBF) * 1e-6;
    this.serviceCost = cost;
    this.discount = passThrough(s.psi, s.mu * this.emissionB, cost);
    const keep = 1.0 - this.discount;
    this.revenueB = keep * cost;
    // x = e^{−α_B}·(p_B/p_C)^β, stepped from last week's x by the change in B's price when that is
    // small (exact to rounding; Setup.powNear1), computed afresh otherwise.
    const u = this.keep > 0 ? keep / this.keep - 1.0 : Infinity;
    if (abs(u) < 1e-3) this.x *= s.powNear1(u);
    else this.x = s.invAppealB * Math.exp(s.beta * Math.log(keep / s.cPrice));
    this.keep = keep;
    // A's price moves only with its own subsidy: without one it is its cost, and y is fixed.
    if (s.emitA > 0 || this.priceA == 0) {
      this.priceA = s.costA * (1.0 - passThrough(s.psi, s.emitA, s.costA * s.demandFront * this.sAF * 1e-6));
      this.y = s.appealA * Math.exp(s.beta * Math.log(s.priceCFront / this.priceA));
    }
  }

  /** Moves the share ν of users to the shares this week's listings and prices give (ν = 1: all). */
  private choose(nu: f64): void {
    const s = this.s;
    const x = this.x;
    const xB = x * s.invDedicated; // x when only B lists the model (C serves it dedicated)
    const xC = x * s.dedicated; // x when only C lists it
    const both = 1.0 / (1.0 + x); // B's share of a model both list (or neither)
    const onlyB = 1.0 / (1.0 + xB); // … of a model only B lists
    const onlyC = 1.0 / (1.0 + xC); // … of a model only C lists
    const lB = this.listedB;
    const lC = this.listedC;
    const lBoth = min(lB, lC); // listings are nested: the slower host lists a subset of the faster's
    const pool = s.oldStock + this.released; // the established catalogue both list, and every release

    // Tail: each host lists the top share χ of each release's tail.
    const m = min(s.chiB, s.chiC);
    const tB = s.chiB * lB - m * lBoth;
    const tC = s.chiC * lC - m * lBoth;
    const tShared = pool - tB - tC;
    const inPool = 1.0 / pool;
    const bT = (tShared * both + tB * onlyB + tC * onlyC) * inPool;
    const cT = (tShared * x * both + tB * xB * onlyB + tC * xC * onlyC) * inPool;

    // Frontier: both list every release; A serves its one model beside them.
    const fB = lB - lBoth;
    const fC = lC - lBoth;
    const fShared = pool - fB - fC;
    const a = s.aStock;
    const onA = 1.0 / (1.0 + x + x * this.y); // B's share of A's model; A's is x·y times it, C's x times it
    const inF = 1.0 / (pool + a);
    const bF = (fShared * both + fB * onlyB + fC * onlyC + a * onA) * inF;
    const aF = a * x * this.y * onA * inF;
    const cF = (fShared * x * both + fB * xB * onlyB + fC * xC * onlyC + a * x * onA) * inF;

    this.sBT += nu * (bT - this.sBT);
    this.sCT += nu * (cT - this.sCT);
    this.sBF += nu * (bF - this.sBF);
    this.sAF += nu * (aF - this.sAF);
    this.sCF += nu * (cF - this.sCF);
  }

  /** The end of week t: users re-choose, the subnets' token moves with their net flows, and TAO
   *  takes the shock if it falls in this week. */
  end(t: i32): void {
    const s = this.s;
    this.choose(s.nu);
    const net = s.buyback * this.revenueB - s.sigma * this.emissionB;
    const cap = s.tokenTao * this.taoPrice * this.token;
    this.token *= 1.0 + clamp(s.eta * net / cap, -TOKEN_STEP_CAP, TOKEN_STEP_CAP);
    if (t == s.shockWeek) this.taoPrice *= s.shockFactor;
  }
}
