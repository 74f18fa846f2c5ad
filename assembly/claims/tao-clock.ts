// The TAO halving clock of Models 1 and 3, read from the market core (assembly/market/issuance.ts):
// block emission is a function of total issuance, so a model advances issuance and asks the market
// core what one block emits. No copy of the halving rule lives in the claims.
import { blockEmission, halvingIssuance, halvings, BLOCKS_PER_DAY, RAO } from '../market/issuance';

export const DAYS_PER_MONTH: f64 = 365.25 / 12.0;
export const BLOCKS_PER_MONTH: f64 = <f64>BLOCKS_PER_DAY * DAYS_PER_MONTH;
export const BLOCKS_PER_WEEK: f64 = <f64>BLOCKS_PER_DAY * 7.0;

/** Issuance in TAO at t = 0, one TAO past the first halving (≈ 14 Dec 2025, 0.5 TAO/block); Models 1 and 3. */
export function startIssuance(): f64 {
  return halvingIssuance(1) + 1.0;
}

/** TAO per block at an issuance in TAO, the market core's blockEmission; TaoClock. */
// @ts-ignore: decorator
@inline
export function taoPerBlock(issuance: f64): f64 {
  return blockEmission(issuance);
}

/** TAO issued between the first and second halvings (5.25M); Model 1 paces its clock to its "next halving" slider. */
export function secondHalvingSpan(): f64 {
  return halvingIssuance(2) - halvingIssuance(1);
}

/** Issuance advanced step by step, with the block emission the market core gives for it. The
 *  emission is asked again only once issuance reaches the next halving threshold (halvingIssuance
 *  of the market core's halving count + 1), so a step costs an add, not the chain's 32-step
 *  fixed-point division; the chain's count can only lag that f64 threshold, never lead it, so
 *  perBlock always equals blockEmission(issuance). Used by Models 1 and 3. */
export class TaoClock {
  issuance: f64;
  perBlock: f64 = 0;
  private next: f64 = 0;

  constructor(issuance: f64) {
    this.issuance = issuance;
    this.refresh();
  }

  private refresh(): void {
    this.perBlock = taoPerBlock(this.issuance);
    const rao = this.issuance > 0 ? <u64>Math.round(this.issuance * RAO) : 0;
    this.next = halvingIssuance(halvings(rao) + 1);
  }

  /** Adds `blocks` blocks at the rate in force at the start of the step (the models step weekly or
   *  monthly; the chain would switch rate mid-step, at the block that crosses the threshold). */
  advance(blocks: f64): void {
    this.issuance += this.perBlock * blocks;
    if (this.issuance >= this.next) this.refresh();
  }
}
