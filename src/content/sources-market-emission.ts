// Citations used by the market "emission" figure (merged into SOURCES).
import type { Source } from './sources-base';

const SUBTENSOR = 'https://github.com/opentensor/subtensor';

export const SOURCES_MARKET_EMISSION: Record<string, Source> = {
  'emission-eras': {
    short: 'share rules by era, subtensor main',
    detail:
      'The five eras are the reference presets dtao_2025_02, flow_2025_12, netflow_2026_06, price_2026_06 and gated_2026_08, each with the dates between which all its rules held on mainnet `main` (project spec shared/specs/market.md §b.3 and §8, read from opentensor/subtensor history up to 14bc6f9f, 2026-06-30; the gate from RaoFoundation/subtensor and metagraphed, partly verified).',
    url: `${SUBTENSOR}/blob/14bc6f9f964b9cc362e9635dd110a487fa5d15a0/pallets/subtensor/src/coinbase/subnet_emissions.rs`,
  },
  'emission-era-dtao': {
    short: 'subtensor e2b8367b8 (2025-02-13)',
    detail:
      'dTAO (“RAO”) launch, spec 233: share_i = ema_i / Σ ema_j, constant-product pools, a flat 50,000 rao fee, alpha injection capped at 1 per block with TAO not reduced (run_coinbase.rs). The preset keeps the pool rules that held until swap v3 replaced them on 2025-06-30.',
    url: `${SUBTENSOR}/commit/e2b8367b8`,
  },
  'emission-era-flow': {
    short: 'subtensor 6218ecc5c (2025-11-04), 8834a7c73',
    detail:
      '“Taoflow”, spec 334: shares from an EMA of net staking flow (get_shares_flow, smoothing factor ≈ 3.209e-6 per block, about a 30-day half-life); any subnet with negative flow gets zero. The preset uses the injection cap min(a_emit, E) merged 2025-12-12 (8834a7c73, PR #2281) and holds until fees went to block authors on 2026-03-11.',
    url: `${SUBTENSOR}/commit/6218ecc5c`,
  },
  'emission-era-netflow': {
    short: 'subtensor PR #2634 (2026-05-27)',
    detail:
      'Net TAO flow, spec 411 (486037ba4): user-flow EMA minus the normalised protocol-flow EMA (injected TAO + chain-buy TAO − root-sell TAO). From 2026-06-01 chain-bought alpha is kept as protocol alpha (ec2212c53); the preset covers 2026-06-01 to 06-21.',
    url: `${SUBTENSOR}/pull/2634`,
  },
  'emission-era-price': {
    short: 'subtensor 6016381e4 (2026-06-22), 14bc6f9f (06-30)',
    detail:
      'Back to price shares (PR #2781, spec 421): share_i ∝ ema_i · (1 − MinerBurned_i), the root_prop factor removed on 2026-06-30 (PR #2800, spec 425); Balancer pools from 2026-06-25 (06032d518); injection cap root_prop · a_emit with the excess spent on chain buys.',
    url: `${SUBTENSOR}/commit/6016381e4`,
  },
  'emission-era-gated': {
    short: 'emission gate, spec 440 (2026-07-27)',
    detail:
      'The burn-weighted price shares pass a Hill gate g_i = w_i / (1 + (θ/w_i)^3), renormalised; θ is recomputed every 360 blocks as the share where the largest shares reach q = 0.75 of the total (EmissionBarQuantile 0.75 observed on chain 2026-08-02, metagraphed PR #9049). From RaoFoundation/subtensor subnet_emissions.rs and third-party chain reconstructions: partly verified.',
    url: 'https://github.com/JSONbored/metagraphed/issues/8739',
  },
  'emission-era-rank': {
    short: 'rank gate and root baskets, spec 441 (2026-08-03)',
    detail:
      'From runtime spec 441 (live 2026-08-03, third-party chain reads) the gate’s bar θ is the 32nd-largest positive burn-weighted share (EmissionBarRank = 32; the quantile only when the rank is 0), with h = 3; root dividends are credited in place to each root-registered validator’s fund at its realisable value instead of being sold, and injections that would push a pool’s weights out of range wait in reservoirs. On 2026-10-08 the top 8 subnets took 53.1% of emission and the top 32 97.2% (research brief dated 2026-10-08, runtime spec 475). Project spec market-2026h2 §A–§C, §F.',
  },
  'emission-network': {
    short: 'illustrative network',
    detail:
      'Six made-up subnets with pools of 4,000–40,000 TAO and prices 0.01–0.08 TAO/α, 10.7M TAO issued (0.5 TAO per block, after the first halving), 5.7M TAO on root, TaoWeight 0.18, owner cut 18 %. Flow EMAs (TAO per block) and SN3’s owner-miner burn are assumptions. Not real subnets.',
  },
  'emission-ema': {
    short: 'EMA a = 0.0003 (mainnet)',
    detail:
      'SubnetMovingAlpha is 0.0003 on mainnet (set by sudo after launch), so an old subnet’s EMA price has a half-life of about 2,300 blocks (≈ 8 hours); spot prices above 1 TAO/α are clipped before they enter the EMA (spec §b.2).',
    url: 'https://learnbittensor.org/concepts/dynamic-tao/ema-price',
  },
  'emission-whale-vector': {
    short: 'scenario whale_stake_share',
    detail:
      'The run is the one the core reproduces for the reference scenario “whale_stake_share” (10,000 TAO into subnet 4 of 5 under price_2026_06, 7 days, every 1,200 blocks) to 12 significant digits; this figure runs it on its own network.',
  },
};
