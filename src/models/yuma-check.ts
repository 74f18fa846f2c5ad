// The article's check of the core against the golden vectors, in the reader's browser: every integer the
// chain stores (the *_u16 values and the *_rao emissions) of each scenario, compared bit for bit with
// what the chain-exact mode computes. The file it reads (src/content/yuma-check.json) is the vectors'
// inputs and integer outputs only, cut by checkFileFromVectors (scripts/make-check.ts).
import { runYuma, type CoreExports } from '../engine/core';
import { scenarioFromVectors, type VectorScenario, type YumaOut } from '../engine/yuma-io';

/** The integer outputs the chain stores, per uid or per validator × uid. */
export const CHECKED_FIELDS = [
  'consensus_u16',
  'incentive_u16',
  'dividends_u16',
  'validator_trust_u16',
  'bonds_u16',
  'server_emission_rao',
  'validator_emission_rao',
] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

type Integers = number | null | Integers[];
type VectorEpoch = VectorScenario['epochs'][number];
export type CheckEpoch = Omit<VectorScenario['epochs'][number], 'expected' | 'float64' | 'weights'> & { expect: Partial<Record<CheckedField, Integers>> };
export type CheckScenario = Omit<VectorScenario, 'epochs'> & {
  /** The vectors' provenance of the scenario (chain code, or a model of release notes) and what it shows. */
  status: string;
  description: string;
  epochs: CheckEpoch[];
};

export interface CheckFile {
  /** Where the vectors come from, as their file says. */
  reference: string;
  raoEmission: number;
  /** Scenarios of the vectors left out of this file, and why. */
  omitted: { ids: string[]; why: string };
  scenarios: CheckScenario[];
}

/** Scenarios above this many uids × epochs stay out of the page's download (the large random ones). */
const MAX_CELLS = 2000;

export function checkFileFromVectors(doc: {
  subtensor_reference?: unknown;
  emission: { epoch_rao_emission: number };
  scenarios: (VectorScenario & { status: string; description: string })[];
}): CheckFile {
  const small = (s: VectorScenario) => s.n * s.n * s.epochs.length <= MAX_CELLS * 10;
  const ref = doc.subtensor_reference as { repo?: string; commit?: string } | string | undefined;
  return {
    reference: typeof ref === 'string' ? ref : `${ref?.repo ?? 'opentensor/subtensor'} at ${String(ref?.commit ?? '').slice(0, 8)}`,
    raoEmission: doc.emission.epoch_rao_emission,
    omitted: { ids: doc.scenarios.filter((s) => !small(s)).map((s) => s.id), why: 'large random subnets, left out to keep the download small; the project’s tests check them' },
    scenarios: doc.scenarios.filter(small).map(({ epochs, ...rest }) => ({
      ...rest,
      epochs: epochs.map(({ expected, float64: _float, weights: _weights, ...inputs }: VectorEpoch & { weights?: unknown }) => ({
        ...inputs,
        expect: Object.fromEntries(CHECKED_FIELDS.filter((f) => expected && f in expected).map((f) => [f, (expected as unknown as Record<string, Integers>)[f]])),
      })),
    })) as CheckScenario[],
  };
}

export interface Mismatch {
  epoch: number;
  field: CheckedField;
  /** Index into the field's flattened values. */
  index: number;
  want: number | null;
  got: number | null;
}

export interface CheckResult {
  id: string;
  epochs: number;
  /** Integers compared, and how many were equal. */
  compared: number;
  matched: number;
  /** The first few differences, if any. */
  mismatches: Mismatch[];
}

const flat = (v: unknown): (number | null)[] => (Array.isArray(v) ? v.flatMap(flat) : [v === null || v === undefined ? null : Number(v)]);

/** Compares one epoch's chain-exact output with the stored integers; appends differences to `into`. */
export function compareEpoch(out: YumaOut, expect: CheckEpoch['expect'], epoch: number, into: Mismatch[]): { compared: number; matched: number } {
  let compared = 0;
  let matched = 0;
  for (const field of CHECKED_FIELDS) {
    if (!(field in expect)) continue;
    const want = flat(expect[field]);
    const got = flat(out[field]);
    const n = Math.max(want.length, got.length);
    for (let i = 0; i < n; i++) {
      compared++;
      const w = want[i] ?? null;
      const g = got[i] ?? null;
      if (w === g) matched++;
      else if (into.length < 5) into.push({ epoch, field, index: i, want: w, got: g });
    }
  }
  return { compared, matched };
}

export interface CheckInput {
  scenario: CheckScenario;
  raoEmission: number;
}

/** Runs one scenario in the chain-exact mode and compares every stored integer. */
export function computeYumaCheck(core: CoreExports, input: CheckInput): CheckResult {
  const sc = input.scenario;
  const outs = runYuma(core, scenarioFromVectors(sc as unknown as VectorScenario, input.raoEmission), 'fixed');
  const mismatches: Mismatch[] = [];
  let compared = 0;
  let matched = 0;
  outs.forEach((out, t) => {
    const c = compareEpoch(out, sc.epochs[t].expect, t, mismatches);
    compared += c.compared;
    matched += c.matched;
  });
  return { id: sc.id, epochs: outs.length, compared, matched, mismatches };
}
