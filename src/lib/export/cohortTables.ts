import type { CohortTable } from '../analysis/cohortShape';
import type { CurveSeries } from '../components/cohorts/curvesLayout';
import type { ExportTable } from './csv';

/** Column names in the reader's language. */
export interface CohortTableLabels {
  cohort: string;
  segment: string;
  customers: string;
  completePeriods: string;
  average: string;
  /** The period unit: "Month" gives columns "Month 0", "Month 1", … */
  unit: string;
}

/**
 * The cohort heatmap's numbers (METRICS.md §2): the average row(s) first, as on the page, then one row
 * per cohort with its size, how many of its periods are complete, and the measure at every period since
 * acquisition. Values of incomplete periods are written too; "complete periods" says where they start.
 */
export function cohortGridTable(table: CohortTable, labels: CohortTableLabels): ExportTable {
  const segmented = table.cohorts.some((c) => c.segment !== null);
  const periods = Math.max(0, ...table.cohorts.map((c) => c.values.length), table.average.length);
  const ks = Array.from({ length: periods }, (_, k) => k);
  const columns = [
    labels.cohort,
    ...(segmented ? [labels.segment] : []),
    labels.customers,
    labels.completePeriods,
    ...ks.map((k) => `${labels.unit} ${k}`),
  ];
  const averageRow = (segment: string | null, points: CohortTable['average']) => {
    const members = table.cohorts.filter((c) => segment === null || c.segment === segment);
    const byK = new Map(points.map((p) => [p.k, p.value]));
    return [
      labels.average,
      ...(segmented ? [segment] : []),
      members.reduce((sum, c) => sum + c.size, 0),
      points.filter((p) => p.value !== null).length,
      ...ks.map((k) => byK.get(k) ?? null),
    ];
  };
  const rows = [
    averageRow(null, table.average),
    ...(segmented ? table.segments.map((s) => averageRow(s.segment, s.average)) : []),
    ...table.cohorts.map((c) => [
      c.cohort,
      ...(segmented ? [c.segment] : []),
      c.size,
      c.complete.filter(Boolean).length,
      ...ks.map((k) => c.values[k] ?? null),
    ]),
  ];
  return { columns, rows };
}

/** Column names of the curves' table. */
export interface CurveTableLabels {
  series: string;
  value: string;
  lower: string;
  upper: string;
  unit: string;
}

/** The curves as drawn: one row per point of every line, with its interval where it has one. */
export function curvesTable(series: CurveSeries[], labels: CurveTableLabels): ExportTable {
  return {
    columns: [labels.series, labels.unit, labels.value, labels.lower, labels.upper],
    rows: series.flatMap((s) => s.points.map((p) => [s.label, p.k, p.value, p.lower, p.upper])),
  };
}
