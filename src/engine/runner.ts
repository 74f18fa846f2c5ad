// Runs a whole vectors file (Yuma or market schema, told apart by top-level keys) through the core.
import { runYuma, type CoreExports } from './core';
import { runMarketScenario } from './market-runner';
import { scenarioFromVectors, type VectorScenario, type YumaOut } from './yuma-io';

export interface YumaFileResult {
  id: string;
  /** Per epoch: the chain-exact fixed-point output (mode 'fixed') first, then the IEEE-double one. */
  epochs: { fixed: YumaOut; float64: YumaOut }[];
}
export interface MarketFileResult {
  id: string;
  outputs: Record<string, unknown>;
}
export interface RunOutput {
  output: { results: (YumaFileResult | MarketFileResult)[] };
  /** One line per scenario that could not run. */
  errors: string[];
}

type Doc = Record<string, unknown>;

export function fileKind(doc: unknown): 'yuma' | 'market' | null {
  if (!doc || typeof doc !== 'object' || !Array.isArray((doc as Doc).scenarios)) return null;
  const first = ((doc as Doc).scenarios as Doc[])[0] ?? {};
  if ('emission' in (doc as Doc) || 'epochs' in first) return 'yuma';
  if ('constants' in (doc as Doc) || 'inputs' in first) return 'market';
  return null;
}

export function runFile(core: CoreExports, doc: unknown): RunOutput {
  const kind = fileKind(doc);
  const errors: string[] = [];
  const results: RunOutput['output']['results'] = [];
  if (kind === null) {
    errors.push('sim: the file is neither a Yuma nor a market vectors file (no "scenarios" with "epochs" or "inputs").');
    return { output: { results }, errors };
  }
  const scenarios = (doc as Doc).scenarios as Doc[];
  if (kind === 'market') {
    for (const sc of scenarios) {
      const id = String(sc.id ?? '?');
      try {
        results.push({ id, outputs: runMarketScenario(core, sc, doc) });
      } catch (e) {
        errors.push(`sim: market scenario ${JSON.stringify(id)} (kind ${JSON.stringify(sc.kind ?? id)}) failed: ${(e as Error).message}`);
      }
    }
    return { output: { results }, errors };
  }
  const rao = Number(((doc as Doc).emission as Doc | undefined)?.epoch_rao_emission ?? 0);
  for (const sc of scenarios as unknown as VectorScenario[]) {
    try {
      const scenario = scenarioFromVectors(sc, rao);
      const fixed = runYuma(core, scenario, 'fixed');
      const float64 = runYuma(core, scenario, 'float64');
      results.push({ id: sc.id, epochs: fixed.map((f, t) => ({ fixed: f, float64: float64[t] })) });
    } catch (e) {
      errors.push(`sim: scenario ${JSON.stringify(sc.id)} failed: ${(e as Error).message}`);
    }
  }
  return { output: { results }, errors };
}
