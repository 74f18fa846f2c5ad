// Citations used by the market "split" figure (merged into SOURCES).
import type { Source } from './sources-base';

const RUNTIME = 'https://github.com/opentensor/subtensor/blob/14bc6f9f964b9cc362e9635dd110a487fa5d15a0/runtime/src/lib.rs';
const COINBASE =
  'https://github.com/opentensor/subtensor/blob/14bc6f9f964b9cc362e9635dd110a487fa5d15a0/pallets/subtensor/src/coinbase/run_coinbase.rs';

export const SOURCES_MARKET_SPLIT: Record<string, Source> = {
  'split-owner-cut': {
    short: 'SubnetOwnerCut 11,796/65,535',
    detail:
      'SubnetOwnerCut = 11,796/65,535 = 17.9995% (“18%”), runtime SubtensorInitialSubnetOwnerCut, opentensor/subtensor at commit 14bc6f9f (2026-06-30); taken off every block’s alpha before miners and validators halve the rest (spec market.md §e.1, §g). The chain stores it as a u16, so the slider’s percentage is used as the nearest k/65,535.',
    url: RUNTIME,
  },
  'split-take': {
    short: 'default take 18% (also the maximum)',
    detail:
      'Validator (delegate) take: SubtensorInitialDefaultTake = 11,796/65,535 = 18%, minimum 0 (spec market.md §e.3 step 4, §g); MaxDelegateTake defaults to the same 18%, so 18% is also the highest take a validator can set. The take is kept from the validator’s alpha dividends and from its root dividends alike; a u16, like the owner cut.',
    url: RUNTIME,
  },
  'split-tao-weight': {
    short: 'TaoWeight 0.18 on mainnet (taostats)',
    detail:
      'TaoWeight τ = 0.18 on mainnet (docs.taostats.io “Stake weight”; spec market.md §e.2, §g). The runtime’s initial value is about 0.0527. root_prop = root TAO·τ / (root TAO·τ + the subnet’s alpha issuance) decides root’s part of the validators’ half.',
    url: 'https://docs.taostats.io/docs/stake-weight',
  },
  'split-root-stake': {
    short: 'hccventure on-chain analysis, Nov 2025',
    detail:
      'TAO staked on root fell from 6.1M to 5.7M over eight months while alpha-subnet stake rose from 0.1M to 1.9M TAO (hccventure.com on-chain analysis, week 48/2025, dated 30 Nov 2025; confidence medium, project facts sheet). Root’s stake is one number for the whole network, weighed against each subnet’s own alpha issuance.',
  },
  'split-root-sell': {
    short: 'root sell flag, run_coinbase.rs',
    detail:
      'Root’s part of the validators’ half is accrued for root stakers only while the subnets’ EMA prices sum above 1 (the root sell flag); when they sum to 1 or less it is recycled instead (spec market.md §e.1, subtensor run_coinbase.rs at commit 14bc6f9f). Which side mainnet is on today is not in the sources; “paid” is this figure’s assumption.',
    url: COINBASE,
  },
  'split-tempo': {
    short: 'INITIAL_SUBNET_TEMPO = 360',
    detail:
      'Default tempo 360 blocks, 12 s each (about 72 minutes, 20 epochs a day); owners may set 360 to 50,400 since 2026-06-25 (spec market.md §a, §g; runtime INITIAL_SUBNET_TEMPO).',
    url: RUNTIME,
  },
};
