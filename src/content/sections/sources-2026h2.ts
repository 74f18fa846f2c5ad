// Citations from /work/shared/facts-2026h2.md (compiled 2026-12-07; newer than facts.md and winning
// where they differ): the network's record in 2026 and the base rates of other subsidised networks.
import type { Source } from '../sources-base';

const BRIEF = 'Engineering research brief of a public Python trading project (package taotrader), dated 2026-10-08 (runtime spec 475), built from chain and code reads; its repository could not be identified.';

export const SOURCES_2026H2: Record<string, Source> = {
  'tao-drawdown-2026': {
    short: 'coinstats.app; airdrops.com: TAO from ≈$760 to $150.35',
    detail: 'TAO’s all-time high was about $760 (Mar–Apr 2024, airdrops.com); its lowest print found was $150.35 on 2026-02-12 (coinstats.app, market cap $1.45B), a fall of about 80%; it stood at $268.37 on 2026-10-08. Derived in facts-2026h2 §2(a). Medium confidence.',
    url: 'https://coinstats.app/ai/a/investment-analysis-bittensor',
  },
  'emission-concentration-2026': {
    short: 'Research brief [B] §3.2: emission shares, 2026-10-08',
    detail: `Top 8 subnets ≈ 53.1% of emission, top 16 ≈ 76.3%, top 32 ≈ 97.2%, top 48 ≈ 99.7%; only 35 subnets get at least 10 TAO a day. ${BRIEF} High confidence (chain data).`,
  },
  'subnet-slots-2026': {
    short: 'Research brief [B] §3.2: 128 slots, all full (2026-10-08)',
    detail: `128 subnet slots, all full; 125 eligible for emission and 99 with a positive burn-adjusted share. A raise to 256 slots was dropped from runtime v440. ${BRIEF} High confidence.`,
  },
  'subnet-prunes-2026': {
    short: 'Research brief [B] §4.4: 52 prunes, Oct 2025 – Oct 2026',
    detail: `52 subnets pruned from 2025-10-19 to 2026-10-04, about one every 6–8 days, each forced by a new registration into a full slot; median lifespan of a pruned subnet 317 days. ${BRIEF} High confidence.`,
  },
  'chutes-coverage-2026': {
    short: 'derived: Chutes’ revenue ≈ a sixth of its emission’s value',
    detail: 'SN64 (Chutes) received 329 TAO a day on 2026-10-08 ([B] §3.2), ≈$32.2M a year at $268.37; its latest revenue found is $5.5M annualised (tao.media, late 2025), so coverage ≈ 0.17. The revenue figure is stale; low–medium confidence in the ratio.',
  },
  'inference-subnets-revenue': {
    short: 'unsupervised.capital; research brief [B] §3.2',
    detail: 'Chutes, Targon and Lium together: $20M combined annual recurring revenue (unsupervised.capital, about Q3 2025) against 1,044 TAO a day of emission on 2026-10-08, ≈$102M a year at $268.37 (derived). Coverage ≈ 0.20, with the two dates a year apart.',
  },
  'helium-2025q4': {
    short: 'Messari, State of Helium Q4 2025 (via wiki.hearn.me)',
    detail: 'About $11.0M annualised revenue excluding discretionary burns (Dec 2025 run-rate $22.4M); Data Credit burns $56,760 a day in Q4 2025; 7.5M HNT a year of emission after the Aug 2025 halving; burns beat emissions during the buy-and-burn trial (Aug 2025 – 2026-01-02). Medium confidence.',
  },
  'render-2026': {
    short: 'mrnasdog.com: Render burns vs releases, to 2026-06-28',
    detail: 'About 0.36M RENDER burned for jobs over the 90 days to 2026-06-28, against about 0.35M released to market in the same window; the year-3 authorisation is 5.9M RENDER (RNP-022). Low confidence.',
  },
  'akash-2026q1': {
    short: 'Messari via tokenpost (2026-05-15): Akash Q1 2026',
    detail: 'Protocol lease revenue of $253K in Q1 2026; inflation 4–8% a year since Mar 2025; burn-mint equilibrium live 2026-03-23. No USD emission figure found. Medium confidence.',
  },
  'filecoin-2025q3': {
    short: 'Messari, State of Filecoin Q3 2025',
    detail: 'Network fees of $793K in Q3 2025, 99.5% of them penalties (base fees about zero). The USD value of block rewards was not found. Medium confidence.',
  },
  'sec-ionet-2026': {
    short: 'CoinDesk Research (commissioned by io.net); docs.io.net',
    detail: 'An $8M enterprise contract (≈$650K a month) and more than $20M of cumulative leases (company claim); since 2026-06-11 IO is minted only to meet USD supplier payouts, with at least half of any surplus burned. Annual revenue not found. Low–medium confidence.',
  },
  'openrouter-take-2026': {
    short: 'OpenRouter FAQ: 5.5% card fee, 5% crypto (2026)',
    detail: 'OpenRouter charges a 5.5% fee on card purchases ($0.80 minimum), 5% on crypto, and 5% on bring-your-own-key use past 1M requests a month; providers’ prices pass through. It has no token and no emissions. High confidence.',
    url: 'https://openrouter.ai/docs/faq',
  },
  'openrouter-volume-2026': {
    short: 'OpenRouter Series B release (2026-05-26)',
    detail: '25T tokens a week (about 3.6T a day), 8M+ developers, 400+ models; $113M Series B at about $1.3B. Medium confidence (release as quoted by getnadir.com).',
  },
};
