// Citations used by the market "stake" figure (merged into SOURCES).
import type { Source } from './sources-base';

const SUBTENSOR = 'https://github.com/opentensor/subtensor/blob/14bc6f9f964b9cc362e9635dd110a487fa5d15a0';

export const SOURCES_MARKET_STAKE: Record<string, Source> = {
  'stake-vector-pool': {
    short: 'golden-vector scenario “slippage_curve”',
    detail:
      'Pool of 5,000 TAO and 250,000 α (spot price 0.02 TAO/α) from the project’s golden-vector scenario “slippage_curve” (market vectors, reference model checked against subtensor@14bc6f9f, 2026-06-30). A real-looking mid-sized subnet, not a particular one: move the reserves to match the subnet you have in mind.',
  },
  'stake-vector-trade': {
    short: 'golden-vector scenario “slippage_curve” (1 % of the pool)',
    detail:
      'A stake of 50 TAO, 1 % of the pool’s TAO: one of the trades of the golden-vector scenario “slippage_curve”, which pins 2,474.01 α out and 1.04 % slippage for it under today’s pool.',
  },
  'stake-pool-history': {
    short: 'subtensor swap history (spec §d.1)',
    detail:
      'Launch (2025-02-13 to 2025-06-29): a constant-product pool inside the subtensor pallet, flat fee 50,000 rao (0.00005 TAO) per stake or unstake, added to the pool’s TAO (subtensor@e2b8367b8, PR #1253). The dynamic unstake fee of 2025-03-19 to 2025-06-29 is not modelled. Today (since 2026-06-25): a Balancer weighted pool (subtensor@06032d518), fee 33/65535 ≈ 0.0504 % of each trade (swap pallet DefaultFeeRate), paid to the block author since 2026-03-11 (subtensor@7eb6f9bb7). A release of August 2026 (spec 444) recycles transaction fees instead; whether that covers the swap fee is not confirmed.',
    url: `${SUBTENSOR}/pallets/swap/src/pallet/balancer.rs`,
  },
  'stake-balancer-weights': {
    short: 'Balancer weights, subtensor balancer.rs',
    detail:
      'A Balancer pool’s TAO (quote) weight w starts at ½ and is kept within [0.01, 0.99]; the price is (1 − w)/w × TAO ÷ alpha, and protocol injections move w so as to keep the price (spec §d.2–d.3; subtensor@14bc6f9f pallets/swap/src/pallet/balancer.rs). At ½ the pool is constant product. The golden-vector scenario “swap_balancer_weighted” uses 0.6.',
    url: `${SUBTENSOR}/pallets/swap/src/pallet/balancer.rs`,
  },
};
