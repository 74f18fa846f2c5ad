// Citations for the claim models' defaults, presets and counter-evidence, from /work/shared/facts.md
// (compiled 2026-11-25 from stored copies of public pages; live numbers will have moved). Keys are
// referenced by the schemas' `source`; 'assumption' and 'essay' live in src/content/sources-base.ts.
import { SOURCES_BASE, type Source } from '../../content/sources-base';

export const CLAIM_SOURCES: Record<string, Source> = {
  // --- Bittensor and Chutes ----------------------------------------------------------------------
  'chutes-taomedia': {
    short: 'tao.media, Chutes investors’ guide (late 2025)',
    detail: 'Chutes (SN64) after monetization: about 120B tokens/day, $5.5M annualized revenue, about $54k/day of TAO emissions falling to about $27k after the halving, 50+ models. Ecosystem media, medium confidence.',
    url: 'https://tao.media/the-investors-guide-to-chutes-bittensors-inference-layer',
  },
  'derived-chutes-take': {
    short: 'derived: Chutes revenue per token',
    detail: '$5.5M / (120B tokens/day × 365) ≈ $0.126 per 1M tokens (facts §1d, from tao.media). Medium confidence.',
  },
  'derived-chutes-share': {
    short: 'derived: Chutes share of open-model traffic',
    detail: '120B tokens/day (Chutes, tao.media) / about 1T tokens/day across OpenRouter’s providers ≈ 0.12 (facts §1d). Low confidence.',
  },
  'derived-weight-premium': {
    short: 'derived: DeepSeek first-party minus Chutes',
    detail: 'DeepSeek-V3 first-party output price $1.10 per 1M (until 5 Sep 2025) minus Chutes’ $0.27 for the same model = $0.83 per 1M: what owning the weights let the originator charge above the cheapest host.',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  'derived-next-halving': {
    short: 'derived: next halving ≈ late 2029',
    detail: '(15.75M − 10.5M TAO) / (3,600 TAO/day × 365) ≈ 4.0 years after the first halving (14–15 Dec 2025), ignoring recycling, which delays it (facts §1a; market spec §a).',
    url: 'https://docs.taostats.io/docs/tao-emission',
  },
  'derived-subsidy-per-token': {
    short: 'derived: Chutes subsidy per token after the halving',
    detail: '$27k/day of emissions / 120B tokens/day ≈ $0.225 per 1M tokens (about $0.45 before the halving), at a constant TAO price (facts §1d).',
  },
  'taostats-emission': {
    short: 'Taostats docs, TAO emission',
    detail: '0.5 TAO per 12 s block since the first halving in December 2025: about 3,600 TAO/day. Halvings are triggered by issuance (10.5M, 15.75M, …), not block height.',
    url: 'https://docs.taostats.io/docs/tao-emission',
  },
  'synthos-tao': {
    short: 'Synthos Research, TAO (4 Jul 2026)',
    detail: 'TAO $218.09, market cap $2.30B, FDV $5.04B, float 46% of FDV. Medium confidence.',
    url: 'https://research.synthosresearch.com/crypto/TAO.html',
  },
  'dtao-split': {
    short: 'dTAO emission split (Bittensor docs)',
    detail: 'Each subnet’s alpha emission goes 18% to the owner (SubnetOwnerCut = 11,796/65,535), then half of the rest to miners and half to validators and stakers: μ = (1 − 0.18)/2 = 0.41. Bittensor docs dTAO FAQ; gt-io learn course; market spec §e.',
  },
  'taodaily-sell': {
    short: 'taodaily.io, Chutes emissions article',
    detail: 'Miner sell pressure about 30% of emission outflows. One source, low confidence.',
  },
  'hashrate-buyback': {
    short: 'Hash Rate Brief #1 (20 Jul 2025)',
    detail: '“All revenue … goes back to buy back their alpha token” (Chutes). A project claim, low confidence.',
  },
  'openrouter-volume': {
    short: 'tao.media: OpenRouter ≈ 1T tokens/day',
    detail: 'About 1T tokens/day across 60+ providers (late 2025), used as a proxy for the open-model market: 7 × 10¹² tokens/week. Low–medium confidence.',
    url: 'https://tao.media/the-investors-guide-to-chutes-bittensors-inference-layer',
  },
  'openrouter-providers': {
    short: 'tao.media: OpenRouter routes across 60+ providers',
    detail: 'Breadth of open-model inference supply, late 2025: 60+ interchangeable providers, used as N_eff of a permissionless market. Low–medium confidence.',
    url: 'https://tao.media/the-investors-guide-to-chutes-bittensors-inference-layer',
  },
  'tao-shocks': {
    short: 'TAO price shocks: Covenant exit, July 2024 hack',
    detail: 'Governance: after the Covenant AI exit (10 Apr 2026) TAO fell from about $340 to about $250–286 (≈ −25%; aioka.io, BlockBeats). Hack: 2–3 Jul 2024, about 32,000 TAO drained; TAO fell 15% to $227 (blockbriefly.com).',
    url: 'https://aioka.io/blog/bittensor-tao-2026-governance-crisis',
  },
  'covenant-exit': {
    short: 'Covenant AI leaves Bittensor (10 Apr 2026)',
    detail: 'Templar (SN3), Basilica (SN39) and Grail (SN81) left Bittensor with their people, research and open models, alleging “decentralization theatre”; Covenant sold about 37,000 TAO and TAO fell from about $340 to $250–286. The exit is documented (medium–high); the allegations are disputed. 10 Apr 2026 is week 17 after the first halving.',
    url: 'https://aioka.io/blog/bittensor-tao-2026-governance-crisis',
  },
  'ambient-audit': {
    short: 'Ambient audit (tcccai.xyz, Apr 2026)',
    detail: 'Testnet live; no public tokenomics and no formal audits as of April 2026, so no token subsidy yet (E_A = $0). The model actually referenced is GLM-4.6, about 355B total / 32B active parameters.',
  },
  'glm46-ambient': {
    short: 'GLM-4.6, the model Ambient references',
    detail: 'GLM-4.6 (Z.ai): about 355–357B total, about 32B active MoE, 200K context, MIT licence, released 30 Sep 2025 (tcccai.xyz Ambient audit; clarifai.com; aiwiki.ai). Ambient’s own claim is a “600B+” single model.',
    url: 'https://www.clarifai.com/blog/run-glm-4.6-with-an-api',
  },
  'networkprogrammable-thr': {
    short: 'networkprogrammable.com: ~3,000 tok/s per GPU (8B)',
    detail: 'Throughput of an 8B model, about 3,000 tokens/s per GPU; calibrates k_thr. One weak source, low confidence.',
  },
  // --- Open weights ------------------------------------------------------------------------------
  'epoch-gap-2025': {
    short: 'Epoch AI, open vs closed gap (30 Oct 2025)',
    detail: 'Open-weights models trail closed ones by 3.5 months on average (90% CI 1.1–5.3), about 7 ECI points; 4 months in Jan–May 2026.',
    url: 'https://epoch.ai/data-insights/open-weights-vs-closed-weights-models',
  },
  'epoch-gap-2024': {
    short: 'Epoch AI, open models report (4 Nov 2024)',
    detail: 'Open models trailed closed ones by about 1 year (5–22 months on benchmarks) in 2024.',
    url: 'https://epoch.ai/blog/open-models-report',
  },
  'deepseek-pricing': {
    short: 'DeepSeek API pricing',
    detail: 'DeepSeek-V3 $0.27/$1.10 per 1M until 5 Sep 2025; $0.56/$1.68 from 5 Sep 2025; V3.2 $0.28/$0.42 (cache miss) from 29 Sep 2025.',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  'derived-deepseek-blend': {
    short: 'derived: DeepSeek first-party, blended',
    detail: '3:1 input:output blend of $0.27/$1.10 (Feb–Sep 2025) = $0.48 per 1M; V3.2’s $0.28/$0.42 blends to $0.315.',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  'chutes-prices': {
    short: 'Chutes prices (lava gateway docs)',
    detail: 'DeepSeek-V3-0324 $0.27/$0.27; DeepSeek-R1-0528 $0.27/$0.27; Qwen3-14B $0.03/$0.03 per 1M tokens (~2025). Medium confidence.',
  },
  'elliotgate-listing': {
    short: 'elliotgate gateway listing',
    detail: 'A centralized host’s blended price for the same open model, about $0.35 per 1M. One listing, low confidence.',
  },
  'llama3-hosting': {
    short: 'Llama 3 hosted “within hours”',
    detail: 'Llama 3 ran on Ollama, llama.cpp, HF, Groq, Together and Replicate within hours of release (Apr 2024). Low confidence.',
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
  'hf-derivatives': {
    short: 'Hugging Face, “one year since the DeepSeek moment”',
    detail: 'Derived models per base family (data mid-2025, published 3 Feb 2026): Qwen >113,000, Llama about 27,000, DeepSeek about 6,000.',
    url: 'https://huggingface.co/blog/huggingface/one-year-since-the-deepseek-moment-blog-3',
  },
  alpaca: {
    short: 'Stanford Alpaca, 13 Mar 2023',
    detail: 'First landmark fine-tune 17 days after the LLaMA announcement (24 Feb 2023), for under $600. The derivative curve is set to pass 1 on day 17.',
    url: 'https://oneyearago.ai/news/2023-03-13-stanford-alpaca/',
  },
  // --- SLMs ----------------------------------------------------------------------------------------
  'belcak-slm': {
    short: 'Belcak et al., “Small Language Models are the Future of Agentic AI” (NVIDIA, 2025)',
    detail: 'A position paper. Share of LLM calls an SLM could handle (authors’ estimates): MetaGPT about 60%, Open Operator about 40%, Cradle about 70% (App. B). A 7B SLM is 10–30× cheaper than a 70–175B LLM in latency, energy and FLOPs (§3). LLM API serving market $5.6B in 2024 vs $57B of hosting infrastructure (§1).',
    url: 'https://arxiv.org/abs/2506.02153',
  },
  'cloudprice-8b': {
    short: 'cloudprice.net, Llama 3.1 8B Instruct',
    detail: 'DeepInfra $0.03/$0.05 per 1M; TTFT about 0.49 s (2026 snapshot). Medium confidence.',
  },
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
  'moe-active-params': {
    short: 'Active vs total parameters of MoE models',
    detail: 'DeepSeek-V3 671B total / 37B active; GLM-4.6 355B / 32B. Per-token compute scales with active parameters, the memory floor with total (nebelwolfi.xyz; clarifai.com).',
  },
  'glm46-price': {
    short: 'GLM-4.6 list price',
    detail: '$0.60/$2.20 per 1M (public provider config, Oct 2025); ZenMux tier $0.35/$1.54. Medium confidence.',
  },
  'derived-moe-gap': {
    short: 'derived: MoE price ratios vs an 8B model',
    detail: 'Blended price vs Llama 3.1 8B at $0.035: 405B dense 69×, GLM-4.6 29×, DeepSeek V3 (early 2025) 14×, DeepSeek V3.2 9×, Chutes DeepSeek-V3 7.7× (facts, Claim 4).',
  },
  'slm-estimates': {
    short: 'SLM evidence is partly an estimate',
    detail: 'The MetaGPT / Open Operator / Cradle percentages are the authors’ estimates, not measured replacement rates (arXiv 2506.02153 App. B); GPT-4 still wins 6 of 31 tasks in LoRA Land (arXiv 2405.00732).',
    url: 'https://arxiv.org/abs/2506.02153',
  },
  // --- Coordination ------------------------------------------------------------------------------
  'amazon-q4-2024': {
    short: 'Amazon Q4 2024 results',
    detail: 'AWS Q4 2024: $28.8B revenue, $10.6B operating income, a 36.8% operating margin (derived); FY2024 revenue $107.6B.',
  },
  // --- Counter-evidence --------------------------------------------------------------------------
  'subsidy-exceeds-revenue': {
    short: 'derived: subsidy exceeds revenue at the largest inference subnet',
    detail: 'About $0.45 of emissions per 1M tokens vs about $0.13 of revenue at Chutes before the halving (facts §1d); Chutes says revenue covers 30–40% of expenses (Novelty Search, early 2026, self-reported).',
  },
  'taoflow-capital': {
    short: 'taodaily.io: emissions track capital, not product',
    detail: 'Under Taoflow (Nov 2025 – Jun 2026) a subnet’s emission share followed net staking flow (EMA about 30 days), so its emissions could collapse from investor rotation regardless of usage; Chutes’ share hit its post-dTAO low.',
  },
  'low-float': {
    short: 'Synthos Research: float 46% of FDV (4 Jul 2026)',
    detail: 'Market cap $2.30B against an FDV of $5.04B: most of TAO’s supply is still to be issued, so token holders face dilution ahead.',
    url: 'https://research.synthosresearch.com/crypto/TAO.html',
  },
  // --- Model plumbing ------------------------------------------------------------------------------
  'verdict-rule': {
    short: 'verdict rule of the research notes',
    detail: 'The threshold the research notes propose for this claim’s verdict (facts.md, Model proposals). A judgment, not a measurement: move it.',
  },
  seed: {
    short: 'random seed',
    detail: 'Which draw of the random release dates the run uses. Every seed is equally likely; compare a few before trusting a thin margin.',
  },
};

/** A claim source by key, falling back to the page's shared sources ('assumption', 'essay'). */
export function claimSource(key: string): Source | undefined {
  return CLAIM_SOURCES[key] ?? SOURCES_BASE[key];
}
