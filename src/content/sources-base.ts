// The citations every figure may show: the chain's defaults, the essay itself and 'assumption'. Kept
// apart from the other maps so that an embedded figure carries these and its own domain's only
// (src/content/sources-lookup.ts); src/content/sources.ts merges every map for the article.

export interface Source {
  short: string;
  /** The note behind the label; an embed's first load leaves it out and fetches it on demand. */
  detail?: string;
  url?: string;
}

export const SOURCES_BASE: Record<string, Source> = {
  'subtensor-kappa': {
    short: 'subtensor runtime default',
    detail: 'Kappa = 32767 (κ ≈ 0.49999), opentensor/subtensor runtime/src/lib.rs at commit 14bc6f9f (2026-06-30).',
    url: 'https://github.com/opentensor/subtensor/blob/14bc6f9f964b9cc362e9635dd110a487fa5d15a0/runtime/src/lib.rs',
  },
  'subtensor-yuma3': {
    short: 'init_new_network, since 2026-03-24',
    detail: 'New subnets start with Yuma3On = true since subtensor commit 1d94555da (2026-03-24); older subnets stay on Yuma 2 unless their owner switches.',
    url: 'https://github.com/opentensor/subtensor/blob/14bc6f9f964b9cc362e9635dd110a487fa5d15a0/pallets/subtensor/src/subnets/subnet.rs',
  },
  'subtensor-bonds': {
    short: 'subtensor runtime defaults',
    detail: 'BondsPenalty = 65535 (β = 1) and BondsMovingAverage = 900000 (EMA rate 0.1), opentensor/subtensor runtime/src/lib.rs at commit 14bc6f9f.',
    url: 'https://github.com/opentensor/subtensor/blob/14bc6f9f964b9cc362e9635dd110a487fa5d15a0/runtime/src/lib.rs',
  },
  'subtensor-liquid-alpha': {
    short: 'subtensor runtime defaults',
    detail: 'LiquidAlphaOn = false, AlphaValues = (45875, 58982) ≈ (0.7, 0.9), AlphaSigmoidSteepness = 1000 (used ÷100), opentensor/subtensor at commit 14bc6f9f. Liquid alpha acts only under Yuma 3.',
    url: 'https://github.com/opentensor/subtensor/blob/14bc6f9f964b9cc362e9635dd110a487fa5d15a0/runtime/src/lib.rs',
  },
  'vectors-collusion': {
    short: 'scenario: colluding minority',
    detail: 'Stakes and weights follow the project’s golden-vector scenario “colluding_minority”, reduced to three validators. Illustrative numbers, not a real subnet.',
  },
  'essay': {
    short: 'Ezza, “The Vampirism Paradox: Why TAO Wins”',
    detail: 'Ezza, “The Vampirism Paradox: Why TAO Wins”, republished with credit on a Bittensor news site.',
  },
  assumption: {
    short: 'assumption',
    detail: 'An assumption of this explainer, not a sourced number. Move it and see what changes.',
  },
};
