// The wasm market core against the late-2026 vectors (tests/fixtures/vectors/market-2026h2.json,
// shared/specs/market-2026h2.md §A–§C): all 11 scenarios at their own tolerances (those of market.json),
// and the bad inputs of issue 14 refused with a readable message.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { runMarketScenario } from '../../src/engine/market-runner';
import { loadTestCore } from '../support/core';
import { itReproducesEveryScenario, loadMarketFile, scenarioDifferences, type FileScenario } from '../support/market-vectors';

const file = loadMarketFile('market-2026h2.json');
const scenario = (id: string): FileScenario => JSON.parse(JSON.stringify(file.scenarios.find((s) => s.id === id)));

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

describe('market core reproduces the late-2026 vectors (market-2026h2 §A–§C)', () => {
  it('holds 11 scenarios', () => expect(file.scenarios).toHaveLength(11));
  itReproducesEveryScenario(file, () => core);
});

describe('bad input gets a clear message', () => {
  it('a rank of 0 is the q-mass bar (market-2026h2 §A)', () => {
    const sc = scenario('gate_rank_nth_largest');
    const inputs = sc.inputs as { gates: { mode: string; q: number; N: number; key: string }[] };
    inputs.gates = [{ mode: 'rank', q: 0.75, N: 0, key: 'rank0' }, { mode: 'quantile', q: 0.75, N: 0, key: 'q' }];
    const out = runMarketScenario(core, sc, file) as { gates: Record<string, { theta: number; gated_share: number[] }> };
    expect(out.gates.rank0.theta).toBeCloseTo(0.2, 12);
    expect(out.gates.rank0).toEqual(out.gates.q);
  });

  it('a negative or fractional rank is refused', () => {
    const sc = scenario('gate_rank_nth_largest');
    (sc.inputs as { gates: { N: number }[] }).gates[0].N = -1;
    expect(() => runMarketScenario(core, sc, file)).toThrow(/gate rank N = -1 is not an integer ≥ 0/);
    (sc.inputs as { gates: { N: number }[] }).gates[0].N = 2.5;
    expect(() => runMarketScenario(core, sc, file)).toThrow(/gate rank N = 2.5/);
  });

  it('more than 128 subnets are refused, by the runner and by the core', () => {
    const sc = scenario('gate_rank_128_vs_quantile');
    const inputs = sc.inputs as { ema_price: number[]; miner_burned: number[] };
    expect(inputs.ema_price).toHaveLength(128);
    expect(scenarioDifferences(core, file, scenario('gate_rank_128_vs_quantile'))).toEqual([]);
    inputs.ema_price.push(0.01);
    inputs.miner_burned.push(0);
    expect(() => runMarketScenario(core, sc, file)).toThrow(/129 subnets given; the core takes at most 128/);
    expect(core.marketGate(Float64Array.from(inputs.ema_price), Float64Array.from(inputs.miner_burned), 2, 0.75, 32, 3)).toHaveLength(0);
    const net = scenario('root_basket_720_blocks');
    const st = (net.inputs as { state0: { subnets: unknown[] } }).state0;
    st.subnets = Array.from({ length: 129 }, (_, k) => ({ ...(st.subnets[1] as object), netuid: k + 1 }));
    expect(() => runMarketScenario(core, net, file)).toThrow(/129 subnets given/);
  });

  it('a validator list naming nobody is refused', () => {
    const sc = scenario('root_basket_one_tempo');
    (sc.inputs as { root_registered_validators: string[] }).root_registered_validators = ['vRoot', 'nobody'];
    expect(() => runMarketScenario(core, sc, file)).toThrow(/root_registered_validators names "nobody", not a validator of any subnet/);
    (sc.inputs as { root_registered_validators: unknown }).root_registered_validators = 'vRoot';
    expect(() => runMarketScenario(core, sc, file)).toThrow(/must be a list of validator names/);
  });

  it('a basket era without the list is refused', () => {
    const sc = scenario('root_basket_one_tempo');
    delete (sc.inputs as { root_registered_validators?: string[] }).root_registered_validators;
    expect(() => runMarketScenario(core, sc, file)).toThrow(/needs inputs.root_registered_validators/);
  });
});

describe('reservoirs instead of skip-and-recycle (market-2026h2 §C, adjust_protocol_liquidity.rs @ 71ddeedc)', () => {
  const pool = (tao: number, alpha: number, wq = 0.5) => Float64Array.from([1, tao, alpha, wq]);
  // → [tao, alpha, w_quote, reservoir TAO, reservoir alpha, active TAO, active alpha]
  const inject = (p: Float64Array, rt: number, ra: number, dt: number, da: number) => Array.from(core.marketInjectReservoir(p, rt, ra, dt, da, 0.01));

  it('1,000 / 1,000 + 200,000 τ + 1,000 α: alpha only is active, the TAO waits in the reservoir', () => {
    const r = inject(pool(1000, 1000), 0, 0, 200_000, 1000);
    expect(r.slice(3)).toEqual([200_000, 0, 0, 1000]);
  });

  it('1,000 / 1,000 + 1,000 τ + 200,000 α: TAO only is active, the alpha waits', () => {
    const r = inject(pool(1000, 1000), 0, 0, 1000, 200_000);
    expect(r.slice(3)).toEqual([0, 200_000, 1000, 0]);
  });

  it('after the first row, a retry with 1,000 τ + 200,000 α empties both reservoirs, price unchanged', () => {
    const a = inject(pool(1000, 1000), 0, 0, 200_000, 1000);
    const b = inject(pool(a[0], a[1], a[2]), a[3], a[4], 1000, 200_000);
    expect(b[3]).toBe(0);
    expect(b[4]).toBe(0);
    expect(b[5]).toBeGreaterThanOrEqual(1000);
    expect(b[6]).toBeGreaterThanOrEqual(200_000);
    const price = (t: number, x: number, w: number) => ((1 - w) * t) / (w * x);
    expect(price(b[0], b[1], b[2])).toBeCloseTo(1, 12);
  });

  it('1e6 / 1e6 with reservoirs 10,000 / 20,000 + 300 / 400: all of it active', () => {
    const r = inject(pool(1e6, 1e6), 10_000, 20_000, 300, 400);
    expect(r.slice(3)).toEqual([0, 0, 10_300, 20_400]);
  });
});

describe('baskets in a network (market-2026h2 §B.2)', () => {
  it('the second deposit of a fund is priced at NAV: shares ≠ value once the fund holds alpha', () => {
    const out = runMarketScenario(core, scenario('root_basket_720_blocks'), file) as { sn1_ledger: Record<string, number> };
    const l = out.sn1_ledger;
    expect(l['basket_credit:vRoot']).toBeGreaterThan(0);
    expect(l['basket_shares_minted:vRoot']).not.toBeCloseTo(l['basket_value_added_tao:vRoot'], 6);
    expect(Object.keys(l).filter((k) => k.startsWith('basket_') && !k.endsWith(':vRoot'))).toEqual([]);
  });
});
