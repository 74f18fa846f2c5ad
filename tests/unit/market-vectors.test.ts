// The wasm market core against the golden vectors (tests/fixtures/vectors/market.json, spec §11):
// every scenario through runMarketScenario, every number within the scenario's own tolerance
// (a value passes if |got − want| ≤ abs or ≤ rel·|want|), booleans exactly, the same keys and nesting.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { runMarketScenario } from '../../src/engine/market-runner';
import { loadTestCore } from '../support/core';
import { itReproducesEveryScenario, loadMarketFile } from '../support/market-vectors';

const file = loadMarketFile('market.json');

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

describe('market core reproduces the golden vectors (spec §11)', () => {
  itReproducesEveryScenario(file, () => core);

  it('runs a variant of a known kind with other numbers (dispatch on kind, not id)', () => {
    const base = file.scenarios.find((s) => s.id === 'slippage_curve')!;
    const variant = JSON.parse(JSON.stringify(base));
    variant.id = 'slippage_curve_small_pool';
    variant.kind = 'slippage_curve';
    variant.inputs.pool.tao = 50;
    variant.inputs.buy_tao = variant.inputs.trade_fractions.map((f: number) => 50 * f);
    const out = runMarketScenario(core, variant, file) as { buys: { tao_in: number; alpha_out: number }[] };
    expect(out.buys.map((b) => b.tao_in)).toEqual(variant.inputs.buy_tao);
    for (const b of out.buys) expect(b.alpha_out).toBeGreaterThan(0);
  });

  it('names the problem for an unknown kind', () => {
    expect(() => runMarketScenario(core, { id: 'nope', inputs: {} }, file)).toThrow(/unknown scenario kind "nope"/);
  });
});
