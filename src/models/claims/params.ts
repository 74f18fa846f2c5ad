// Builders for the claim schemas' parameters (src/state/schema.ts shapes), so each model lists one
// line per slider.
import type { ChoiceParam, NumberParam, PlausibleRange } from '../../state/schema';

export interface Range {
  min: number;
  max: number;
  step: number;
  scale?: 'linear' | 'log';
}

/** A claim's number parameter; `plausible` is where it lies today, [low, high] with its source. */
export function numberParam(
  id: string, label: string, unit: string, range: Range, def: number, source: string, format: (v: number) => string,
  plausible?: PlausibleRange,
): NumberParam {
  return { kind: 'number', id, label, unit, min: range.min, max: range.max, step: range.step, scale: range.scale ?? 'linear', default: def, source, format, plausible };
}

/** [low, high] with the source that puts a parameter there: numberParam's last argument. */
export function plausible(low: number, high: number, source: string): PlausibleRange {
  return { low, high, source };
}

export function choiceParam(id: string, label: string, options: { value: number; label: string }[], def: number, source: string): ChoiceParam {
  return { kind: 'choice', id, label, options, default: def, source };
}
