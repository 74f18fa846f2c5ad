// Citations for the claim models' defaults, presets and counter-evidence, from /work/shared/facts.md
// (compiled 2026-11-25 from stored copies of public pages; live numbers will have moved). Keys are
// referenced by the schemas' `source`; 'assumption' and 'essay' live in src/content/sources-base.ts.
// They are kept in ./sources/, one file per claim model and one for those several models share, so an
// embed of one claim carries only its own.
import { SOURCES_BASE, type Source } from '../../content/sources-base';
import { CLAIM_SOURCES_SHARED } from './sources/shared';
import { CLAIM_SOURCES_WEIGHT_RENT } from './sources/weight-rent';
import { CLAIM_SOURCES_LEAKAGE } from './sources/leakage';
import { CLAIM_SOURCES_THREE_NETWORKS } from './sources/three-networks';
import { CLAIM_SOURCES_ROUTING } from './sources/routing';
import { CLAIM_SOURCES_COORDINATION } from './sources/coordination';

export const CLAIM_SOURCES: Record<string, Source> = {
  ...CLAIM_SOURCES_SHARED,
  ...CLAIM_SOURCES_WEIGHT_RENT,
  ...CLAIM_SOURCES_LEAKAGE,
  ...CLAIM_SOURCES_THREE_NETWORKS,
  ...CLAIM_SOURCES_ROUTING,
  ...CLAIM_SOURCES_COORDINATION,
  // Cited by the article's prose only.
  alpaca: {
    short: 'Stanford Alpaca, 13 Mar 2023',
    detail: 'First landmark fine-tune 17 days after the LLaMA announcement (24 Feb 2023), for under $600. The derivative curve is set to pass 1 on day 17.',
    url: 'https://oneyearago.ai/news/2023-03-13-stanford-alpaca/',
  },
  'slm-estimates': {
    short: 'SLM evidence is partly an estimate',
    detail: 'The MetaGPT / Open Operator / Cradle percentages are the authors’ estimates, not measured replacement rates (arXiv 2506.02153 App. B); GPT-4 still wins 6 of 31 tasks in LoRA Land (arXiv 2405.00732).',
    url: 'https://arxiv.org/abs/2506.02153',
  },
};

/** A claim source by key, falling back to the page's shared sources ('assumption', 'essay'). */
export function claimSource(key: string): Source | undefined {
  return CLAIM_SOURCES[key] ?? SOURCES_BASE[key];
}
