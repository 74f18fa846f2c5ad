// The market epoch of the reference (spec §11.3, §e.3): drains a subnet's pending amounts once per
// tempo. Yuma consensus is replaced by exogenous miner incentives and validator dividend weights;
// what this models is where the alpha goes: owner, miners (owner-held ones withheld), validators'
// take, nominators, and root stakers (claims swapped to TAO or kept as alpha).
import { Network } from './state';
import { sellOut } from './pool';
import {
  R_AMM, S_TAO, S_ALPHA_IN, S_W_QUOTE, S_ALPHA_OUT, S_MINER_BURNED, S_PEND_SERVER, S_PEND_VALIDATOR,
  S_PEND_ROOT, S_PEND_OWNER, S_PEND_ROOT_TAO, S_PROTO_FLOW_ACC, MINER_FIELDS, M_INCENTIVE, M_OWNER_KEY,
  VALIDATOR_FIELDS, V_DIV_WEIGHT, V_ALPHA_STAKE, V_ROOT_STAKE, V_TAKE, L_OWNER_ALPHA, L_MINER_WITHHELD,
  L_UNDIST_VALIDATOR, L_UNDIST_ROOT, LV_TAKE, LV_NOMINATORS, LV_TAKE_TAO, LV_ROOT_STAKERS_TAO,
  LV_ROOT_STAKERS_ALPHA, R_ROOT_DIVS, V_FUND, V_QUEUED, L_ROOT_NO_EARNER, LV_BASKET_CREDIT,
} from './layout';
import { ROOT_DIVS_BASKET, flushFund, recycleOffRoot } from './basket';

/** Fee-free sale of `alpha` into subnet i's pool (a root claim under Swap); returns the TAO out. */
function sellToPool(net: Network, i: i32, alpha: f64): f64 {
  if (!(alpha > 0)) return 0;
  const y = net.get(i, S_TAO);
  const x = net.get(i, S_ALPHA_IN);
  const tao = sellOut(<i32>net.rule(R_AMM), y, x, net.get(i, S_W_QUOTE), alpha);
  net.set(i, S_ALPHA_IN, x + alpha);
  net.set(i, S_TAO, y - tao);
  return tao;
}

