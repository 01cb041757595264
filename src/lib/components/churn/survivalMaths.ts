/** Kaplan–Meier maths and wording for the churn survival figure: pure functions, no Svelte, no DOM. */
import type { KaplanMeierCurve, KaplanMeierRow } from '../../models/kaplanMeier';

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
