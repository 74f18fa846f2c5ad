// The settings of each claim's story, step by step: the model's defaults or one of its presets
// (named after the cases in facts.md), so the story and the figure's buttons never disagree.
import type { ClaimId } from '../models/claims';
import type { ParamValues } from '../state/schema';

export interface StoryStep {
  /** What the step sets, as the reader sees it beside the verdict chip. */
  name: string;
  /** A preset of the claim's model by id; none means the sourced defaults. */
  preset?: string;
  /** Settings on top of the preset. */
  values?: Partial<ParamValues>;
}

export const CLAIM_STORIES: Record<ClaimId, readonly StoryStep[]> = {
  'weight-rent': [
    { name: 'Sourced defaults' },
    { name: 'Weights stay scarce (2024 gap)', preset: 'scarce-weights' },
    { name: 'Take competed toward zero', preset: 'take-competed' },
    { name: 'Demand stops growing', preset: 'no-demand-growth' },
  ],
  leakage: [
    { name: 'Sourced defaults' },
    { name: 'Users trust the subnet a little less', values: { alphaB: -0.5 } },
    { name: 'DeepSeek V3.2 prices', preset: 'deepseek-v32' },
    { name: 'Sentient fingerprinting', preset: 'sentient-fingerprinting' },
    { name: 'Licence blocks hosts', preset: 'licence-blocks-hosts' },
  ],
  routing: [
    { name: 'Sourced defaults' },
    { name: '90% of calls routine', values: { f: 0.9 } },
    { name: '90% routine, a better router, V4-Pro off-peak', preset: 'v4-pro-off-peak', values: { f: 0.9, a: 0.95, d: 0.9, qSr: 0.97 } },
    { name: 'An 8B small model', preset: 'llama-8b' },
  ],
  'three-networks': [
    { name: 'Sourced defaults' },
    { name: 'The subnets list the long tail', preset: 'subnet-lists-tail' },
    { name: 'One best model wins', preset: 'breadth-irrelevant', values: { chiB: 0.9, chiC: 0.4 } },
    { name: 'Centralized hosts list fine-tunes', preset: 'serverless-lora' },
    { name: 'Governance shock', preset: 'governance-shock', values: { chiB: 0.9, chiC: 0.4 } },
  ],
  coordination: [
    { name: 'Sourced defaults' },
    { name: 'Revenue matches emissions', preset: 'emissions-covered' },
    { name: 'Revenue matches emissions, code layer at 0.5%', preset: 'emissions-covered', values: { theta: 0.005 } },
    { name: 'AWS-like margin', preset: 'aws-like' },
  ],
};
