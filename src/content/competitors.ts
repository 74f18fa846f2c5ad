// What each "competitor" does at each layer the essay talks about, as the essay pictured it and as the
// sources show it by late 2026 (facts.md "corrections"). Each cell names its source key.
export type Level = 'yes' | 'partly' | 'no';
export interface Cell {
  now: Level;
  /** What the essay implied, where it differs from now. */
  essay?: Level;
  note: string;
  source: string;
}

export const LAYERS = ['Open weights', 'Open code', 'Own token', 'Coordinates providers'] as const;
/** The same, in a word each, for a phone's table header. */
export const LAYERS_SHORT = ['Weights', 'Code', 'Token', 'Coord.'] as const;

export interface Competitor {
  id: string;
  name: string;
  cells: readonly [Cell, Cell, Cell, Cell];
}

export const COMPETITORS: readonly Competitor[] = [
  {
    id: 'sentient',
    name: 'Sentient',
    cells: [
      { now: 'yes', note: 'Dobby models, 8B and 70B', source: 'sec-sentient-dobby' },
      { now: 'yes', essay: 'no', note: 'Open Deep Search, ROMA (the essay: “infrastructure looks closed”)', source: 'sec-sentient-ods' },
      { now: 'yes', essay: 'no', note: 'SENT, 2³⁵ tokens', source: 'sec-sentient-token' },
      { now: 'partly', note: 'GRID routes tasks to agents and models', source: 'sec-sentient-grid' },
    ],
  },
  {
    id: 'ambient',
    name: 'Ambient',
    cells: [
      { now: 'yes', note: 'runs GLM-4.6 (MIT), not its own model', source: 'glm46-ambient' },
      { now: 'partly', note: 'a fork of Solana, on testnet only', source: 'sec-ambient-docs' },
      { now: 'no', essay: 'yes', note: 'no public tokenomics yet (the essay: it “subsidizes inference”)', source: 'ambient-audit' },
      { now: 'yes', note: 'miners serve one model, checked by proof of logits', source: 'sec-ambient-docs' },
    ],
  },
  {
    id: 'nous',
    name: 'Nous Research',
    cells: [
      { now: 'yes', note: 'Hermes 4 at 14B, 70B, 405B', source: 'sec-nous-hermes4' },
      { now: 'yes', note: 'DisTrO, Psyche', source: 'sec-nous-distro' },
      { now: 'partly', essay: 'no', note: 'Series A priced as a token valuation', source: 'sec-nous-series-a' },
      { now: 'yes', essay: 'no', note: 'Psyche coordinates training on Solana', source: 'sec-nous-psyche' },
    ],
  },
  {
    id: 'labs',
    name: 'Model labs',
    cells: [
      { now: 'partly', essay: 'yes', note: 'open, but Llama’s licence keeps the largest users out', source: 'llama-licence' },
      { now: 'yes', note: 'papers and code', source: 'hf-derivatives' },
      { now: 'no', note: 'no token of their own (our reading)', source: 'assumption' },
      { now: 'yes', essay: 'no', note: 'DeepSeek hosts V3.2 itself, near the cheapest price', source: 'deepseek-pricing' },
    ],
  },
];
