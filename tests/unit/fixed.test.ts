// The fixed-point primitives of the chain-exact mode on their own (assembly/wide.ts, assembly/fixed.ts,
// spec §2), each against a BigInt computation of the rule it implements. I32F32 values are passed as
// their raw i64 (value = raw · 2^-32), as BigInt.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoreExports } from '../../src/engine/core';
import { loadTestCore } from '../support/core';

let core: CoreExports;
beforeAll(async () => {
  core = await loadTestCore();
});

const ONE = 1n << 32n;
const I64_MAX = (1n << 63n) - 1n;
const I64_MIN = -(1n << 63n);
const U64_MAX = (1n << 64n) - 1n;
const fits = (x: bigint) => x >= I64_MIN && x <= I64_MAX;
const u64 = (x: bigint) => BigInt.asUintN(64, x);
/** I32F32 raw of a decimal value given as numerator/denominator, floored (for readable tables). */
const fx = (x: number) => BigInt(Math.round(x * 2 ** 16)) << 16n;

// ---- BigInt references: the rules of spec §2 ----
const refMul = (a: bigint, b: bigint) => (a * b) >> 32n; // BigInt >> floors
const saturate = (x: bigint) => (x > I64_MAX ? I64_MAX : x < I64_MIN ? I64_MIN : x);
const refDiv = (a: bigint, b: bigint) => (b === 0n ? null : (a << 32n) / b); // BigInt / truncates toward zero

