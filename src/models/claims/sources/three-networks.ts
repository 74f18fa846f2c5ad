// Citations used by the three-networks model alone (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_THREE_NETWORKS: Record<string, Source> = {
  'openrouter-volume': {
    short: 'tao.media: OpenRouter ≈ 1T tokens/day',
    detail: 'About 1T tokens/day across 60+ providers (late 2025), used as a proxy for the open-model market: 7 × 10¹² tokens/week. Low–medium confidence.',
    url: 'https://tao.media/the-investors-guide-to-chutes-bittensors-inference-layer',
  },
  'dtao-split': {
    short: 'dTAO emission split (Bittensor docs)',
    detail: 'Each subnet’s alpha emission goes 18% to the owner (SubnetOwnerCut = 11,796/65,535), then half of the rest to miners and half to validators and stakers: μ = (1 − 0.18)/2 = 0.41. Bittensor docs dTAO FAQ; gt-io learn course; market spec §e.',
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
  'ambient-audit': {
    short: 'Ambient audit (tcccai.xyz, Apr 2026)',
    detail: 'Testnet live; no public tokenomics and no formal audits as of April 2026, so no token subsidy yet (E_A = $0). The model actually referenced is GLM-4.6, about 355B total / 32B active parameters.',
  },
  'tao-shocks': {
    short: 'TAO price shocks: Covenant exit, July 2024 hack',
    detail: 'Governance: after the Covenant AI exit (10 Apr 2026) TAO fell from about $340 to about $250–286 (≈ −25%; aioka.io, BlockBeats). Hack: 2–3 Jul 2024, about 32,000 TAO drained; TAO fell 15% to $227 (blockbriefly.com).',
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
};
