// Citations used by the routing model alone (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_ROUTING: Record<string, Source> = {
  'rt-slm-prices-2026': {
    short: 'Small-model prices, 2026',
    detail: 'Per 1M input/output tokens: Llama 3.1 8B at DeepInfra $0.02/$0.03 (helicone.ai) and Together $0.18/$0.18 (getmaxim.ai); on AWS Bedrock (price cache of 3 Sep 2026) Gemma 3 4B $0.04/$0.08 and gpt-oss-20b $0.07/$0.30. Medium (aggregators) to high (Bedrock) confidence.',
    url: 'https://www.helicone.ai/model/llama-3.1-8b-instruct-turbo',
  },
  'rt-deepseek-v4-pro': {
    short: 'DeepSeek V4-Pro prices (Oct 2026)',
    detail: 'First-party, per 1M input/output tokens as of 27 Oct 2026: $1.32/$3.96 at peak, $0.66/$1.98 off-peak (peak/off-peak billing since 16 Aug 2026); Fireworks $1.74/$3.48. About 44–88× an 8B model’s blended price. Medium confidence.',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  'rt-open-frontier-prices': {
    short: 'Frontier-class open models’ prices, late 2026',
    detail: 'Per 1M input/output tokens: Mistral Large 3 (675B) on Bedrock $0.50/$1.50; DeepSeek-V3.1 on Bedrock $0.58/$1.68; DeepSeek V4-Pro $0.66/$1.98 (off-peak) to $1.74/$3.48 (Fireworks); Kimi K2.6 on Fireworks $0.95/$4.00; GLM 5.1 on Fireworks $1.40/$4.40. The gap to an 8B model has widened since 2025 (DeepSeek V3.2 was 9–14×). High (Bedrock) and medium (Fireworks) confidence.',
    url: 'https://docs.fireworks.ai/serverless/pricing',
  },
  'rt-open-moe-sizes': {
    short: 'Sizes of large open mixture-of-experts models',
    detail: 'Total / active parameters: Qwen3-235B-A22B 235B / 22B; GLM-4.6 355B / 32B; DeepSeek-V3 671B / 37B; Mistral Large 3 675B in total. Per-token compute follows the active parameters, the memory floor the total.',
  },
  'rt-routing-share': {
    short: 'How many agent calls small models take',
    detail: 'Belcak et al. estimate 40–70% of an agent’s LLM calls could go to a small model (MetaGPT 60%, Open Operator 40%, Cradle 70%; the authors’ estimates). HERA moved 45.67% of agent subtasks to a local small model (Apr 2025). SALE cut the largest agent’s use by 53% (2026). Vendors report 80–90% of queries routed to small models (low confidence).',
    url: 'https://arxiv.org/abs/2506.02153',
  },
  agentfloor: {
    short: 'AgentFloor (arXiv 2605.00334, May 2026)',
    detail: '16 open models (0.27–32B) against GPT-5 over 16,542 scored agent runs. The best open model (gemma4:26b) matches GPT-5 in aggregate; open models lead on instruction following without tools and tie on single tool use; GPT-5 leads on long-horizon planning, where neither is reliable. High confidence (preprint).',
    url: 'https://arxiv.org/abs/2605.00334',
  },
  'sale-agents': {
    short: 'SALE (ICML 2026, arXiv 2602.02751)',
    detail: 'Qwen3 agents of 4B–32B. The smallest reaches 87–92% of the largest’s pass@1 on simple tasks but 17–25% on tasks of about an hour. SALE cuts use of the largest agent by 53% and cost by 35%, with pass@1 at least the largest’s; derived: the largest agent still takes about 72% of the spend (0.47 ÷ 0.65). High confidence.',
    url: 'https://arxiv.org/abs/2602.02751',
  },
  'rt-vendor-routing': {
    short: 'Routing vendors’ claims (2026)',
    detail: '“80–90% of queries to small models, −70–85% cost” (vendor blogs: syncsoft.ai, jangwook.net). Marketing, low confidence.',
  },
  'rt-chutes-share': {
    short: 'derived: Bittensor’s share of open-model traffic',
    detail: 'Chutes (SN64) served about 120B tokens/day against about 1T/day of open-model traffic on OpenRouter in late 2025: about 0.12 (low confidence). No 2026 Chutes volume was found; on OpenRouter ~7B models see little use and large open mixture-of-experts models carry the open-weight share (a16z/OpenRouter, Dec 2025).',
    url: 'https://tao.media/the-investors-guide-to-chutes-bittensors-inference-layer',
  },
  'mlenergy-v3': {
    short: 'ML.ENERGY leaderboard v3.0 (Dec 2025)',
    detail: 'Llama 3.1 8B: 0.12 J/token on H100 (batch 64, vLLM 0.11.1), down from 0.20 J in v2.0; task type swings energy up to 25×, GPU utilization 3–5×.',
    url: 'https://ml.energy/blog/measurement/energy/llm-inference-energy-a-longitudinal-analysis',
  },
  'predibase-ft': {
    short: 'Predibase fine-tuning index',
    detail: 'LoRA fine-tunes cost under $8 per adapter on average (2024).',
    url: 'https://predibase.com/fine-tuning-index',
  },
  'derived-moe-gap': {
    short: 'derived: large open models’ price vs an 8B model',
    detail: 'Blended price (3:1) ÷ Llama 3.1 8B’s. In 2025: Llama 3.1 405B 69×, GLM-4.6 29×, DeepSeek V3.2 9×, Chutes’ DeepSeek-V3 7.7× (8B at $0.035). Late 2026 (8B at $0.0225): gpt-oss-120b 12×, Mistral Large 3 33×, DeepSeek V4-Pro 44× off-peak and 88× at peak, GLM 5.1 96×. The gap widened again.',
  },
  'chutes-prices': {
    short: 'Chutes prices (lava gateway docs)',
    detail: 'DeepSeek-V3-0324 $0.27/$0.27; DeepSeek-R1-0528 $0.27/$0.27; Qwen3-14B $0.03/$0.03 per 1M tokens (~2025). Medium confidence.',
  },
  'verdict-rule': {
    short: 'verdict rule of the research notes',
    detail: 'The threshold the research notes propose for this claim’s verdict (facts.md, Model proposals). A judgment, not a measurement: move it.',
  },
  'moe-active-params': {
    short: 'Active vs total parameters of MoE models',
    detail: 'DeepSeek-V3 671B total / 37B active; GLM-4.6 355B / 32B. Per-token compute scales with active parameters, the memory floor with total (nebelwolfi.xyz; clarifai.com).',
  },
};
