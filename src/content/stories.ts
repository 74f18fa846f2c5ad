// The settings of each claim's story, step by step: the model's defaults or one of its presets
// (named after the cases in facts.md), so the story, the figure's buttons and the scorecard of
// presets in 'What would prove the essay wrong' show the same states.
import type { ClaimId } from '../models/claims';

export interface StoryStep {
  /** What the step sets, as the reader sees it beside the verdict chip. */
  name: string;
  /** A preset of the claim's model by id; none means the sourced defaults. */
  preset?: string;
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
    { name: 'Users trust the subnet a little less', preset: 'subnet-trust-gap' },
    { name: 'DeepSeek V3.2 prices', preset: 'deepseek-v32' },
    { name: 'Sentient fingerprinting', preset: 'sentient-fingerprinting' },
    { name: 'Licence blocks hosts', preset: 'licence-blocks-hosts' },
  ],
  routing: [
    { name: 'Sourced defaults' },
    { name: '90% of calls routine', preset: 'vendor-routing' },
    { name: '90% routine, a better router, V4-Pro off-peak', preset: 'better-router-off-peak' },
    { name: 'An 8B small model', preset: 'llama-8b' },
  ],
  'three-networks': [
    { name: 'Sourced defaults' },
    { name: 'The subnets list the long tail', preset: 'subnet-lists-tail' },
    { name: 'One best model wins', preset: 'best-model-listed-tail' },
    { name: 'Centralized hosts list fine-tunes', preset: 'serverless-lora' },
    { name: 'Governance shock', preset: 'shock-listed-tail' },
  ],
  coordination: [
    { name: 'Sourced defaults' },
    { name: 'Revenue matches emissions', preset: 'emissions-covered' },
    { name: 'Revenue matches emissions, code layer at 0.5%', preset: 'emissions-covered-thin-code' },
    { name: 'AWS-like margin', preset: 'aws-like' },
  ],
};
