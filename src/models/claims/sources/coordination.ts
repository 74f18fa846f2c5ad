// Citations used by the coordination model alone (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_COORDINATION: Record<string, Source> = {
  'openrouter-providers': {
    short: 'tao.media: OpenRouter routes across 60+ providers',
    detail: 'Breadth of open-model inference supply, late 2025: 60+ providers behind one router, most of them centralized hosts selling the same open models. Low–medium confidence.',
    url: 'https://tao.media/the-investors-guide-to-chutes-bittensors-inference-layer',
  },
  'co-openrouter-take': {
    short: 'OpenRouter FAQ: a 5–5.5% fee on top of provider prices (2026)',
    detail: 'OpenRouter passes provider prices through and charges 5.5% on card purchases ($0.80 minimum), 5% on crypto, and 5% on bring-your-own-key use past 1M requests a month: a tokenless coordinator keeps about 5–5.5% of the spend it routes. High confidence (facts-2026h2 §2(e)).',
    url: 'https://openrouter.ai/docs/faq',
  },
  'co-network-revenue': {
    short: 'Chutes revenue and the base rates of emission-subsidised networks',
    detail: 'Chutes (SN64), the largest inference subnet: $5.5M annualized revenue (tao.media, late 2025) or $4.3M ARR (unsupervised.capital, 2025), about 0.08–0.1% of the $5.6B model-API market. Revenue ÷ emissions elsewhere (facts-2026h2 §2(d)): Helium ≈ 1 while burns beat emissions, Render ≈ 1 against released tokens (≈ 0.25 against authorised), Akash and Filecoin ≪ 1; Chutes ≈ 0.17 (§2(c)). The plausible share runs from Chutes’ $4.3M to revenue as large as its emissions (about $32M a year), the best these networks have reached.',
    url: 'https://tao.media/the-investors-guide-to-chutes-bittensors-inference-layer',
  },
  'co-subnet-emission': {
    short: 'Subnet emissions on 2026-10-08 (chain read)',
    detail: 'SN64 Chutes 329 TAO/day (9.1% of 3,600), SN51 Lium 472, SN4 Targon 243: the three largest compute subnets. Emission shares have moved with each rule change (Chutes fell to $0/day under Taoflow in April 2026, then returned to rank 2). High confidence for the TAO amounts (facts-2026h2 §1, §2(c), source [B] §3.2).',
  },
  'co-sell-share': {
    short: 'Who is paid the emissions, and who sells (2026-10-08)',
    detail: 'Each subnet mints 7,200 alpha a day: 41% to miners, 41% to validators (and their delegators), 18% to the owner. Miners have hardware bills in dollars, so 41% is the default share sold. The range runs from 26% (the 936 of 3,600 TAO/day of root dividends sold before 3 Aug 2026, the one sale measured; they now accrue in validator baskets) to 59% (miners and owner sell all). Of the 3,600 TAO/day, about 1,131 are injected into pools and 2,468 spent on chain buys. The earlier “about 30%” was a share of outflows, not of emissions. Facts-2026h2 §1, §2(c), source [B].',
  },
  'co-tao-price': {
    short: 'TAO price in 2026: $150.35 (12 Feb low) to $268.37 (8 Oct)',
    detail: 'Lowest 2026 print found $150.35 on 12 Feb (coinstats); latest found $268.37 on 8 Oct 2026 (source [B] §7). Realised volatility about 72.5% a year. Medium confidence (facts-2026h2 §2(a)).',
  },
  'taostats-emission': {
    short: 'Taostats docs, TAO emission',
    detail: '0.5 TAO per 12 s block since the first halving on 15 Dec 2025: about 3,600 TAO/day. Halvings are triggered by issuance (10.5M, 15.75M, …), not block height; the next, at 15.75M, is roughly at the end of 2029 (facts-2026h2 §1).',
    url: 'https://docs.taostats.io/docs/tao-emission',
  },
  'amazon-q4-2024': {
    short: 'Amazon Q4 2024 results',
    detail: 'AWS Q4 2024: $28.8B revenue, $10.6B operating income, a 36.8% operating margin (derived); FY2024 revenue $107.6B.',
  },
  'low-float': {
    short: 'Synthos Research: float 46% of FDV (4 Jul 2026)',
    detail: 'Market cap $2.30B against an FDV of $5.04B: most of TAO’s supply is still to be issued, so token holders face dilution ahead.',
    url: 'https://research.synthosresearch.com/crypto/TAO.html',
  },
};
