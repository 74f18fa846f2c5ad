// How block emission is shared (spec §b.3, §9, §b.1): table-driven checks of the gate bar and flow
// floors, and property tests (fast-check) that every share pipeline sums to one and never goes negative.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { loadTestCore } from '../support/core';
import fc from 'fast-check';
import { arrayUpTo, either, int, uniform, unit } from '../support/arbitraries';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const gate = (ema: number[], burned: number[], mode: number, q: number, N: number, h = 3) => {
  const m = ema.length;
  const r = core.marketGate(Float64Array.from(ema), Float64Array.from(burned), mode, q, N, h);
  return { theta: r[0], price: Array.from(r.subarray(1, 1 + m)), burn: Array.from(r.subarray(1 + m, 1 + 2 * m)), gated: Array.from(r.subarray(1 + 2 * m)) };
};

describe('gate bar θ (§9)', () => {
  const cases = [
    { name: 'quantile: the share at which the descending running sum reaches q', ema: [4, 3, 2, 1], q: 0.75, mode: 1, N: 0, theta: 0.2 },
    { name: 'quantile: q reached by the first share', ema: [8, 1, 1], q: 0.5, mode: 1, N: 0, theta: 0.8 },
    { name: 'rank: the N-th largest positive share', ema: [4, 3, 2, 1], q: 0, mode: 2, N: 2, theta: 0.3 },
    { name: 'rank: fewer positive shares than N takes the smallest', ema: [4, 3, 0, 0], q: 0, mode: 2, N: 3, theta: 3 / 7 },
  ];
  for (const c of cases) {
    it(c.name, () => expect(gate(c.ema, c.ema.map(() => 0), c.mode, c.q, c.N).theta).toBeCloseTo(c.theta, 14));
  }
  it('a subnet exactly at the bar keeps half its weight before renormalisation', () => {
    const g = gate([1, 1], [0, 0], 2, 0, 1);
    expect(g.theta).toBe(0.5);
    expect(g.gated).toEqual([0.5, 0.5]);
  });
  it('miner burn of 1 zeroes a share; all burned falls back to the price shares', () => {
    expect(gate([1, 1], [1, 0], 0, 0, 0).burn).toEqual([0, 1]);
    expect(gate([1, 3], [1, 1], 0, 0, 0).burn).toEqual([0.25, 0.75]);
  });
});

describe('flow shares (§b.3) through the network', () => {
  it('a negative flow gets nothing; net flow subtracts the normalised protocol flow', async () => {
    const { rulesFromPreset, packState0, termsOf } = await import('../../src/engine/market-io');
    const preset = { amm: 'cpmm', fee_rate: 0, flat_fee: 0, fee_dest: 'pool', shares: 'net_flow', miner_burn_weighting: false, gate: null, injection: 'cap_min_aemit_blockemission', chain_buy_alpha: 'protocol', inject_order: 'inject_then_buy', root_divs: 'claim', root_sell_flag: true, tao_weight: 0.18, legacy_epoch: true, emission_disabled_default: false } as const;
    const sub = (netuid: number, F: number, Pf: number) => ({ netuid, tao: 100, alpha_in: 1000, w_quote: 0.5, alpha_out: 1000, protocol_alpha: 0, ema_price: 0.1, miner_burned: 0, emission_enabled: true, registration_allowed: true, owner_cut_enabled: true, first_emission_block: 1, last_epoch_block: 0, tempo: 360, pending: { server: 0, validator: 0, root: 0, owner: 0, root_tao: 0 }, user_flow_ema: F, user_flow_acc: 0, protocol_flow_ema: Pf, protocol_flow_acc: 0, miners: [], validators: [] });
    const state0 = { preset: 'x', block: 100, issuance_tao: 1e6, root_tao: 1e6, tao_weight: 0.18, owner_cut: 0.18, ema_alpha: 0.0003, ema_halving_blocks: 201600, root_claim: 'swap' as const, sell_frac: 0, gate_theta: 0, subnets: [sub(1, 10, 20), sub(2, 30, 0), sub(3, -1, 0)] };
    const p = packState0(state0);
    core.marketLoad(rulesFromPreset(preset as never), p.header, p.subnets, p.miners, p.validators);
    const t = core.marketComputeShares(false);
    const final = [0, 1, 2].map((i) => termsOf(t, i).final_share);
    // n = min(1, 40/20) = 1: values 10 − 20 = −10, 30, −1 → only subnet 2 has a share.
    expect(final).toEqual([0, 1, 0]);
  });
});

describe('properties (fast-check, fixed seed): shares sum to one and are never negative', () => {
  it('price, burn-weighted and gated shares over 300 random networks of 1 to 128 subnets', () => {
    const subnetArb = fc.record({
      ema: either(0.95, unit().map((t) => Math.exp(-8 * t)), 0),
      burned: either(0.3, uniform(0, 1.2), 0),
    });
    const arb = fc.record({
      subnets: arrayUpTo(subnetArb, 1, 128),
      mode: fc.constantFrom(0, 1, 2),
      q: uniform(0.3, 1),
      N: int(1, 40),
      h: int(1, 4),
    });
    fc.assert(
      fc.property(arb, ({ subnets, mode, q, N, h }) => {
        const ema = subnets.map((s) => s.ema);
        if (!ema.some((e) => e > 0)) ema[0] = 1;
        const g = gate(ema, subnets.map((s) => s.burned), mode, q, N, h);
        for (const v of [g.price, g.burn, g.gated]) {
          expect(Math.abs(v.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
          expect(v.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
        }
        expect(g.theta >= 0 && Number.isFinite(g.theta)).toBe(true);
      }),
      { numRuns: 300, seed: 21 },
    );
  });
});
