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
    { name: 'Whole open-model market', preset: 'whole-market' },
  ],
  leakage: [
    { name: 'Sourced defaults' },
    { name: 'The originator charges $0.60', values: { pO: 0.6 } },
    { name: 'DeepSeek V3.2 prices', preset: 'deepseek-v32' },
    { name: 'Sentient fingerprinting', preset: 'sentient-fingerprinting' },
    { name: 'Licence blocks hosts', preset: 'licence-blocks-hosts' },
  ],
  routing: [
    { name: 'Sourced defaults' },
    { name: '90% of calls routine', values: { f: 0.9 } },
    { name: 'DeepSeek V3.2 as the large model', preset: 'deepseek-v32' },
    { name: 'MoE honesty', preset: 'moe-honesty' },
  ],
  'three-networks': [
    { name: 'Sourced defaults' },
    { name: 'Subsidy passed on, small emission share', values: { psi: 1, wInf: 0.05 } },
    { name: 'One best model wins', preset: 'breadth-irrelevant' },
    { name: 'DeepSeek V3.2 prices', preset: 'first-party-cuts' },
    { name: 'Governance shock', preset: 'governance-shock' },
  ],
  coordination: [
    { name: 'Sourced defaults' },
    { name: 'AWS-like oligopoly', preset: 'aws-like' },
    { name: 'No buybacks', preset: 'no-buybacks' },
    { name: 'All API spend through the network', preset: 'all-spend' },
  ],
};
