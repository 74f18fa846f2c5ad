// Citations used by more than one claim model (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_SHARED: Record<string, Source> = {
  'chutes-prices': {
    short: 'Chutes prices (lava gateway docs)',
    detail: 'DeepSeek-V3-0324 $0.27/$0.27; DeepSeek-R1-0528 $0.27/$0.27; Qwen3-14B $0.03/$0.03 per 1M tokens (~2025). Medium confidence.',
  },
  'llama3-hosting': {
    short: 'Llama 3 hosted “within hours”',
    detail: 'Llama 3 ran on Ollama, llama.cpp, HF, Groq, Together and Replicate within hours of release (Apr 2024). Low confidence.',
  },
  'verdict-rule': {
    short: 'verdict rule of the research notes',
    detail: 'The threshold the research notes propose for this claim’s verdict (facts.md, Model proposals). A judgment, not a measurement: move it.',
  },
  'covenant-exit': {
    short: 'Covenant AI leaves Bittensor (10 Apr 2026)',
    detail: 'Templar (SN3), Basilica (SN39) and Grail (SN81) left Bittensor with their people, research and open models, alleging “decentralization theatre”; Covenant sold about 37,000 TAO and TAO fell from about $340 to $250–286. The exit is documented (medium–high); the allegations are disputed. 10 Apr 2026 is week 17 after the first halving.',
    url: 'https://aioka.io/blog/bittensor-tao-2026-governance-crisis',
  },
  'synthos-tao': {
    short: 'Synthos Research, TAO (4 Jul 2026)',
    detail: 'TAO $218.09, market cap $2.30B, FDV $5.04B, float 46% of FDV. Medium confidence.',
    url: 'https://research.synthosresearch.com/crypto/TAO.html',
  },
  'taodaily-sell': {
    short: 'taodaily.io, Chutes emissions article',
    detail: 'Miner sell pressure about 30% of emission outflows. One source, low confidence.',
  },
  'hashrate-buyback': {
    short: 'Hash Rate Brief #1 (20 Jul 2025)',
    detail: '“All revenue … goes back to buy back their alpha token” (Chutes). A project claim, low confidence.',
  },
  'cloudprice-8b': {
    short: 'cloudprice.net, Llama 3.1 8B Instruct',
    detail: 'DeepInfra $0.03/$0.05 per 1M; TTFT about 0.49 s (2026 snapshot). Medium confidence.',
  },
  'moe-active-params': {
    short: 'Active vs total parameters of MoE models',
    detail: 'DeepSeek-V3 671B total / 37B active; GLM-4.6 355B / 32B. Per-token compute scales with active parameters, the memory floor with total (nebelwolfi.xyz; clarifai.com).',
  },
  'belcak-slm': {
    short: 'Belcak et al., “Small Language Models are the Future of Agentic AI” (NVIDIA, 2025)',
    detail: 'A position paper. Share of LLM calls an SLM could handle (authors’ estimates): MetaGPT about 60%, Open Operator about 40%, Cradle about 70% (App. B). A 7B SLM is 10–30× cheaper than a 70–175B LLM in latency, energy and FLOPs (§3). LLM API serving market $5.6B in 2024 vs $57B of hosting infrastructure (§1).',
    url: 'https://arxiv.org/abs/2506.02153',
  },
  'deepseek-pricing': {
    short: 'DeepSeek API pricing',
    detail: 'DeepSeek-V3 $0.27/$1.10 per 1M until 5 Sep 2025; $0.56/$1.68 from 5 Sep 2025; V3.2 $0.28/$0.42 (cache miss) from 29 Sep 2025.',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
};
