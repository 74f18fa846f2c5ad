// Citations used by the coordination model alone (see ../sources.ts for the whole set).
import type { Source } from '../../../content/sources-base';

export const CLAIM_SOURCES_COORDINATION: Record<string, Source> = {
  'openrouter-providers': {
    short: 'tao.media: OpenRouter routes across 60+ providers',
    detail: 'Breadth of open-model inference supply, late 2025: 60+ interchangeable providers, used as N_eff of a permissionless market. Low–medium confidence.',
    url: 'https://tao.media/the-investors-guide-to-chutes-bittensors-inference-layer',
  },
  'taostats-emission': {
    short: 'Taostats docs, TAO emission',
    detail: '0.5 TAO per 12 s block since the first halving in December 2025: about 3,600 TAO/day. Halvings are triggered by issuance (10.5M, 15.75M, …), not block height.',
    url: 'https://docs.taostats.io/docs/tao-emission',
  },
  'amazon-q4-2024': {
    short: 'Amazon Q4 2024 results',
    detail: 'AWS Q4 2024: $28.8B revenue, $10.6B operating income, a 36.8% operating margin (derived); FY2024 revenue $107.6B.',
  },
  'low-float': {
    short: 'Synthos Research: float 46% of FDV (4 Jul 2026)',
    detail: 'Market cap $2.30B against an FDV of $5.04B: most of TAO’s supply is still to be issued, so token holders face dilution ahead.',
    url: 'https://research.synthosresearch.com/crypto/TAO.html',
  },
};
