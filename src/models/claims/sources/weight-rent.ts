// Citations used by the weight-rent model alone (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_WEIGHT_RENT: Record<string, Source> = {
  'chutes-taomedia': {
    short: 'tao.media, Chutes investors’ guide (late 2025)',
    detail: 'Chutes (SN64) after monetization: about 120B tokens/day, $5.5M annualized revenue, about $54k/day of TAO emissions falling to about $27k after the halving, 50+ models. Ecosystem media, medium confidence.',
    url: 'https://tao.media/the-investors-guide-to-chutes-bittensors-inference-layer',
  },
  'derived-weight-premium': {
    short: 'derived: DeepSeek first-party minus Chutes',
    detail: 'DeepSeek-V3 first-party output price $1.10 per 1M (until 5 Sep 2025) minus Chutes’ $0.27 for the same model = $0.83 per 1M: what owning the weights let the originator charge above the cheapest host.',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  'epoch-gap-2025': {
    short: 'Epoch AI, open vs closed gap (30 Oct 2025)',
    detail: 'Open-weights models trail closed ones by 3.5 months on average (90% CI 1.1–5.3), about 7 ECI points; 4 months in Jan–May 2026.',
    url: 'https://epoch.ai/data-insights/open-weights-vs-closed-weights-models',
  },
  'derived-chutes-take': {
    short: 'derived: Chutes revenue per token',
    detail: '$5.5M / (120B tokens/day × 365) ≈ $0.126 per 1M tokens (facts §1d, from tao.media). Medium confidence.',
  },
  'derived-chutes-share': {
    short: 'derived: Chutes share of open-model traffic',
    detail: '120B tokens/day (Chutes, tao.media) / about 1T tokens/day across OpenRouter’s providers ≈ 0.12 (facts §1d). Low confidence.',
  },
  'derived-next-halving': {
    short: 'derived: next halving ≈ late 2029',
    detail: '(15.75M − 10.5M TAO) / (3,600 TAO/day × 365) ≈ 4.0 years after the first halving (14–15 Dec 2025), ignoring recycling, which delays it (facts §1a; market spec §a).',
    url: 'https://docs.taostats.io/docs/tao-emission',
  },
  'epoch-gap-2024': {
    short: 'Epoch AI, open models report (4 Nov 2024)',
    detail: 'Open models trailed closed ones by about 1 year (5–22 months on benchmarks) in 2024.',
    url: 'https://epoch.ai/blog/open-models-report',
  },
  'subsidy-exceeds-revenue': {
    short: 'derived: subsidy exceeds revenue at the largest inference subnet',
    detail: 'About $0.45 of emissions per 1M tokens vs about $0.13 of revenue at Chutes before the halving (facts §1d); Chutes says revenue covers 30–40% of expenses (Novelty Search, early 2026, self-reported).',
  },
};