/** Exact x·2^32 of a double, rounded half to even (x finite). */
function refFromF64(x: number): bigint {
  if (x === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = expBits === 0 ? frac : frac | (1n << 52n);
  const exp = (expBits === 0 ? -1074 : expBits - 1075) + 32; // x·2^32 = mant · 2^exp
  let r: bigint;
  if (exp >= 0) r = mant << BigInt(exp);
  else {
    const k = BigInt(-exp);
    const q = mant >> k;
    const rem = mant - (q << k);
    const half = 1n << (k - 1n);
    r = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
  }
  return saturate(sign * r);
}

/** substrate-fixed exp on I32F32 with checked steps; null = error. */
function refExp(x: bigint): bigint | null {
  if (x === 0n) return ONE;
  if (x === ONE) return 22802601n << 9n;
  const neg = x < 0n;
  const op = neg ? -x : x;
  let result = op + ONE;
  let term = op;
  for (let i = 2n; i < 32n; i++) {
    term = refMul(term, op);
    if (!fits(term)) return null;
    const q = refDiv(term, i << 32n);
    if (q === null || !fits(q)) return null;
    term = q;
    result += term;
    if (!fits(result)) return null;
  }
  if (neg) {
    const q = refDiv(ONE, result);
    if (q === null || !fits(q)) return null;
    result = q;
  }
  return result;
}

function refExpSafe(x: bigint): bigint {
  const lo = -20n << 32n;
  const hi = 20n << 32n;
  const safe = x < lo ? lo : x > hi ? hi : x;
  const r = refExp(safe);
  return r ?? (safe <= 0n ? 0n : I64_MAX);
}

// A reproducible spread of 64-bit patterns: edge values and LCG noise at every magnitude.
function samples(count: number, seed = 12345n): bigint[] {
  const edges = [0n, 1n, 2n, (1n << 31n) - 1n, 1n << 31n, (1n << 32n) - 1n, 1n << 32n, (1n << 32n) + 1n, 65535n << 32n, (1n << 47n) - 1n, I64_MAX, I64_MIN, I64_MIN + 1n, -1n, -(1n << 32n), -((1n << 32n) + 1n)];
  const out = [...edges];
  let s = seed;
  for (let k = 0; k < count; k++) {
    s = u64(s * 6364136223846793005n + 1442695040888963407n);
    const shift = BigInt(k % 64);
    const v = BigInt.asIntN(64, s >> shift);
    out.push(v, -v);
  }
  return out;
}

describe('wide 128-bit arithmetic (wide.ts)', () => {
  const xs = samples(60);

  it('multiplies unsigned 64 × 64 into both 64-bit halves of the exact product', () => {
    for (const a of xs) for (const b of xs.slice(0, 40)) {
      const p = u64(a) * u64(b);
      expect(core.wideMulU(u64(a), u64(b), false), `${a}·${b} lo`).toBe(p & U64_MAX);
      expect(core.wideMulU(u64(a), u64(b), true), `${a}·${b} hi`).toBe(p >> 64n);
    }
  });

  it('multiplies signed 64 × 64 into the two\'s complement 128-bit product', () => {
    for (const a of xs) for (const b of xs.slice(0, 40)) {
      const p = BigInt.asUintN(128, a * b);
      expect(core.wideMulS(a, b, false), `${a}·${b} lo`).toBe(p & U64_MAX);
      expect(core.wideMulS(a, b, true), `${a}·${b} hi`).toBe(p >> 64n);
    }
  });

  it('divides a 128-bit numerator by a 64-bit divisor (quotient and remainder) whenever the quotient fits', () => {
    const ds = [1n, 2n, 3n, 65535n, (1n << 32n) - 1n, 1n << 32n, (1n << 32n) + 1n, 1n << 63n, U64_MAX, ...xs.map(u64).filter((d) => d > 0n)];
    let checked = 0;
    for (const d of ds) for (const h of xs.slice(0, 30)) for (const l of xs.slice(0, 12)) {
      const hi = u64(h) % d; // hi < d: the quotient fits in 64 bits
      const lo = u64(l);
      const n = (hi << 64n) | lo;
      expect(core.wideDiv(hi, lo, d, false), `${n} / ${d}`).toBe(n / d);
      expect(core.wideDiv(hi, lo, d, true), `${n} % ${d}`).toBe(n % d);
      checked++;
    }
    expect(checked).toBeGreaterThan(10000);
  });

  it('refuses a quotient that would not fit (hi ≥ d) or a zero divisor with 0', () => {
    expect(core.wideDiv(5n, 0n, 5n, false)).toBe(0n);
    expect(core.wideDiv(0n, 7n, 0n, false)).toBe(0n);
  });
});

describe('I32F32 multiplication: exact product floored; overflow per the chain call', () => {
  const table: [string, bigint, bigint, bigint][] = [
    ['0.5 · 0.5', ONE / 2n, ONE / 2n, ONE / 4n],
    ['1 · 1', ONE, ONE, ONE],
    ['smallest · smallest floors to 0', 1n, 1n, 0n],
    ['−ε · ε floors to −ε (toward −∞, not 0)', -1n, 1n, -1n],
    ['−1.5 · 3', -(3n * ONE) / 2n, 3n * ONE, -(9n * ONE) / 2n],
    ['(1 − ε)² floors', ONE - 1n, ONE - 1n, ((ONE - 1n) * (ONE - 1n)) >> 32n],
    ['255 · 255 (integers)', 255n << 32n, 255n << 32n, 65025n << 32n],
  ];
  for (const [name, a, b, want] of table) {
    it(`${name}`, () => {
      expect(core.fxTestMul(a, b)).toBe(want);
      expect(refMul(a, b)).toBe(want);
    });
  }

  it('matches floor(a·b / 2^32) for every sample pair; saturating_mul clamps, checked_mul gives 0 and flags', () => {
    const xs = samples(50);
    for (const a of xs) for (const b of xs) {
      const exact = refMul(a, b);
      expect(core.fxTestMul(a, b), `sat ${a}·${b}`).toBe(saturate(exact));
      const got = core.fxTestCheckedMul(a, b);
      expect(core.fxLastOverflow(), `overflow ${a}·${b}`).toBe(!fits(exact));
      expect(got, `checked ${a}·${b}`).toBe(fits(exact) ? exact : 0n);
    }
  });

  it('saturates 2^30 · 2^30 (integers) to the maximum and −2^30 · 2^30 to the minimum', () => {
    expect(core.fxTestMul((1n << 30n) << 32n, (1n << 30n) << 32n)).toBe(I64_MAX);
    expect(core.fxTestMul(-(1n << 30n) << 32n, (1n << 30n) << 32n)).toBe(I64_MIN);
    // checked_mul(..).unwrap_or_default() (vec_mul, the dividends) gives 0.
    expect(core.fxTestCheckedMul((1n << 20n) << 32n, (1n << 20n) << 32n)).toBe(0n);
    expect(core.fxLastOverflow()).toBe(true);
  });
});

describe('I32F32 division: (a << 32) / b truncated toward zero; safe_div gives 0', () => {
  const table: [string, bigint, bigint, bigint][] = [
    ['1 / 3', ONE, 3n * ONE, 1431655765n],
    ['−1 / 3 truncates toward 0', -ONE, 3n * ONE, -1431655765n],
    ['1 / −3', ONE, -3n * ONE, -1431655765n],
    ['u16 proportion 1/65535', ONE, 65535n << 32n, 65537n],
    ['65535 / 65535 = 1 exactly', 65535n << 32n, 65535n << 32n, ONE],
    ['ε / 2 truncates to 0', 1n, 2n * ONE, 0n],
    ['−ε / 2 truncates to 0 (not −ε)', -1n, 2n * ONE, 0n],
    ['divide by 0 → 0 (safe_div)', ONE, 0n, 0n],
    ['overflow → 0 (safe_div): 2^40 / ε', (1n << 40n) << 32n, 1n, 0n],
  ];
  for (const [name, a, b, want] of table) {
    it(`${name}`, () => expect(core.fxTestDiv(a, b)).toBe(want));
  }

  it('matches the BigInt quotient for every sample pair; safe_div, checked_div and saturating_div on overflow', () => {
    const xs = samples(50);
    for (const a of xs) for (const b of xs) {
      const q = refDiv(a, b);
      const ok = q !== null && fits(q);
      expect(core.fxTestDiv(a, b), `safe ${a}/${b}`).toBe(ok ? q : 0n);
      const checked = core.fxTestCheckedDiv(a, b);
      expect(core.fxLastOverflow(), `overflow ${a}/${b}`).toBe(!ok);
      expect(checked, `checked ${a}/${b}`).toBe(ok ? q : 0n);
      const sat = q === null ? 0n : saturate(q);
      expect(core.fxTestSaturatingDiv(a, b), `saturating ${a}/${b}`).toBe(sat);
    }
  });
});

describe('I32F32 saturating addition and subtraction', () => {
  it('adds and subtracts exactly, clamping at the ends of the range', () => {
    const xs = samples(30);
    for (const a of xs) for (const b of xs) {
      expect(core.fxTestAdd(a, b), `${a}+${b}`).toBe(saturate(a + b));
      expect(core.fxTestSub(a, b), `${a}-${b}`).toBe(saturate(a - b));
    }
  });
});

describe('float → I32F32: round to nearest, ties to even', () => {
  const ulp = 2 ** -32;
  const table: [string, number, bigint][] = [
    ['0', 0, 0n],
    ['−0', -0, 0n],
    ['1', 1, ONE],
    ['0.5', 0.5, ONE / 2n],
    ['half an ulp rounds to 0 (even)', 0.5 * ulp, 0n],
    ['1.5 ulp rounds to 2 (even)', 1.5 * ulp, 2n],
    ['2.5 ulp rounds to 2 (even)', 2.5 * ulp, 2n],
    ['−1.5 ulp rounds to −2', -1.5 * ulp, -2n],
    ['−2.5 ulp rounds to −2', -2.5 * ulp, -2n],
    ['just above half an ulp rounds up', 0.5 * ulp * (1 + 2 ** -52), 1n],
    ['0.1 (nearest)', 0.1, 429496730n],
    ['−0.1 (nearest)', -0.1, -429496730n],
    ['65535 (a stored u16)', 65535, 65535n << 32n],
    ['2^31 saturates', 2 ** 31, I64_MAX],
    ['−2^31 is the minimum exactly', -(2 ** 31), I64_MIN],
    ['−1e300 saturates', -1e300, I64_MIN],
    ['+∞ saturates', Infinity, I64_MAX],
    ['NaN gives 0', NaN, 0n],
  ];
  for (const [name, x, want] of table) {
    it(`${name}`, () => expect(core.fxTestFromF64(x)).toBe(want));
  }

  it('matches the exact half-even rounding of x·2^32 for random doubles at every scale', () => {
    let seed = 99;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let k = 0; k < 3000; k++) {
      const x = (rand() - 0.5) * 2 ** Math.floor(rand() * 80 - 50);
      expect(core.fxTestFromF64(x), `${x}`).toBe(refFromF64(x));
    }
  });
});

