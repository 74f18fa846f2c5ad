// The few d3-format specifiers the claim figures use, written out so an embedded claim does not carry
// d3-format (tests/unit/number-format.test.ts checks them against d3-format, which stays a dev tool).
// As d3 does, a negative number takes the minus sign U+2212, and one that rounds to zero takes none.
const MINUS = '\u2212';
const SI = ['y', 'z', 'a', 'f', 'p', 'n', 'µ', 'm', '', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];

/** Significant digits and decimal exponent of |x| at p digits: 1234 at 3 → ['123', 3]. */
function parts(x: number, p: number): [string, number] {
  const s = Math.abs(x).toExponential(Math.max(0, p - 1));
  const e = s.indexOf('e');
  return [s.slice(0, e).replace('.', ''), Number(s.slice(e + 1))];
}

const zeros = (n: number) => '0'.repeat(Math.max(0, n));

/** The digits placed around the decimal point, never in exponent form ('r'). */
function rounded(x: number, p: number): string {
  const [digits, e] = parts(x, p);
  if (e < 0) return `0.${zeros(-e - 1)}${digits}`;
  return digits.length > e + 1 ? `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}` : digits + zeros(e + 1 - digits.length);
}

/** Trailing zeros of the fraction removed, and the point with them ('~'). */
const trim = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

const group = (s: string) => {
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dot < 0 ? '' : s.slice(dot));
};

function signed(x: number, body: string): string {
  return x < 0 && /[1-9]/.test(body) ? MINUS + body : body;
}

/** format('.p~r') */
export const roundedTrim = (p: number) => (x: number) => (x === 0 || !Number.isFinite(x) ? String(x).replace('-', MINUS) : signed(x, trim(rounded(x, p))));

/** format(',.df') */
export const fixedGrouped = (d: number) => (x: number) => (Number.isFinite(x) ? signed(x, group(Math.abs(x).toFixed(d))) : String(x).replace('-', MINUS));

/** format('.p~s'): p significant digits and an SI prefix. */
export const siTrim = (p: number) => (x: number) => {
  if (x === 0 || !Number.isFinite(x)) return String(x).replace('-', MINUS);
  const [digits, e] = parts(x, p);
  const k = Math.max(-8, Math.min(8, Math.floor(e / 3)));
  const i = e - 3 * k + 1;
  const n = digits.length;
  const body = i === n ? digits : i > n ? digits + zeros(i - n) : i > 0 ? `${digits.slice(0, i)}.${digits.slice(i)}` : `0.${zeros(-i)}${parts(x, Math.max(0, p + i - 1))[0]}`;
  return signed(x, trim(body) + SI[8 + k]);
};
