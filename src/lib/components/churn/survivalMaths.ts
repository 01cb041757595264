/** Layout maths and wording for the churn charts: pure functions, no Svelte, no DOM. */
import type { KaplanMeierCurve, KaplanMeierRow } from '../../models/kaplanMeier';

/** Okabe–Ito: a categorical palette that colour-blind readers can tell apart. */
export const GROUP_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

/** The plotting box inside an SVG of `width` × `height`. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function frame(
  width: number,
  height: number,
  margin: Partial<Omit<Frame, 'width' | 'height'>> = {},
): Frame {
  return { width, height, left: 48, right: 16, top: 12, bottom: 32, ...margin };
}

/** Subjects still followed at time t: those whose time is ≥ t (the first table row at or after t). */
export function atRiskAt(curve: KaplanMeierCurve, t: number): number {
  for (const r of curve.table) if (r.time >= t) return r.atRisk;
  return 0;
}

/** Points of a step curve from (0, 1) through each row, ending at the last time. */
export function stepPoints(
  table: KaplanMeierRow[],
  value: (r: KaplanMeierRow) => number | null,
): [number, number | null][] {
  const points: [number, number | null][] = [[0, 1]];
  for (const r of table) points.push([r.time, value(r)]);
  return points;
}

/** The band's bound at a row: 1 before any event (survival 1), null where it is undefined (survival 0). */
export function bandValue(r: KaplanMeierRow, side: 'lower' | 'upper'): number | null {
  if (r.survival === 1) return 1;
  return r[side];
}

/** A p-value as people read it: 0.003, 0.04, 0.42. */
export function formatP(p: number): string {
  if (p >= 0.1) return p.toFixed(2);
  if (p >= 0.01) return p.toFixed(3);
  return p.toFixed(3);
}

/**
 * Order groups from the one that stays longest to the one that leaves soonest, by observed ÷ expected
 * events under the log-rank null (fewer churns than expected = stays longer).
 */
export function rankGroups(names: string[], observed: number[], expected: number[]): string[] {
  return names
    .map((name, i) => ({ name, ratio: expected[i] > 0 ? observed[i] / expected[i] : Infinity }))
    .sort((a, b) => a.ratio - b.ratio)
    .map((g) => g.name);
}

/** Nice round tick values for a time axis from 0 to `max` (about `count` of them). */
export function timeTicks(max: number, count = 6): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** Every n-th label of a long period axis, so labels never overlap: 36 months → every 3rd. */
export function labelEvery(count: number, widthPerBar: number, labelWidth = 48): number {
  return Math.max(1, Math.ceil(labelWidth / Math.max(1, widthPerBar)));
}
