// Citations used by the weight-rent model alone (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_WEIGHT_RENT: Record<string, Source> = {
  'chutes-taomedia': {
    short: 'tao.media, Chutes investors’ guide (late 2025)',
    detail: 'Chutes (SN64) after monetization: about 120B tokens/day, $5.5M annualized revenue, about $54k/day of TAO emissions falling to about $27k after the halving, 50+ models. Ecosystem media, medium confidence.',
    url: 'https://tao.media/the-investors-guide-to-chutes-bittensors-inference-layer',
  },
  'open-model-market': {
    short: 'derived: open-model traffic ≈ 1T tokens/day',
    detail: 'About 1T tokens/day across OpenRouter’s providers in late 2025 (tao.media; a16z: “>1T tokens/day”, Nov 2025). In May 2026 OpenRouter served 25T tokens/week (≈ 3.6T/day), of which open-weight models carried about 30% (Dec 2025 mix): ≈ 1.07T/day. Hosts outside OpenRouter add an unknown amount; the plausible range runs to 1.5T/day. Medium–low confidence.',
    url: 'https://a16z.com/state-of-ai/',
  },
  'derived-weight-premium': {
    short: 'derived: DeepSeek first-party minus Chutes, blended',
    detail: 'Blended 3:1 input:output. DeepSeek-V3 first-party $0.27/$1.10 (until 5 Sep 2025) = $0.4775 minus Chutes’ $0.27/$0.27 for the same model = $0.2075 per 1M: what owning the weights let the originator charge above the cheapest host. Range: V3.2 ($0.28/$0.42 = $0.315, from 29 Sep 2025) keeps $0.045; V3 at $0.56/$1.68 (5–29 Sep 2025) = $0.84 keeps $0.57. In 2026 DeepSeek’s own V4-Pro price ($1.98 blended at peak) is below Fireworks’ ($2.18).',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  'epoch-gap-2025': {
    short: 'Epoch AI, open vs closed gap (30 Oct 2025)',
    detail: 'Open-weights models trail closed ones by 3.5 months on average (90% CI 1.1–5.3), about 7 ECI points.',
    url: 'https://epoch.ai/data-insights/open-weights-vs-closed-weights-models',
  },
  'epoch-gap-2026': {
    short: 'Epoch AI, open vs closed gap (29 May 2026)',
    detail: 'Open-weights models trailed closed ones by 4 months, about 8 ECI points, in Jan–May 2026.',
    url: 'https://epoch.ai/data-insights/open-closed-eci-gap',
  },
  'lab-release-cadence': {
    short: 'derived: how often open-model labs re-release',
    detail: 'DeepSeek shipped V3-0324 (Mar 2025), R1-0528 (May 2025), V3.1 (Sep 2025 pricing) and V3.2 (29 Sep 2025), then V4-Flash, V4-Pro, V4-Pro-0813 and V4.1-Flash in 2026: a release every 1–4 months. Nous went from Hermes 4 (Aug 2025) to Hermes 4.3 (Dec 2025), 4 months. Range 2–12 months; medium confidence.',
  },
  'derived-chutes-take': {
    short: 'derived: Chutes revenue per token',
    detail: '$5.5M / (120B tokens/day × 365) ≈ $0.126 per 1M tokens (facts §1d, from tao.media), a blended average over every model served. Range: $4.3M ARR (unsupervised.capital, 2025) gives $0.098; the 25% of traffic that was sponsored, if paid, $0.168. Medium confidence.',
  },
  'derived-chutes-share': {
    short: 'derived: Chutes share of open-model traffic',
    detail: '120B tokens/day (Chutes, tao.media) / about 1T tokens/day of open-model traffic ≈ 0.12 (facts §1d). Range: 120B of 1.5T (0.08) to Chutes’ 160B/day peak of 1T (0.16). Low confidence.',
  },
  'chutes-emission-2026': {
    short: 'Chutes’ emission, 8 Oct 2026',
    detail: 'SN64 receives 329 TAO/day (9.1% of 3,600), rank 2; at $268.37 that is ≈ $88k/day, ≈ $2.69M a month (derived). Range: the same TAO at the Feb 2026 low of $150.35 ($1.5M a month) to $300 ($3.0M). Under Taoflow (Apr 2026) SN64’s emission fell to $0 for a time.',
  },
  'derived-next-halving': {
    short: 'derived: next halving ≈ end of 2029',
    detail: 'TotalIssuance ≈ 11.5976M TAO on 8 Oct 2026; the 15.75M threshold is ≈ 1,150 days away (≈ 38 months) at 3,600 TAO/day, roughly end of 2029. Recycling of registration fees delays it (facts-2026h2 §1). Medium confidence on the date.',
    url: 'https://docs.taostats.io/docs/tao-emission',
  },
  'tao-price-2026': {
    short: 'TAO price path, 2025–26',
    detail: '$538 (1 Nov 2025) → $150.35 (12 Feb 2026, −72%) → $268.37 (8 Oct 2026, +78%); realised volatility ≈ 72.5% a year (facts-2026h2 §2a). A drift of ±3% a month sustained for five years (×0.16 to ×5.9) spans the plausible range; the 2025–26 swings were faster but reversed.',
  },
  'openrouter-fee': {
    short: 'OpenRouter fees (2026)',
    detail: 'OpenRouter passes provider prices through and keeps a 5.5% card fee (5% crypto; 5% BYOK past 1M requests a month). On a $0.3 blended open-model price that is about $0.02 per 1M tokens: what a tokenless coordinator keeps.',
    url: 'https://openrouter.ai/docs/faq',
  },
  'epoch-gap-2024': {
    short: 'Epoch AI, open models report (4 Nov 2024)',
    detail: 'Open models trailed closed ones by about 1 year (5–22 months on benchmarks) in 2024.',
    url: 'https://epoch.ai/blog/open-models-report',
  },
  'subsidy-exceeds-revenue': {
    short: 'derived: subsidy exceeds revenue at the largest inference subnet',
    detail: 'About $0.45 of emissions per 1M tokens vs about $0.13 of revenue at Chutes before the halving (facts §1d). On 8 Oct 2026 SN64 received 329 TAO/day, ≈ $32M a year at $268.37, against $5.5M of annualised revenue (late 2025): coverage ≈ 0.17 (facts-2026h2 §2c). Chutes says revenue covers 30–40% of expenses (Novelty Search, early 2026, self-reported).',
  },
};
