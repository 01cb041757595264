import { area, interpolateBlues, line, scaleLinear } from 'd3';
import type { AveragePoint, CohortTable } from '../../analysis/cohortShape';

/** A point of a curve; `lower`/`upper` bound its band when it has one. */
export interface CurvePoint {
  k: number;
  value: number;
  lower: number | null;
  upper: number | null;
}

export interface CurveSeries {
  /** Line key (`lineKey`); `avg:` for the overall average, `avg:SEGMENT` for a segment’s: the heatmap’s average rows use the same keys. */
  key: string;
  label: string;
  kind: 'cohort' | 'average' | 'segment';
  segment: string | null;
  color: string;
  points: CurvePoint[];
}

/** Okabe–Ito: a categorical palette that colour-blind readers can tell apart. */
export const CATEGORICAL = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#56B4E9',
  '#CC79A7',
  '#999933',
  '#000000',
];
/** The average curve's colour: it must stand out from the blue cohort lines. */
export const AVERAGE_COLOUR = '#D55E00';

function averagePoints(points: AveragePoint[]): CurvePoint[] {
  return points
    .filter((p) => p.value !== null)
    .map((p) => ({ k: p.k, value: p.value as number, lower: p.lower, upper: p.upper }));
}

/**
 * The curves to draw. By cohort: one line per cohort over its complete cells (partial periods would
 * dip and mislead), lighter for older cohorts, and the pooled average on top. By segment: one average
 * curve per segment value with its interval band, coloured from `colours` (by segment value) when given.
 */
export function curveSeries(
  table: CohortTable,
  by: 'cohorts' | 'segments',
  averageLabel: string,
  byAge = true,
  colours?: ReadonlyMap<string, string>,
): CurveSeries[] {
  if (by === 'segments' && table.segments.length)
    return table.segments.map((s, i) => ({
      key: `avg:${s.segment}`,
      label: s.segment,
      kind: 'segment',
      segment: s.segment,
      // A segment's colour is keyed by its value (src/lib/charts/breakdownColours.ts), the same on every page.
      color: colours?.get(s.segment) ?? CATEGORICAL[i % CATEGORICAL.length],
      points: averagePoints(s.average),
    }));
  const n = table.cohorts.length;
  const cohorts: CurveSeries[] = table.cohorts.map((c, i) => ({
    key: c.key,
    label: c.segment === null ? c.cohort : `${c.segment} · ${c.cohort}`,
    kind: 'cohort',
    segment: c.segment,
    color: byAge
      ? interpolateBlues(0.3 + (0.65 * i) / Math.max(1, n - 1))
      : CATEGORICAL[i % CATEGORICAL.length],
    points: c.values.flatMap((v, k) =>
      v !== null && c.complete[k] ? [{ k, value: v, lower: null, upper: null }] : [],
    ),
  }));
  const average: CurveSeries = {
    key: 'avg:',
    label: averageLabel,
    kind: 'average',
    segment: null,
    color: AVERAGE_COLOUR,
    points: averagePoints(table.average),
  };
  return [...cohorts, average];
}

export interface CurvesLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  maxK: number;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  lines: (CurveSeries & { path: string; band: string | null; at: Map<number, { x: number; y: number }> })[];
  /** x pixel of period k, and the nearest k to a pixel. */
  xOf: (k: number) => number;
  kAt: (px: number) => number;
}

/** Scales, ticks and SVG paths for the visible series. */
export function curvesLayout(
  series: CurveSeries[],
  size: { width: number; height: number },
  format: (v: number) => string,
): CurvesLayout {
  const margin = { top: 12, right: 16, bottom: 36, left: 56 };
  const maxK = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.k)));
  const values = series.flatMap((s) =>
    s.points.flatMap((p) => [p.value, p.upper ?? p.value, p.lower ?? p.value]),
  );
  const lo = Math.min(0, ...values);
  const hi = Math.max(lo + 1e-9, ...values);
  const x = scaleLinear([0, maxK], [margin.left, size.width - margin.right]);
  const y = scaleLinear([lo, hi], [size.height - margin.bottom, margin.top]).nice(5);
  const path = line<CurvePoint>()
    .x((p) => x(p.k))
    .y((p) => y(p.value));
  const band = area<CurvePoint>()
    .defined((p) => p.lower !== null && p.upper !== null)
    .x((p) => x(p.k))
    .y0((p) => y(p.lower as number))
    .y1((p) => y(p.upper as number));
  const xTicks = x.ticks(Math.min(maxK, Math.floor(size.width / 60))).filter(Number.isInteger);
  return {
    ...size,
    margin,
    maxK,
    xTicks: xTicks.map((k) => ({ x: x(k), label: String(k) })),
    yTicks: y.ticks(5).map((v) => ({ y: y(v), label: format(v) })),
    lines: series.map((s) => ({
      ...s,
      path: s.points.length ? (path(s.points) ?? '') : '',
      band: s.points.some((p) => p.lower !== null) ? band(s.points) : null,
      at: new Map(s.points.map((p) => [p.k, { x: x(p.k), y: y(p.value) }])),
    })),
    xOf: (k) => x(k),
    kAt: (px) => Math.max(0, Math.min(maxK, Math.round(x.invert(px)))),
  };
}
