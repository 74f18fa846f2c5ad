// The loaded network of one market scenario (spec §11) and the helpers every block-running kind of
// src/engine/market-runner.ts needs.
import type { CoreExports } from './core';
import {
  H, S, TOTALS, ledgerOf, loadNetwork, rulesFromPreset, subnetOf, termsOf, tradeOf, OP_STAKE, OP_UNSTAKE,
  type MarketConstants, type PackedNetwork, type PresetJson, type State0Json, type TermKey,
} from './market-io';

export type Obj = Record<string, unknown>;
export interface MarketDoc {
  constants?: MarketConstants;
  presets: Record<string, PresetJson>;
}
export interface Scenario {
  id: string;
  kind?: string;
  preset?: string;
  inputs: Obj;
  runner_notes?: string;
}

export const BASE_TERMS: TermKey[] = [
  'tao_emission', 'alpha_emission', 'price', 'root_prop', 'tao_in', 'alpha_in', 'excess_tao', 'chain_bought_alpha',
  'owner_cut', 'server', 'validator', 'root_alpha', 'price_after',
];

/** The share stages a preset produces (spec §11.2 step 3), ending in final_share. */
export function stageKeys(p: PresetJson): TermKey[] {
  const keys: TermKey[] = [];
  if (p.shares === 'price') {
    keys.push('price_share');
    if (p.miner_burn_weighting) keys.push('burn_weighted');
    if (p.gate) keys.push('gated');
  } else keys.push('flow_value', 'flow_share');
  keys.push('final_share');
  return keys;
}

export function presetOf(doc: MarketDoc, id: string): PresetJson {
  const p = doc.presets?.[id];
  if (!p) throw new Error(`market: preset ${JSON.stringify(id)} is not in the file's presets`);
  return p;
}

/** A loaded network and the helpers every block-running kind needs. */
export class Run {
  readonly p: PackedNetwork;
  constructor(
    readonly core: CoreExports,
    readonly state0: State0Json,
    readonly preset: PresetJson,
    rules: Float64Array,
    rootRegistered: readonly string[] = [],
  ) {
    this.p = loadNetwork(core, state0, rules, rootRegistered);
  }

  /** Loads `state0` under preset `presetId` of the file; `sc` supplies inputs.root_registered_validators,
   *  required when the preset keeps root dividends in baskets (market-2026h2 §B). */
  static of(core: CoreExports, doc: MarketDoc, sc: Scenario, state0: State0Json, presetId = state0.preset, tweak?: (r: Float64Array) => void): Run {
    const preset = presetOf(doc, presetId);
    const rules = rulesFromPreset(preset, doc.constants);
    tweak?.(rules);
    const reg = sc.inputs.root_registered_validators;
    if (reg === undefined && preset.root_divs === 'basket') {
      throw new Error(
        `market: preset ${JSON.stringify(presetId)} keeps root dividends in baskets, so the scenario needs inputs.root_registered_validators (the validators holding a UID on root; [] for none)`,
      );
    }
    return new Run(core, state0, preset, rules, (reg ?? []) as string[]);
  }

  index(netuid: number): number {
    const i = this.p.netuids.indexOf(Number(netuid));
    if (i < 0) throw new Error(`market: no subnet with netuid ${netuid}`);
    return i;
  }

  /** Runs blocks 1..blocks; `after(k)` runs after block k for each k in `at` (ascending), before trades. */
  blocks(blocks: number, at: Iterable<number>, after: (k: number) => void): void {
    const stops = [...new Set([...at].filter((k) => k >= 1 && k <= blocks))].sort((a, b) => a - b);
    let k = 0;
    for (const stop of stops) {
      this.core.marketStep(stop - k);
      k = stop;
      after(k);
    }
    if (k < blocks) this.core.marketStep(blocks - k);
  }

  /** Per-subnet coinbase terms of the last block, for eligible subnets, with `keys`. */
  terms(keys: TermKey[]): Record<string, Obj> {
    const flat = this.core.marketTerms();
    const out: Record<string, Obj> = {};
    this.p.netuids.forEach((netuid, i) => {
      const t = termsOf(flat, i);
      if (!t.eligible) return;
      out[String(netuid)] = Object.fromEntries(keys.map((k) => [k, t[k]]));
    });
    return out;
  }

  blockTerms(): Float64Array {
    return this.core.marketTerms();
  }

  snapshot(): Obj {
    const st = this.core.marketState();
    const subnets: Obj = {};
    this.p.netuids.forEach((netuid, i) => {
      const s = subnetOf(st, i);
      subnets[String(netuid)] = {
        tao: s[S.TAO], alpha_in: s[S.ALPHA_IN], alpha_out: s[S.ALPHA_OUT], price: s[S.SPOT], ema_price: s[S.EMA],
        w_quote: s[S.W_QUOTE], protocol_alpha: s[S.PROTOCOL_ALPHA],
      };
    });
    return { block: st[H.BLOCK], issuance: st[H.ISSUANCE], root_tao: st[H.ROOT_TAO], subnets };
  }

  subnet(i: number): Float64Array {
    return subnetOf(this.core.marketState(), i);
  }

  header(): Float64Array {
    return this.core.marketState().subarray(0, 10);
  }

  ledger(netuid: number): Record<string, number> {
    return ledgerOf(this.core, this.p, this.index(netuid));
  }

  trade(t: Obj) {
    const op = t.op === 'unstake' ? OP_UNSTAKE : OP_STAKE;
    const amount = Number(op === OP_STAKE ? t.tao : t.alpha);
    const limit = t.limit_price == null ? 0 : Number(t.limit_price);
    return tradeOf(this.core.marketUserTrade(this.index(Number(t.netuid)), op, amount, limit));
  }
}

export const num = (v: unknown, what: string): number => {
  const x = Number(v);
  if (!Number.isFinite(x)) throw new Error(`market: input ${what} is not a number`);
  return x;
};
