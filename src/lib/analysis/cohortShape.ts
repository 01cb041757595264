import type { CohortCellRow, CohortMeasure } from './cohorts';
import { wilson } from './stats';

/** One cohort (× segment) row of the table: index k of every array is period index k. */
export interface CohortLine {
  /** Stable identity of the line across views (segment and cohort). */
  key: string;
  cohort: string;
  cohortStart: string;
  segment: string | null;
  size: number;
  /** The measure: numerator ÷ denominator; null when the denominator is not positive. */
  values: (number | null)[];
  /** Retained customers, orders, or money (revenue in k, revenue in 0..k). */
  numerators: number[];
  /** Customers the value is per (revenue retention: the same customers' period-0 revenue). */
  denominators: number[];
  complete: boolean[];
  /** 95 % Wilson interval (customers measure only; null otherwise). */
  lower: (number | null)[];
  upper: (number | null)[];
}

/** One point of an average curve, over complete cells only (METRICS.md §2). */
export interface AveragePoint {
  k: number;
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** How many cohorts entered the average at this k, and their pooled numerator and denominator. */
  cohorts: number;
  numerator: number;
  denominator: number;
}

/** Pooled: Σ numerators ÷ Σ denominators (PostHog's weighted mean). Simple: mean of cohort rates. */
export type AverageKind = 'pooled' | 'simple';

export interface CohortTable {
  cohorts: CohortLine[];
  average: AveragePoint[];
  /** Average curve per segment value (only with a breakdown), in the order segments first appear. */
  segments: { segment: string; average: AveragePoint[] }[];
  /** The as-of date the grid was computed for. */
  asOf: string | null;
}

/** The key of a line: segment and cohort (printable, so it can sit in a `data-` attribute). */
export function lineKey(segment: string | null, cohort: string): string {
  return JSON.stringify([segment, cohort]);
}

/** Numerator and denominator of a cell for a measure (METRICS.md §2). */
function fraction(measure: CohortMeasure, cell: CohortCellRow): [number, number] {
  switch (measure) {
    case 'customers':
      return [cell.retained, cell.base];
    case 'revenue':
      // Revenue retention: net revenue in k ÷ the same customers' net revenue in period 0 (may exceed 100 %).
      return [cell.revenue, cell.revenue0];
    case 'cumulative-revenue':
      // Realised CLV: net revenue in periods 0..k ÷ customers.
      return [cell.cumulative, cell.base];
    case 'orders':
      return [cell.orders, cell.base];
  }
}

/** Group SQL grid rows into cohort lines with values, completeness and Wilson intervals. */
export function shapeCohortLines(rows: CohortCellRow[], measure: CohortMeasure): CohortLine[] {
  const lines = new Map<string, CohortLine>();
  for (const cell of rows) {
    const key = lineKey(cell.segment, cell.cohort);
    let line = lines.get(key);
    if (!line) {
      line = {
        key,
        cohort: cell.cohort,
        cohortStart: cell.cohort_start,
        segment: cell.segment,
        size: cell.size,
        values: [],
        numerators: [],
        denominators: [],
        complete: [],
        lower: [],
        upper: [],
      };
      lines.set(key, line);
    }
    const [num, den] = fraction(measure, cell);
    const interval = measure === 'customers' ? wilson(num, den) : { lower: null, upper: null };
    line.values[cell.k] = den > 0 ? num / den : null;
    line.numerators[cell.k] = num;
    line.denominators[cell.k] = den;
    line.complete[cell.k] = cell.complete;
    line.lower[cell.k] = interval.lower;
    line.upper[cell.k] = interval.upper;
  }
  return [...lines.values()];
}

/**
 * The average curve over cohort lines, from complete cells only: incomplete cells are partial and
 * would drag the average down (METRICS.md §2). Pooled averages carry a Wilson interval on the pooled
 * counts for the customers measure.
 */
export function averageCurve(
  lines: CohortLine[],
  measure: CohortMeasure,
  kind: AverageKind = 'pooled',
): AveragePoint[] {
  const maxK = Math.max(-1, ...lines.map((l) => l.values.length - 1));
  const out: AveragePoint[] = [];
  for (let k = 0; k <= maxK; k++) {
    const used = lines.filter((l) => l.complete[k] && l.values[k] !== null && l.values[k] !== undefined);
    const numerator = used.reduce((s, l) => s + l.numerators[k], 0);
    const denominator = used.reduce((s, l) => s + l.denominators[k], 0);
    const point = { k, cohorts: used.length, numerator, denominator };
    if (used.length === 0) out.push({ ...point, value: null, lower: null, upper: null });
    else if (kind === 'simple') {
      const mean = used.reduce((s, l) => s + (l.values[k] as number), 0) / used.length;
      out.push({ ...point, value: mean, lower: null, upper: null });
    } else {
      const interval =
        measure === 'customers' ? wilson(numerator, denominator) : { lower: null, upper: null };
      out.push({ ...point, value: denominator > 0 ? numerator / denominator : null, ...interval });
    }
  }
  return out;
}

/** The whole cohort table: lines, the overall average, and one average per segment. */
export function shapeCohorts(
  rows: CohortCellRow[],
  measure: CohortMeasure,
  kind: AverageKind = 'pooled',
): CohortTable {
  const cohorts = shapeCohortLines(rows, measure);
  const names = [...new Set(cohorts.map((c) => c.segment).filter((s): s is string => s !== null))];
  return {
    cohorts,
    average: averageCurve(cohorts, measure, kind),
    segments: names.map((segment) => ({
      segment,
      average: averageCurve(
        cohorts.filter((c) => c.segment === segment),
        measure,
        kind,
      ),
    })),
    asOf: rows[0]?.as_of ?? null,
  };
}