describe('u16 storage conversions', () => {
  it('fixed_proportion_to_u16 = floor(65535·x) clamped to 0..65535', () => {
    const table: [bigint, number][] = [
      [0n, 0], [ONE, 65535], [ONE - 1n, 65534], [ONE - 2n, 65534], [ONE / 2n, 32767], [-1n, 0], [-ONE, 0], [2n * ONE, 65535], [I64_MAX, 65535], [I64_MIN, 0],
      // The vectors' validator trust 0.9999999995343387 = 1 − 2ε stores 65534, not 65535.
      [ONE - 2n, 65534],
    ];
    for (const [x, want] of table) expect(core.fxTestToU16(x), `${x}`).toBe(want);
    for (const x of samples(200)) {
      const v = saturate(x * 65535n) >> 32n;
      const want = v < 0n ? 0 : v > 65535n ? 65535 : Number(v);
      expect(core.fxTestToU16(x), `${x}`).toBe(want);
    }
  });

  it('u16_proportion_to_fixed = floor(u·2^32 / 65535) for every u16; storing it again floors to u − 1 unless exact', () => {
    let exact = 0;
    for (let u = 0; u <= 65535; u++) {
      const got = core.fxTestU16Proportion(u);
      const want = (BigInt(u) << 32n) / 65535n;
      if (got !== want) expect(got, `u=${u}`).toBe(want);
      // floor(65535·floor(u·2^32/65535)·2^-32) loses one unit whenever the proportion was floored:
      // a bond read back and stored unchanged drops by 1 (the chain's own behaviour).
      const divides = (BigInt(u) << 32n) % 65535n === 0n;
      const back = core.fxTestToU16(got);
      if (back !== (divides ? u : u - 1)) expect(back, `round trip u=${u}`).toBe(divides ? u : u - 1);
      if (divides) exact++;
    }
    expect(exact).toBe(2); // u = 0 and 65535
  });
});

