// Citations used by the leakage model alone (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_LEAKAGE: Record<string, Source> = {
  'derived-deepseek-blend': {
    short: 'derived: DeepSeek first-party, blended',
    detail: '3:1 input:output blend of $0.27/$1.10 (Feb–Sep 2025) = $0.48 per 1M; V3.2’s $0.28/$0.42 blends to $0.315.',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  'elliotgate-listing': {
    short: 'elliotgate gateway listing',
    detail: 'A centralized host’s blended price for the same open model, about $0.35 per 1M. One listing, low confidence.',
  },
  'derived-subsidy-per-token': {
    short: 'derived: Chutes subsidy per token after the halving',
    detail: '$27k/day of emissions / 120B tokens/day ≈ $0.225 per 1M tokens (about $0.45 before the halving), at a constant TAO price (facts §1d).',
  },
  'hf-derivatives': {
    short: 'Hugging Face, “one year since the DeepSeek moment”',
    detail: 'Derived models per base family (data mid-2025, published 3 Feb 2026): Qwen >113,000, Llama about 27,000, DeepSeek about 6,000.',
    url: 'https://huggingface.co/blog/huggingface/one-year-since-the-deepseek-moment-blog-3',
  },
  'sentient-fingerprints': {
    short: 'Sentient + UW, scalable fingerprinting (NeurIPS 2025)',
    detail: '24,576 fingerprints embedded in Llama-3.1-8B with no utility loss; they persist after fine-tuning. The strength of enforcement it buys (α_F = 1.5) is an assumption.',
    url: 'https://arxiv.org/abs/2502.07760',
  },
  'llama-licence': {
    short: 'Llama licence: 700M MAU limit',
    detail: 'The Llama licence restricts use above 700M monthly active users (benchgecko.ai glossary). Medium confidence.',
  },
};
