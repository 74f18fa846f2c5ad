// Citations used by the market "halving" figure (merged into SOURCES).
import type { Source } from './sources-base';

export const SOURCES_MARKET_HALVING: Record<string, Source> = {
  'halving-first-date': {
    short: 'first halving: block 7,103,975, 15 Dec 2025 13:31 UTC',
    detail:
      'TAO issuance crossed 10.5M inside block 7,103,975 at 2025-12-15 13:31:24 UTC; block 7,103,976 was the first 0.5-TAO block (7,200 → 3,600 TAO a day). A chain read in a research brief dated 2026-10-08 (runtime spec 475), with a network test against an archive node; high confidence (facts-2026h2 §1). Earlier news put it on 14 or 15 Dec. Spec §(a) and §8.',
  },
  'halving-rule': {
    short: 'subtensor get_block_emission_for_issuance',
    detail:
      'Block emission depends only on total issuance I: floor(1 TAO / 2^k) with k = floor(log2(21M / (21M − I))), so halvings come at 10.5M, 15.75M, 18.375M … TAO issued, not at block heights; 12-second blocks, 7,200 a day. opentensor/subtensor pallets/subtensor/src/coinbase/block_emission.rs at commit 14bc6f9f (2026-06-30); spec §(a).',
    url: 'https://github.com/opentensor/subtensor/blob/14bc6f9f964b9cc362e9635dd110a487fa5d15a0/pallets/subtensor/src/coinbase/block_emission.rs',
  },
  'halving-recycling': {
    short: 'subtensor recycle_tao vs burn_tao',
    detail:
      'Recycled TAO is taken back out of TotalIssuance (burned TAO is not), so recycling pushes every later halving back: unspent emission credit, a dissolved subnet’s leftover TAO, pre-dTAO registration burns, and from August 2026 transaction fees. opentensor/subtensor pallets/subtensor/src/coinbase/tao.rs; spec §(a), §9.',
    url: 'https://github.com/opentensor/subtensor/blob/14bc6f9f964b9cc362e9635dd110a487fa5d15a0/pallets/subtensor/src/coinbase/tao.rs',
  },
  'halving-supply': {
    short: 'Taostats: 21M max supply',
    detail: 'Maximum supply 21,000,000 TAO; minting is hard-capped there (subtensor coinbase/tao.rs `mint_tao`). docs.taostats.io/docs/tao-emission; spec §(a).',
    url: 'https://docs.taostats.io/docs/tao-emission',
  },
  'halving-window': {
    short: 'view only',
    detail: 'Which years the chart shows. It changes no number in the table.',
  },
};
