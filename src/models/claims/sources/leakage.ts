// Citations used by the leakage model alone (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_LEAKAGE: Record<string, Source> = {
  'deepseek-v4-prices': {
    short: 'DeepSeek API pricing, V4-Pro (late 2026)',
    detail: 'V4-Pro first-party from 27 Oct 2026: $1.32/$3.96 per 1M at peak hours, $0.66/$1.98 off-peak (peak/off-peak billing since 16 Aug 2026); 3:1 blends $1.98 and $0.99. The default $1.485 is an even mix of the two (the mix is our assumption). The V4-Pro page of 13 Aug 2026 listed $0.435/$0.87 ($0.54 blended). Medium–high confidence (facts refresh, late 2026).',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  'fireworks-v4-pro': {
    short: 'Fireworks serverless pricing (2026)',
    detail: 'DeepSeek V4-Pro $1.74/$3.48 per 1M, $2.175 blended 3:1; the DeepSeek V3 family $0.56/$1.68 ($0.84), as Bedrock’s V3.1 ($0.58/$1.68). The plausible range reaches down to $0.90 for cheaper centralized hosts: Fireworks’ price scaled by a gateway listing’s discount on the same V3 model ($0.35 against $0.84; one listing, low confidence). Medium confidence.',
    url: 'https://docs.fireworks.ai/serverless/pricing',
  },
  'derived-subnet-price': {
    short: 'derived: a subnet’s price for V4-Pro',
    detail: 'No subnet price for V4-Pro was found. Chutes charged $0.27/$0.27 for DeepSeek-V3 where Fireworks charges $0.84 blended, 0.32 times as much; 0.32 × $2.175 ≈ $0.70. The plausible range runs from $0.33 (Chutes’ promotional “85% less than elsewhere”) to $1.44 ($0.70 plus the whole 2026 emission subsidy per token: the price with no emissions passed on). Low confidence.',
  },
  'derived-subsidy-2026': {
    short: 'derived: Chutes’ emission subsidy per token, Oct 2026',
    detail: 'SN64 receives 329 TAO/day (8 Oct 2026); at $268.37 per TAO that is about $88k/day, over about 120B tokens/day (late 2025, the latest volume found) about $0.74 per 1M tokens. At TAO’s Feb 2026 low ($150) and the 160B/day peak volume it is about $0.31. Spread evenly over tokens, an assumption.',
  },
  'sn64-emissions-zero': {
    short: 'Chutes’ emissions fell to $0/day (Apr 2026)',
    detail: 'Under the Taoflow emission rule SN64 (Chutes) and SN4 (Targon) fell to $0/day in April 2026 while 67 of 128 subnets burned ≥99% of miner incentive; the rule that followed restored SN64 to rank 2. Low confidence for April (FalconX via a research brief), high for October.',
  },
  'openrouter-routing': {
    short: 'OpenRouter provider routing (docs)',
    detail: 'By default OpenRouter load-balances a model’s requests across its providers, choosing among the lowest-cost ones “weighted by inverse square of the price”: a price exponent of 2 among hosts of the same weights. Buyers who pick the cheapest host themselves compare more sharply; the range up to 4 is ours.',
    url: 'https://openrouter.ai/docs/guides/routing/provider-selection',
  },
  'derived-deepseek-blend': {
    short: 'derived: DeepSeek first-party, blended',
    detail: '3:1 input:output blend of $0.27/$1.10 (Feb–Sep 2025) = $0.48 per 1M; V3.2’s $0.28/$0.42 (from 29 Sep 2025) blends to $0.315. With Chutes’ $0.27 and Fireworks’ $0.84 for the same family, the 2025 prices.',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
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