describe('I64F64 and I96F32 steps', () => {
  it('stake normalisation (I64F64 quotient truncated to I32F32) = floor(s·2^32 / Σs)', () => {
    const table: [bigint, bigint, bigint][] = [
      [3n, 10n, 1288490188n], // 0.3 → 0.2999999998137355 in the vectors
      [1n, 2n, ONE / 2n],
      [5n, 5n, ONE],
      [0n, 7n, 0n],
      [7n, 0n, 0n], // Σ = 0: safe_div
      [300000000000n, 1000000000000n, 1288490188n],
      [I64_MAX, I64_MAX, ONE],
      [1n << 40n, 1n, I64_MAX], // above I32F32: saturates
    ];
    for (const [s, total, want] of table) expect(core.fxTestRatio64(s, total), `${s}/${total}`).toBe(want);
    const xs = samples(40).map(u64).filter((v) => v > 0n);
    for (const a of xs) for (const b of xs) {
      const [s, t] = a <= b ? [a, b] : [b, a];
      expect(core.fxTestRatio64(s, t), `${s}/${t}`).toBe((s << 32n) / t);
    }
  });

  it('bonds moving average 900000 → EMA rate 1 − floor(0.9·2^32)·2^-32', () => {
    const ratio = core.fxTestRatio64(900000n, 1000000n);
    expect(ratio).toBe((900000n << 32n) / 1000000n);
    expect(ONE - ratio).toBe(429496730n);
  });

  it('rao amount = floor(share · rao) through I96F32, 0 for a negative share, saturating at u64::MAX', () => {
    const rao = 295201647974n;
    const table: [bigint, bigint, bigint][] = [
      [ONE, rao, rao],
      [ONE / 2n, rao, rao / 2n],
      [0n, rao, 0n],
      [-ONE, rao, 0n],
      [1n, rao, (rao * 1n) >> 32n],
      [I64_MAX, U64_MAX, U64_MAX],
    ];
    for (const [share, r, want] of table) expect(core.fxTestShareOfRao(share, r), `${share}·${r}`).toBe(want);
    for (const share of samples(60).filter((v) => v > 0n)) {
      for (const r of [1n, 1000n, rao, 1n << 63n, U64_MAX]) {
        const p = (share * r) >> 32n;
        expect(core.fxTestShareOfRao(share, r), `${share}·${r}`).toBe(p > U64_MAX ? U64_MAX : p);
      }
    }
  });
});