/** Runs subnet i's epoch (§11.3) and stamps its last epoch block; called by block.ts when it is due. */
export function runEpoch(net: Network, i: i32): void {
  const S = net.get(i, S_PEND_SERVER);
  const V = net.get(i, S_PEND_VALIDATOR);
  const R = net.get(i, S_PEND_ROOT);
  const O = net.get(i, S_PEND_OWNER);
  const RT = net.get(i, S_PEND_ROOT_TAO);
  net.set(i, S_PEND_SERVER, 0);
  net.set(i, S_PEND_VALIDATOR, 0);
  net.set(i, S_PEND_ROOT, 0);
  net.set(i, S_PEND_OWNER, 0);
  net.set(i, S_PEND_ROOT_TAO, 0);
  net.credit(net.fixedSlot(i, L_OWNER_ALPHA), O);

  // Miners: paid pro rata to incentive; owner-held hotkeys are withheld and set MinerBurned (§e.3.2).
  const m0 = unchecked(net.minerStart[i]);
  const m1 = unchecked(net.minerStart[i + 1]);
  let incentive = 0.0;
  for (let m = m0; m < m1; m++) incentive += unchecked(net.miners[m * MINER_FIELDS + M_INCENTIVE]);
  let pot = V;
  if (incentive > 0) {
    let withheld = 0.0;
    for (let m = m0; m < m1; m++) {
      const x = (S * unchecked(net.miners[m * MINER_FIELDS + M_INCENTIVE])) / incentive;
      if (unchecked(net.miners[m * MINER_FIELDS + M_OWNER_KEY]) != 0) {
        net.credit(net.fixedSlot(i, L_MINER_WITHHELD), x);
        withheld += x;
      } else net.credit(net.minerSlot(i, m), x);
    }
    net.set(i, S_MINER_BURNED, S > 0 ? withheld / S : 0.0);
  } else {
    pot = V + S;
    net.set(i, S_MINER_BURNED, 0);
  }

  // Validators: each dividend splits by its own stake mix into an alpha part and a root part; the
  // subnet's validator and root pots are shared in those proportions (§e.3.3).
  const v0 = unchecked(net.validatorStart[i]);
  const v1 = unchecked(net.validatorStart[i + 1]);
  let anyDiv = false;
  for (let v = v0; v < v1; v++) if (unchecked(net.validators[v * VALIDATOR_FIELDS + V_DIV_WEIGHT]) > 0) anyDiv = true;
  if (!anyDiv) {
    net.credit(net.fixedSlot(i, L_UNDIST_VALIDATOR), pot + R);
    return;
  }
  const tau = net.taoWeight;
  // market-2026h2 §B.1: under baskets only hotkeys registered on root (V_FUND ≠ 0) earn r_v; the
  // root-weighted slice of the others is not moved to alpha (a_v keeps τρ_v in its denominator).
  const basket = <i32>net.rule(R_ROOT_DIVS) == ROOT_DIVS_BASKET;
  let SA = 0.0;
  let SR = 0.0;
  // First pass with the stakes at the start of the epoch; r_v is parked in the scratch vector.
  for (let v = v0; v < v1; v++) {
    const b = v * VALIDATOR_FIELDS;
    const d = unchecked(net.validators[b + V_DIV_WEIGHT]);
    const rootW = unchecked(net.validators[b + V_ROOT_STAKE]) * tau;
    const den = unchecked(net.validators[b + V_ALPHA_STAKE]) + rootW;
    const rv = den > 0 ? (d * rootW) / den : 0.0;
    SR += basket && unchecked(net.validators[b + V_FUND]) == 0 ? 0.0 : rv;
    SA += d - rv;
  }
  const swap = !net.rootClaimKeep;
  for (let v = v0; v < v1; v++) {
    const b = v * VALIDATOR_FIELDS;
    const d = unchecked(net.validators[b + V_DIV_WEIGHT]);
    const take = unchecked(net.validators[b + V_TAKE]);
    // Recomputed from the stake at the start of the epoch: this validator's stake only changes below.
    const rootW = unchecked(net.validators[b + V_ROOT_STAKE]) * tau;
    const den = unchecked(net.validators[b + V_ALPHA_STAKE]) + rootW;
    let rv = den > 0 ? (d * rootW) / den : 0.0;
    const av = d - rv;
    if (basket && unchecked(net.validators[b + V_FUND]) == 0) rv = 0;
    if (SA > 0) {
      const x = (pot * av) / SA;
      net.credit(net.validatorSlot(i, v, LV_TAKE), x * take);
      net.credit(net.validatorSlot(i, v, LV_NOMINATORS), x - x * take);
      unchecked((net.validators[b + V_ALPHA_STAKE] += x));
    }
    if (RT > 0 && SR > 0) {
      const t = (RT * rv) / SR;
      net.credit(net.validatorSlot(i, v, LV_TAKE_TAO), t * take);
      net.credit(net.validatorSlot(i, v, LV_ROOT_STAKERS_TAO), t - t * take);
    }
    if (R > 0 && SR > 0 && (!basket || rv > 0)) {
      const y = (R * rv) / SR;
      net.credit(net.validatorSlot(i, v, LV_TAKE), y * take);
      unchecked((net.validators[b + V_ALPHA_STAKE] += y * take));
      const c = y - y * take;
      if (basket) {
        // market-2026h2 §B.1: c_v → v's fund, queued; the alpha stays in alpha_out.
        net.credit(net.validatorSlot(i, v, LV_BASKET_CREDIT), c);
        if (c > 0) unchecked((net.validators[b + V_QUEUED] += c));
      } else if (swap) {
        const tao = sellToPool(net, i, c);
        net.add(i, S_ALPHA_OUT, -c);
        net.rootTao += tao;
        net.add(i, S_PROTO_FLOW_ACC, -tao);
        net.credit(net.validatorSlot(i, v, LV_ROOT_STAKERS_TAO), tao);
      } else net.credit(net.validatorSlot(i, v, LV_ROOT_STAKERS_ALPHA), c);
    }
  }
  if (SA <= 0 && pot > 0) net.credit(net.fixedSlot(i, L_UNDIST_VALIDATOR), pot);
  if (!basket) {
    if (SR <= 0 && R > 0) net.credit(net.fixedSlot(i, L_UNDIST_ROOT), R);
    return;
  }
  // market-2026h2 §B.1: no registered earner → the whole root pot is recycled (alpha_out −= R).
  if (SR <= 0 && R > 0) {
    net.add(i, S_ALPHA_OUT, -R);
    net.credit(net.fixedSlot(i, L_ROOT_NO_EARNER), R);
  }
  // §B.2: the queues of this subnet's hotkeys are flushed in the same block (the reference's timing).
  for (let v = v0; v < v1; v++) {
    const fund = unchecked(net.validators[v * VALIDATOR_FIELDS + V_FUND]);
    if (fund != 0) flushFund(net, fund);
    else recycleOffRoot(net, i, v);
  }
}
