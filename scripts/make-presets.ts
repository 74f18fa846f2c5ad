// Extracts the Yuma explorer's presets from the golden vectors (inputs only) into
// src/content/yuma-presets.json: `tsx scripts/make-presets.ts`. Run again when the vectors change.
import { readFileSync, writeFileSync } from 'node:fs';
import type { VectorScenario } from '../src/engine/yuma-io';
import type { YumaPreset } from '../src/models/yuma-explorer';

const file = JSON.parse(readFileSync('tests/fixtures/vectors/yuma.json', 'utf8')) as { scenarios: VectorScenario[] };
const byId = new Map(file.scenarios.map((s) => [s.id, s]));

const EXPLAIN: Record<string, [string, string]> = {
  honest_majority_y3: ['Honest majority', 'Three honest validators roughly agree on three miners; consensus sits where they agree and nobody is clipped much.'],
  colluding_minority_y3_penalty1: ['Colluding minority', 'A validator with a quarter of the stake backs its own miner; consensus clips that vote to what the majority gave, so the miner earns little.'],
  weight_copier_y3_liquid: ['Weight copier', 'One validator copies last epoch’s consensus instead of evaluating; when the honest validators re-rank the miners, the copier lags and its bonds pay less.'],
  switch_kappa_second_y3_liquid: ['Switch: κ-holder moves second', 'A small validator moves to a new miner first and the big one (80% of stake) follows an epoch later; the early mover builds bonds in the new miner first.'],
  zero_stake_and_inactive_validator_y3: ['Zero-stake and inactive validators', 'A validator with no stake gets no permit and is ignored; another goes inactive, so its stake stops counting while its bonds still follow its weights.'],
  all_zero_weights_then_weights_y3: ['All-zero weights', 'With no usable weights, incentive and dividends are zero and the whole emission goes to validators by active stake, until weights appear.'],
  split_opinion_kappa_0_5_y3: ['Split opinion', 'Three validators disagree; consensus per miner is the weight backed by at least κ of the stake, so the largest validator does not simply win.'],
  bonds_reset_y3_liquid: ['Bonds reset', 'Validators move to a new miner; when that miner publishes a commitment its incoming bonds are reset and have to be rebuilt.'],
  random_16x64_y3_liquid: ['Large random subnet', 'Sixteen validators with lognormal stake score sixty-four miners with noise; two colluders back one miner and are clipped.'],
};

function fromVectors(id: string): YumaPreset {
  const sc = byId.get(id)!;
  const nv = sc.validators.length;
  const h = sc.hyperparameters;
  const [label, explanation] = EXPLAIN[id];
  return {
    id,
    label,
    explanation,
    nv,
    nm: sc.n - nv,
    hyper: {
      yumaVersion: h.yuma_version,
      kappa: h.kappa_u16 / 65535,
      bondsPenalty: h.bonds_penalty_u16 / 65535,
      bondsMovingAverage: h.bonds_moving_average / 1e6,
      liquidAlpha: h.liquid_alpha,
      alphaLow: h.alpha_low_u16 / 65535,
      alphaHigh: h.alpha_high_u16 / 65535,
      steepness: h.alpha_sigmoid_steepness,
    },
    epochs: sc.epochs.map((e) => ({
      stake: e.stake.slice(0, nv).map((s) => s / 1e9),
      active: e.active.slice(0, nv),
      weights: e.weights_u16.map((row) => row.slice(nv).map((w) => Math.round(((w ?? 0) / 65535) * 1e4) / 1e4)),
      resetCols: (e.bonds_reset_cols ?? []).map((j) => j - nv),
    })),
  };
}

/** The switch scenario with the big validator moving first or last instead of second. */
function switchVariant(order: 'first' | 'last'): YumaPreset {
  const base = fromVectors('switch_kappa_second_y3_liquid');
  const moveAt = order === 'first' ? [1, 2, 3] : [3, 1, 2]; // epoch at which validators 0 (80%), 1, 2 switch
  return {
    ...base,
    id: `switch_kappa_${order}_y3_liquid`,
    label: `Switch: κ-holder moves ${order}`,
    explanation:
      order === 'first'
        ? 'The big validator (80% of stake) moves to a new miner first and the small ones follow; consensus moves at once and the followers earn less on the new miner.'
        : 'The small validators move to a new miner first and the big validator (80% of stake) moves last; until it moves, consensus clips the early movers.',
    epochs: base.epochs.map((e, t) => ({
      ...e,
      weights: moveAt.map((at) => (t >= at ? [0, 1] : [1, 0])),
    })),
  };
}

const presets: YumaPreset[] = [
  fromVectors('honest_majority_y3'),
  fromVectors('colluding_minority_y3_penalty1'),
  fromVectors('weight_copier_y3_liquid'),
  switchVariant('first'),
  fromVectors('switch_kappa_second_y3_liquid'),
  switchVariant('last'),
  fromVectors('zero_stake_and_inactive_validator_y3'),
  fromVectors('all_zero_weights_then_weights_y3'),
  fromVectors('split_opinion_kappa_0_5_y3'),
  fromVectors('bonds_reset_y3_liquid'),
  fromVectors('random_16x64_y3_liquid'),
];
writeFileSync('src/content/yuma-presets.json', `${JSON.stringify(presets)}\n`);
console.log(`wrote ${presets.length} presets to src/content/yuma-presets.json`);
