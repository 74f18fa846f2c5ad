// Citations used by more than one claim model (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_SHARED: Record<string, Source> = {
  'llama3-hosting': {
    short: 'Llama 3 hosted “within hours”',
    detail: 'Llama 3 ran on Ollama, llama.cpp, HF, Groq, Together and Replicate within hours of release (Apr 2024). Low confidence.',
  },
  'covenant-exit': {
    short: 'Covenant AI leaves Bittensor (10 Apr 2026)',
    detail: 'Templar (SN3), Basilica (SN39) and Grail (SN81) left Bittensor with their people, research and open models, alleging “decentralization theatre”; Covenant sold about 37,000 TAO and TAO fell about 20% that day (low $253, about $263 after; earlier reports said $340 → $250–286). The exit is documented (medium–high); the allegations are disputed. 10 Apr 2026 is week 17 after the first halving.',
    url: 'https://aioka.io/blog/bittensor-tao-2026-governance-crisis',
  },
  'hashrate-buyback': {
    short: 'Hash Rate Brief #1 (20 Jul 2025)',
    detail: '“All revenue … goes back to buy back their alpha token” (Chutes). A project claim, low confidence.',
  },
  'belcak-slm': {
    short: 'Belcak et al., “Small Language Models are the Future of Agentic AI” (NVIDIA, 2025)',
    detail: 'A position paper. Share of LLM calls an SLM could handle (authors’ estimates): MetaGPT about 60%, Open Operator about 40%, Cradle about 70% (App. B). A 7B SLM is 10–30× cheaper than a 70–175B LLM in latency, energy and FLOPs (§3). LLM API serving market $5.6B in 2024 vs $57B of hosting infrastructure (§1).',
    url: 'https://arxiv.org/abs/2506.02153',
  },
};
