// Citations used by the three-networks model alone (see ../sources.ts for the whole set). Numbers
// from /work/shared/facts-2026h2.md where it is newer than facts.md.
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_THREE_NETWORKS: Record<string, Source> = {
  'openrouter-volume': {
    short: 'OpenRouter: 25T tokens/week, open-weight ≈30% (2026)',
    detail: 'OpenRouter routed 25T tokens a week in May 2026 (Series B release; medium confidence), up from about 1T a day in late 2025; open-weight models carried about 30% of its tokens (a16z/OpenRouter study, Dec 2025). 30% of 25T is 7.5 × 10¹² tokens a week, used as the open-model market; the range runs from 30% of late-2025 volume (2.1 × 10¹²) to all of 2026 volume (2.5 × 10¹³).',
    url: 'https://a16z.com/state-of-ai/',
  },
  'networks-tao-price': {
    short: 'TAO price, 2025–26 (facts-2026h2 §2a)',
    detail: 'TAO $268.37 on 8 Oct 2026, the latest price found (medium–high). Lowest print $150.35 (12 Feb 2026); 2025 peak $538–539 (1 Nov 2025).',
  },
  'networks-emission-share': {
    short: 'Inference subnets’ emission share (8 Oct 2026)',
    detail: 'Chutes (SN64) gets 329 TAO/day (9.1% of 3,600) and Targon (SN4) 243 (6.8%): 15.9% together. Lium (SN51, GPU rental) gets 472 (13.1%). Under Taoflow (Apr 2026) SN64 and SN4 fell to $0/day. Since Aug 2026 a subnet’s share follows the EMA of its token’s price (spec 441). Chain data, high confidence.',
  },
  'dtao-split': {
    short: 'dTAO emission split (Bittensor docs)',
    detail: 'Each subnet’s alpha emission goes 18% to the owner (SubnetOwnerCut = 11,796/65,535), then half of the rest to miners and half to validators and stakers: μ = (1 − 0.18)/2 = 0.41. Bittensor docs dTAO FAQ; gt-io learn course; market spec §e.',
  },
  'networks-sell-2026': {
    short: 'Emission sales, 2026',
    detail: 'About 936 of 3,600 TAO/day (26%) of root dividends were sold before 3 Aug 2026 and now accrue in validator baskets (chain reads, facts-2026h2 §1); miner sell pressure about 30% of emission outflows (taodaily.io, low).',
  },
  'networks-token-value': {
    short: 'Subnet tokens’ value (8 Oct 2026)',
    detail: 'All subnet tokens (alpha) together: 3.65M TAO ≈ $981M at spot on chain (medium). The inference subnets get 15.9% of emission, so their tokens are put at about 15.9% of that, 580,000 TAO (derived, low). Targon’s token alone was $54M (≈ 200,000 TAO) in Oct 2025.',
  },
  'networks-small-price': {
    short: 'Small open models’ prices, 2026',
    detail: 'Per 1M tokens, input/output: Llama 3.1 8B on DeepInfra $0.02/$0.03 (3:1 blend $0.0225) and on Together $0.18/$0.18; Gemma 3 4B on Bedrock $0.04/$0.08 (blend $0.05, Sep 2026, high). Used as the serving cost of a specialised small model.',
  },
  'networks-frontier-price': {
    short: 'Frontier open models’ prices, late 2026',
    detail: '3:1 blends per 1M tokens: gpt-oss-120b (Bedrock) and DeepSeek V4.1-Flash off-peak $0.26; Qwen3-235B-A22B $0.385; Llama 4 Maverick $0.42; Mistral Large 3 $0.75; DeepSeek-V3.1 (Fireworks) $0.84; DeepSeek V4-Pro off-peak $0.99 (facts-2026h2 §2e). Used as the serving cost of a frontier open model; the median is $0.42.',
  },
  'networks-chutes-discount': {
    short: 'How far below others Chutes prices',
    detail: 'Chutes served DeepSeek-V3 at $0.27/$0.27 against DeepSeek’s own $0.27/$1.10 (3:1 blends $0.27 vs $0.48: 44% less) and Fireworks’ $0.56/$1.68 ($0.84: 68% less); small models about at par (Qwen3-14B $0.03 vs an 8B at $0.0225–0.035). Derived from 2025 prices (medium); the “85% less” claim is marketing.',
  },
  'networks-deepseek-2026': {
    short: 'DeepSeek off-peak prices (2026)',
    detail: 'Peak and off-peak billing since 16 Aug 2026: V4.1-Flash $0.30/$1.20 at peak and $0.15/$0.60 off-peak, V4-Pro $1.32/$3.96 and $0.66/$1.98 (as of 27 Oct 2026): off-peak halves the price (medium–high). Earlier, V3.2 cut V3’s price by half or more.',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  'glm46-ambient': {
    short: 'GLM-4.6, the model Ambient references',
    detail: 'GLM-4.6 (Z.ai): about 355–357B total, about 32B active MoE, 200K context, MIT licence, released 30 Sep 2025 (tcccai.xyz Ambient audit; clarifai.com; aiwiki.ai). Ambient’s own claim is a “600B+” single model.',
    url: 'https://www.clarifai.com/blog/run-glm-4.6-with-an-api',
  },
  'ambient-audit': {
    short: 'Ambient audit (tcccai.xyz, Apr 2026)',
    detail: 'Testnet live; no public tokenomics and no formal audits as of April 2026, so no token subsidy yet (E_A = $0). The model actually referenced is GLM-4.6, about 355B total / 32B active parameters.',
  },
  'networks-ambient-2026': {
    short: 'Ambient, late 2026: no mainnet, no token',
    detail: 'No Ambient mainnet or token was found in 2026; later docs show a devnet, and the team ships a developer-preview desktop agent (docs.ambient.xyz; low). So A starts with almost no users and no subsidy.',
  },
  'networks-release-rate': {
    short: 'How often open models are released',
    detail: 'Qwen alone open-sourced about 400 models in about 30 months, some 13 a month (Xinhua, Jan 2026; medium); Hugging Face counts over 113,000 Qwen derivatives. A “release” here is a model family (a base and its fine-tunes); 2–13 a month is our range.',
  },
  'networks-model-life': {
    short: 'How fast open models are superseded',
    detail: 'Open-weight models trailed closed ones by 3.5 months on average in 2025 (90% CI 1.1–5.3) and by about 4 months in 2026 (Epoch AI): the frontier turns over within months. How long a model keeps its users (3–12 months here) is our assumption.',
    url: 'https://epoch.ai/data-insights/open-weights-vs-closed-weights-models',
  },
  'networks-slm-share': {
    short: 'How much demand small specialised models carry',
    detail: 'Authors’ estimates of the share of agent calls a small model could handle: 40–70% (Belcak et al., NVIDIA, 2025). Measured use is lower: on OpenRouter ~7B models see little use and large open MoEs carry the ~30% open-weight share (a16z, Dec 2025); SALE (2026) cuts the largest agent’s use by 53%.',
    url: 'https://arxiv.org/abs/2506.02153',
  },
  'networks-tail-listing': {
    short: 'Who lists the long tail (catalogue counts)',
    detail: 'Chutes listed “50+ models” in late 2025 (tao.media); OpenRouter lists 400+ models across 60+ providers, closed ones included (2026). Serving fine-tunes is cheap for anyone: LoRAX ran 25 LoRA fine-tunes of Mistral-7B on one A100 (arXiv 2405.00732). No source measures the share of tail demand each lists: the values are assumptions, the same range for both.',
  },
  'networks-lorax': {
    short: 'Fine-tunes served many to a GPU (LoRAX)',
    detail: '25 LoRA-tuned Mistral-7B models on one A100-80GB (LoRAX; LoRA Land, 310 LoRA models, arXiv 2405.00732, Apr 2024): a centralized host can list fine-tunes at almost no extra cost per model.',
    url: 'https://arxiv.org/abs/2405.00732',
  },
  'tao-shocks': {
    short: 'TAO price shocks: Covenant exit, July 2024 hack',
    detail: 'Governance: on the Covenant AI exit (10 Apr 2026) TAO fell 20% (low $253, about $263 after; rujwdu.com from CoinGecko data; earlier reports said $340 → $250–286). Hack: 2–3 Jul 2024, about 32,000 TAO drained; TAO fell 15% to $227 (blockbriefly.com).',
    url: 'https://aioka.io/blog/bittensor-tao-2026-governance-crisis',
  },
  seed: {
    short: 'random seed',
    detail: 'Which draw of the random release dates the run uses. Every seed is equally likely; compare a few before trusting a thin margin.',
  },
  'taoflow-capital': {
    short: 'taodaily.io: emissions track capital, not product',
    detail: 'Under Taoflow (Nov 2025 – Jun 2026) a subnet’s emission share followed net staking flow (EMA about 30 days), so its emissions could collapse from investor rotation regardless of usage; Chutes’ share hit its post-dTAO low.',
  },
  'taodaily-sell': {
    short: 'taodaily.io, Chutes emissions article',
    detail: 'Miner sell pressure about 30% of emission outflows. One source, low confidence.',
  },
  'deepseek-pricing': {
    short: 'DeepSeek API pricing',
    detail: 'DeepSeek-V3 $0.27/$1.10 per 1M until 5 Sep 2025; $0.56/$1.68 from 5 Sep 2025; V3.2 $0.28/$0.42 (cache miss) from 29 Sep 2025.',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
};
