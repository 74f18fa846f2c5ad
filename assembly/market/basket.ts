// Root Reborn baskets (shared/specs/market-2026h2.md §B, "root_divs: basket"): at an epoch, only
// hotkeys registered on root earn the root pot; a validator's credit (after its take) is queued for
// its fund and, in the same block, flushed in place: added to the fund's alpha position on the origin
// subnet at its realisable value, with no swap, no fee and no protocol flow (§B.2). The reference
// flushes in the epoch's block (README-2026h2 "Not covered": deposit timing).
import { Network } from './state';
import { sellOut } from './pool';
import {
  R_AMM, R_ROOT_CLAIM_THRESHOLD, S_TAO, S_ALPHA_IN, S_W_QUOTE, S_ALPHA_OUT, VALIDATOR_FIELDS, V_ALPHA_STAKE,
  V_ROOT_STAKE, V_FUND, V_QUEUED, V_HELD, V_FUND_SHARES, V_BASKET_RATE, LV_BASKET_VALUE, LV_BASKET_SHARES,
  LV_RECYCLED_NO_ROOT_STAKE, LV_RECYCLED_NOT_ON_ROOT,
} from './layout';

export const ROOT_DIVS_SELL = 0;
export const ROOT_DIVS_CLAIM = 1;
export const ROOT_DIVS_BASKET = 2;

/** q(x): the fee-free sell quote of `alpha` through subnet i's pool, in TAO (market-2026h2 §B.2). */
function quote(net: Network, i: i32, alpha: f64): f64 {
  return sellOut(<i32>net.rule(R_AMM), net.get(i, S_TAO), net.get(i, S_ALPHA_IN), net.get(i, S_W_QUOTE), alpha);
}

// @ts-ignore: decorator
@inline
function vf(net: Network, v: i32, f: i32): f64 {
  return unchecked(net.validators[v * VALIDATOR_FIELDS + f]);
}

// @ts-ignore: decorator
@inline
function setVf(net: Network, v: i32, f: i32, x: f64): void {
  unchecked((net.validators[v * VALIDATOR_FIELDS + f] = x));
}

/** Flushes fund `fund` (V_FUND value, ≥ 1) across every subnet (market-2026h2 §B.2): dust credits
 *  (spot·c below R_ROOT_CLAIM_THRESHOLD) stay queued; credits of a hotkey off root or without root
 *  stake are recycled; the others are deposited at NAV: N = Σ q(held) before the deposit,
 *  value = Σ [q(held + c) − q(held)], shares = value if P = 0, else value·P/N. */
export function flushFund(net: Network, fund: f64): void {
  const threshold = net.rule(R_ROOT_CLAIM_THRESHOLD);
  // Pass 1: NAV before the deposit, and the fund's shares (equal on all its records).
  let nav = 0.0;
  let P = 0.0;
  let rootStake = 0.0;
  for (let i = 0; i < net.n; i++) {
    const v1 = unchecked(net.validatorStart[i + 1]);
    for (let v = unchecked(net.validatorStart[i]); v < v1; v++) {
      if (vf(net, v, V_FUND) != fund) continue;
      nav += quote(net, i, vf(net, v, V_HELD));
      P = vf(net, v, V_FUND_SHARES);
      rootStake = max(rootStake, vf(net, v, V_ROOT_STAKE));
    }
  }
  // Pass 2: deposit (or recycle) every credit that is due.
  let value = 0.0;
  let firstI = -1;
  let firstV = -1;
  for (let i = 0; i < net.n; i++) {
    const v1 = unchecked(net.validatorStart[i + 1]);
    for (let v = unchecked(net.validatorStart[i]); v < v1; v++) {
      if (vf(net, v, V_FUND) != fund) continue;
      const c = vf(net, v, V_QUEUED);
      if (!(c > 0) || net.spot(i) * c < threshold) continue;
      setVf(net, v, V_QUEUED, 0);
      if (!(vf(net, v, V_ROOT_STAKE) > 0)) {
        net.add(i, S_ALPHA_OUT, -c);
        net.credit(net.validatorSlot(i, v, LV_RECYCLED_NO_ROOT_STAKE), c);
        continue;
      }
      const held = vf(net, v, V_HELD);
      const added = quote(net, i, held + c) - quote(net, i, held);
      setVf(net, v, V_HELD, held + c);
      setVf(net, v, V_ALPHA_STAKE, vf(net, v, V_ALPHA_STAKE) + c);
      net.credit(net.validatorSlot(i, v, LV_BASKET_VALUE), added);
      value += added;
      if (firstV < 0) {
        firstI = i;
        firstV = v;
      }
    }
  }
  if (firstV < 0) return;
  const shares = P > 0 && nav > 0 ? (value * P) / nav : value;
  net.credit(net.validatorSlot(firstI, firstV, LV_BASKET_SHARES), shares);
  const rate = rootStake > 0 ? shares / rootStake : 0.0;
  for (let v = 0; v < net.validators.length / VALIDATOR_FIELDS; v++) {
    if (vf(net, v, V_FUND) != fund) continue;
    setVf(net, v, V_FUND_SHARES, P + shares);
    setVf(net, v, V_BASKET_RATE, vf(net, v, V_BASKET_RATE) + rate);
  }
}

/** Recycles credits queued under a hotkey that is no longer on root (market-2026h2 §B.2 "Recycled").
 *  Registration is an input of the model and does not change during a run, so this only clears a
 *  queue loaded with a record whose V_FUND is 0. */
export function recycleOffRoot(net: Network, i: i32, v: i32): void {
  const c = vf(net, v, V_QUEUED);
  if (!(c > 0) || vf(net, v, V_FUND) != 0) return;
  setVf(net, v, V_QUEUED, 0);
  net.add(i, S_ALPHA_OUT, -c);
  net.credit(net.validatorSlot(i, v, LV_RECYCLED_NOT_ON_ROOT), c);
}
