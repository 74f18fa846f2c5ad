// One description per parameter drives its slider, its aria-valuetext, the URL and validation.

export interface NumberParam {
  kind: 'number';
  id: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  step: number;
  scale: 'linear' | 'log';
  default: number;
  /** Key into src/content/sources.ts, or 'assumption'. */
  source: string;
  format: (v: number) => string;
  /** Where the value plausibly lies today (inside [min, max]): the claims' tornado and plausible worlds. */
  plausible?: PlausibleRange;
}

export interface PlausibleRange {
  low: number;
  high: number;
  /** Key into src/content/sources.ts, or 'assumption' when the range is ours. */
  source: string;
}

export interface ChoiceParam {
  kind: 'choice';
  id: string;
  label: string;
  options: { value: number; label: string }[];
  default: number;
  source: string;
}

export type Param = NumberParam | ChoiceParam;
export type ParamValues = Record<string, number>;

export function defaults(schema: readonly Param[]): ParamValues {
  return Object.fromEntries(schema.map((p) => [p.id, p.default]));
}

/** Snaps a number onto the parameter's grid and range; null when it is not a finite number. */
export function clampToParam(p: Param, v: number): number | null {
  if (!Number.isFinite(v)) return null;
  if (p.kind === 'choice') return p.options.find((o) => o.value === v)?.value ?? null; // the option itself, so -0 is 0
  const clamped = Math.min(p.max, Math.max(p.min, v));
  const snapped = p.min + Math.round((clamped - p.min) / p.step) * p.step;
  return Number(Math.min(p.max, snapped).toPrecision(12));
}

/** The text a screen reader hears for a value: number and unit, or the option's label. */
export function valueText(p: Param, v: number): string {
  if (p.kind === 'choice') return p.options.find((o) => o.value === v)?.label ?? String(v);
  return p.unit ? `${p.format(v)} ${p.unit}` : p.format(v);
}
