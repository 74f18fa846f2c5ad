// Citations used by the routing model alone (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_ROUTING: Record<string, Source> = {
  'aa-405b': {
    short: 'Artificial Analysis, Llama 3.1 405B providers',
    detail: 'Lowest blended price $2.40 (AWS Bedrock standard); TTFT 2.0–2.5 s; 29–74 output tokens/s (Azure 29.4). Medium–high confidence.',
    url: 'https://artificialanalysis.ai/models/llama-3-1-instruct-405b/providers',
  },
  'mlenergy-v3': {
    short: 'ML.ENERGY leaderboard v3.0 (Dec 2025)',
    detail: 'Llama 3.1 8B: 0.12 J/token on H100 (batch 64, vLLM 0.11.1), down from 0.20 J in v2.0.',
    url: 'https://ml.energy/blog/measurement/energy/llm-inference-energy-a-longitudinal-analysis',
  },
  'predibase-ft': {
    short: 'Predibase fine-tuning index',
    detail: 'LoRA fine-tunes cost under $8 per adapter on average (2024).',
    url: 'https://predibase.com/fine-tuning-index',
  },
  'glm46-price': {
    short: 'GLM-4.6 list price',
    detail: '$0.60/$2.20 per 1M (public provider config, Oct 2025); ZenMux tier $0.35/$1.54. Medium confidence.',
  },
  'derived-moe-gap': {
    short: 'derived: MoE price ratios vs an 8B model',
    detail: 'Blended price vs Llama 3.1 8B at $0.035: 405B dense 69×, GLM-4.6 29×, DeepSeek V3 (early 2025) 14×, DeepSeek V3.2 9×, Chutes DeepSeek-V3 7.7× (facts, Claim 4).',
  },
};