describe('exp (Taylor series term by term) and exp_safe', () => {
  const args: bigint[] = [0n, ONE, -ONE, 1n, -1n, ONE / 2n, -ONE / 2n, 5n * ONE, -5n * ONE, 10n * ONE, -(10n * ONE), 20n * ONE, -(20n * ONE), 21n * ONE, 22n * ONE, -(22n * ONE), 30n * ONE];
  for (let k = -50; k <= 50; k++) args.push(fx(k / 10 + 0.0123));

  it('equals the BigInt series bit for bit (value, or error when a checked step overflows)', () => {
    for (const x of args) {
      const want = refExp(x);
      const got = core.fxTestExp(x);
      expect(core.fxLastOverflow(), `error at ${x}`).toBe(want === null);
      if (want !== null) expect(got, `exp(${Number(x) / 2 ** 32})`).toBe(want);
    }
  });

  it('is exp to 1e-7 relative for |x| ≤ 10 (the series stops at x³¹/31!), with exp(1) = e truncated to 23 bits', () => {
    expect(core.fxTestExp(ONE)).toBe(22802601n << 9n);
    expect(Math.abs(Number(core.fxTestExp(ONE)) / 2 ** 32 - Math.E)).toBeLessThan(2 ** -22);
    for (const x of args) {
      const v = Number(x) / 2 ** 32;
      if (Math.abs(v) > 10 || x === ONE) continue;
      const got = Number(core.fxTestExp(x)) / 2 ** 32;
      expect(Math.abs(got - Math.exp(v)), `exp(${v})`).toBeLessThan(Math.exp(v) * 1e-7 + 2 ** -31);
    }
    // Liquid alpha's argument stays within ±5 for the default steepness: there the series is tight.
    for (const x of args) {
      const v = Number(x) / 2 ** 32;
      if (Math.abs(v) > 5 || x === ONE) continue;
      const got = Number(core.fxTestExp(x)) / 2 ** 32;
      expect(Math.abs(got - Math.exp(v)), `exp(${v})`).toBeLessThan(Math.exp(v) * 1e-9 + 2 ** -31);
    }
  });

  it('fails (an error, as on chain) from exp(22) on: the sum passes I32F32\'s 2^31; 1/exp(22) fails with it', () => {
    core.fxTestExp(22n * ONE);
    expect(core.fxLastOverflow()).toBe(true);
    core.fxTestExp(-(22n * ONE));
    expect(core.fxLastOverflow()).toBe(true);
  });

  it('exp_safe clamps the argument to [−20, 20] before exp', () => {
    for (const x of args) expect(core.fxTestExpSafe(x), `exp_safe(${x})`).toBe(refExpSafe(x));
    expect(core.fxTestExpSafe(30n * ONE)).toBe(core.fxTestExp(20n * ONE));
    expect(core.fxTestExpSafe(-(30n * ONE))).toBe(core.fxTestExp(-(20n * ONE)));
    expect(core.fxTestExpSafe(I64_MIN)).toBe(core.fxTestExp(-(20n * ONE)));
  });
});

describe('liquid-alpha rate (alpha_sigmoid in I32F32)', () => {
  /** The chain's alpha_sigmoid with BigInt steps (all saturating; none saturates for these inputs). */
  function refAlpha(c: bigint, w: bigint, b: bigint, loU16: number, hiU16: number, steep: number): bigint {
    const clamp = (v: bigint, lo: bigint, hi: bigint) => { const x = v < hi ? v : hi; return x > lo ? x : lo; };
    const lo = (BigInt(loU16) << 32n) / 65535n;
    const hi = (BigInt(hiU16) << 32n) / 65535n;
    const d = w >= b ? clamp(w - c, 0n, ONE) : clamp(b - w, 0n, ONE);
    const k = refDiv(BigInt(steep) << 32n, -100n << 32n)!;
    const sig = refDiv(ONE, ONE + refExpSafe(refMul(k, d - ONE / 2n)))!;
    return clamp(lo + refMul(sig, hi - lo), lo, hi);
  }
  const cases: [number, number, number][] = [[0.3, 0.3, 0], [0.3, 0.5, 0.1], [0.3, 1, 0], [0.5, 0.2, 0.6], [0, 0, 0], [0.2, 0, 0.9], [1, 1, 1]];
  for (const [c, w, b] of cases) {
    it(`c=${c}, w=${w}, b=${b} (lo 6553, hi 19660, steepness 1000)`, () => {
      const got = core.fxTestAlphaSigmoid(fx(c), fx(w), fx(b), 6553, 19660, 1000);
      expect(got).toBe(refAlpha(fx(c), fx(w), fx(b), 6553, 19660, 1000));
      expect(got >= (6553n << 32n) / 65535n && got <= (19660n << 32n) / 65535n).toBe(true);
    });
  }
});
