// One tempo's alpha, split by recipient (spec §e.1, §e.3) in closed form for widget (4): no pools,
// no Yuma, one aggregate validator set. The network's epoch (epoch.ts) does the same per validator.
import { blockEmission } from './issuance';
import { rootProportion } from './coinbase';

export const SPLIT_PARAMS = 10;
export const SPLIT_OUT = 9;

/** Splits `blocks` blocks of a subnet's alpha emission. params: [blocks, alpha issuance, owner cut,
 *  owner cut enabled (0/1), τ, root TAO, validator take, fraction of incentive on owner-held miners,
 *  root sell flag (0 = Σ EMA ≤ 1: root's alpha recycled), alpha per block (≤ 0: from the issuance,
 *  §a)]. Returns [alpha emitted, owner, miners paid, miners withheld, validators' take, nominators,
 *  root stakers, root recycled, mean root_prop]; the recipients sum to the alpha emitted. */
export function marketTempoSplit(params: Float64Array): Float64Array {
  const out = new Float64Array(SPLIT_OUT);
  if (params.length < SPLIT_PARAMS) return out;
  const blocks = <i32>max(params[0], 0.0);
  let issued = max(params[1], 0.0);
  const cut = params[3] != 0 ? min(max(params[2], 0.0), 1.0) : 0.0;
  const tau = max(params[4], 0.0);
  const root = max(params[5], 0.0);
  const take = min(max(params[6], 0.0), 1.0);
  const burned = min(max(params[7], 0.0), 1.0);
  const sellFlag = params[8] != 0;
  const fixedEmit = params[9];
  let emitted = 0.0;
  let owner = 0.0;
  let server = 0.0;
  let validator = 0.0;
  let rootAlpha = 0.0;
  let propSum = 0.0;
  // Block by block: root_prop falls as the subnet's own issuance grows within the tempo.
  for (let b = 0; b < blocks; b++) {
    const a = fixedEmit > 0 ? fixedEmit : blockEmission(issued);
    const prop = rootProportion(root, tau, issued);
    const o = a * cut;
    const r = a - o;
    emitted += a;
    owner += o;
    server += r * 0.5;
    rootAlpha += prop * r * 0.5;
    validator += r - r * 0.5 - prop * r * 0.5;
    propSum += prop;
    issued += a;
  }
  out[0] = emitted;
  out[1] = owner;
  out[2] = server * (1.0 - burned);
  out[3] = server * burned;
  out[4] = (validator + (sellFlag ? rootAlpha : 0.0)) * take;
  out[5] = validator * (1.0 - take);
  out[6] = sellFlag ? rootAlpha * (1.0 - take) : 0.0;
  out[7] = sellFlag ? 0.0 : rootAlpha;
  out[8] = blocks > 0 ? propSum / <f64>blocks : 0.0;
  return out;
}
