// An embedded figure carries SOURCES_BASE and its own domain's citations only (src/embed/load.ts);
// every key its schema, its presets and its markup cite must be among them, or the citation would vanish.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SOURCES_BASE } from '../../src/content/sources-base';
import { SOURCES } from '../../src/content/sources';
import { CLAIM_MODELS } from '../../src/models/claims/index';
import { CLAIM_SOURCES } from '../../src/models/claims/sources';
import { SOURCES_MARKET_STAKE } from '../../src/content/sources-market-stake';
import { SOURCES_MARKET_EMISSION } from '../../src/content/sources-market-emission';
import { SOURCES_MARKET_HALVING } from '../../src/content/sources-market-halving';
import { SOURCES_MARKET_SPLIT } from '../../src/content/sources-market-split';
import { sourceOf } from '../../src/content/sources-lookup';
import { schema as whoSchema } from '../../src/models/who-gets-paid';
import { schema as stakeSchema } from '../../src/models/market-stake';
import { schema as emissionSchema } from '../../src/models/market-emission';
import { schema as halvingSchema } from '../../src/models/market-halving';
import { schema as splitSchema } from '../../src/models/market-split';
import { ERAS } from '../../src/models/market-eras';
import type { Param } from '../../src/state/schema';
import type { ClaimId } from '../../src/models/claims/types';
import { CLAIM_SOURCES_SHARED } from '../../src/models/claims/sources/shared';
import { CLAIM_SOURCES_WEIGHT_RENT } from '../../src/models/claims/sources/weight-rent';
import { CLAIM_SOURCES_LEAKAGE } from '../../src/models/claims/sources/leakage';
import { CLAIM_SOURCES_THREE_NETWORKS } from '../../src/models/claims/sources/three-networks';
import { CLAIM_SOURCES_ROUTING } from '../../src/models/claims/sources/routing';
import { CLAIM_SOURCES_COORDINATION } from '../../src/models/claims/sources/coordination';

const CLAIM_SOURCES_OWN: Record<ClaimId, Record<string, unknown>> = {
  'weight-rent': CLAIM_SOURCES_WEIGHT_RENT,
  leakage: CLAIM_SOURCES_LEAKAGE,
  'three-networks': CLAIM_SOURCES_THREE_NETWORKS,
  routing: CLAIM_SOURCES_ROUTING,
  coordination: CLAIM_SOURCES_COORDINATION,
};

/** Keys cited literally in a widget's markup (`<Cite key="…" />`). */
const literalKeys = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<Cite key="([^"]+)"/g)].map((m) => m[1]);
const keys = (schema: readonly Param[]) => schema.map((p) => p.source);

const CASES: [string, Record<string, unknown>, string[]][] = [
  ['who-gets-paid', {}, [...keys(whoSchema), ...literalKeys('src/widgets/WhoGetsPaid.svelte')]],
  ['stake', SOURCES_MARKET_STAKE, [...keys(stakeSchema), ...literalKeys('src/widgets/StakeIntoSubnet.svelte')]],
  ['emission', SOURCES_MARKET_EMISSION, [...keys(emissionSchema), ...ERAS.map((e) => e.source), 'emission-eras', ...literalKeys('src/widgets/WhoGetsEmission.svelte')]],
  ['halving', SOURCES_MARKET_HALVING, [...keys(halvingSchema), ...literalKeys('src/widgets/Halving.svelte')]],
  ['split', SOURCES_MARKET_SPLIT, [...keys(splitSchema), ...literalKeys('src/widgets/EpochSplit.svelte')]],
  ...CLAIM_MODELS.map((m): [string, Record<string, unknown>, string[]] => [
    `claim-${m.id}`,
    { ...CLAIM_SOURCES_SHARED, ...CLAIM_SOURCES_OWN[m.id as ClaimId] },
    [...keys(m.schema), ...m.schema.flatMap((p) => (p.kind === 'number' && p.plausible ? [p.plausible.source] : [])), ...m.presets.map((p) => p.source), m.claim.source, m.counterEvidence.source, ...literalKeys('src/widgets/ClaimWidget.svelte')],
  ]),
];

describe('the citations an embedded figure carries', () => {
  for (const [name, own, cited] of CASES) {
    it(`${name}: every cited key is in SOURCES_BASE or its own map`, () => {
      expect(cited.length).toBeGreaterThan(0);
      for (const k of cited) expect(k in SOURCES_BASE || k in own, `${name} cites ${k}`).toBe(true);
    });
  }
  it('the claim citation files hold each key once, and together with the prose-only ones make CLAIM_SOURCES', () => {
    const files = [CLAIM_SOURCES_SHARED, ...Object.values(CLAIM_SOURCES_OWN)];
    const all = files.flatMap((f) => Object.keys(f));
    expect(all.length).toBe(new Set(all).size);
    for (const k of all) expect(k in CLAIM_SOURCES, k).toBe(true);
    expect(Object.keys(CLAIM_SOURCES).filter((k) => !all.includes(k))).toEqual(['alpaca', 'slm-estimates']);
  });
  it('the article registers every citation for <Cite>, with the same texts', () => {
    for (const [k, v] of Object.entries({ ...SOURCES, ...CLAIM_SOURCES })) expect(sourceOf(k), k).toBe(v);
    expect(sourceOf('__proto__')).toBeUndefined();
    expect(sourceOf('constructor')).toBeUndefined();
  });
});
