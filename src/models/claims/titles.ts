// The claims' ids and titles only, for the article's outline (the models load with their figures).
import type { ClaimId } from './types';

export const CLAIM_TITLES: readonly { id: ClaimId; title: string }[] = [
  { id: 'weight-rent', title: 'Claim 1: markets, not weights' },
  { id: 'leakage', title: 'Claim 2: models leak, liquidity does not' },
  { id: 'three-networks', title: 'Claim 3: competitors are fuel' },
  { id: 'routing', title: 'Claim 4: small specialised models beat one giant' },
  { id: 'coordination', title: 'Claim 5: the economic layer captures the value' },
];
