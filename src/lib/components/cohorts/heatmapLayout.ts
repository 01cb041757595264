import { interpolateYlGnBu, lab, scaleLinear, scaleSequential } from 'd3';
import type { AveragePoint, CohortLine, CohortTable } from '../../analysis/cohortShape';

/** One cell: its value, how it is drawn, and the counts behind it for the tooltip. */
export interface HeatCell {
  k: number;
  x: number;
  value: number | null;
  complete: boolean;
  /** Fill colour; null for incomplete cells (drawn hatched) and empty ones. */
  fill: string | null;
  text: string;
  textFill: string;
  numerator: number;
  denominator: number;
  lower: number | null;
  upper: number | null;
  /** Average rows: how many complete cohorts the value pools. */
  cohorts?: number;
}

export interface HeatRow {
  /** Line key for cohort rows (`lineKey`), `avg:SEGMENT` for average rows. */
  key: string;
  kind: 'average' | 'cohort';
  label: string;
  segment: string | null;
  size: number | null;
  y: number;
  small: boolean;
  cells: HeatCell[];
}

export interface HeatmapLayout {
  width: number;
  height: number;
  cell: { width: number; height: number };
  /** x of the cohort label column, the size column's right edge, and the first cell. */
  labelX: number;
  sizeX: number;
  gridX: number;
  headerY: number;
  columns: { k: number; x: number }[];
  rows: HeatRow[];
  /** Segment group titles (with a breakdown). */
  groups: { segment: string; y: number }[];
  legend: {
    x: number;
    y: number;
    width: number;
    stops: { offset: number; color: string }[];
    ticks: { x: number; label: string }[];
    clamped: boolean;
  };
}

export interface HeatmapOptions {
  /** Formats a value for a cell and the legend. */
  format: (value: number) => string;
  /** When given, cells show their total (the value's numerator: customers, orders, money) formatted so. */
  total?: (numerator: number) => string;
  /** Label of the overall average row, and of a segment's average row. */
  averageLabel: string;
  /** Cohorts smaller than this are drawn faded (METRICS.md §2: small cohorts are noisy). */
  smallSize?: number;
  cellWidth?: number;
  cellHeight?: number;
}

/** The colour scale: ColorBrewer YlGnBu, ordered in lightness, so darker always means more. */
export function heatColour(max: number): (v: number) => string {
  const scale = scaleSequential((t: number) => interpolateYlGnBu(0.04 + 0.9 * t))
    .domain([0, max])
    .clamp(true);
  return (v) => scale(Math.max(0, v));
}

/** Dark text on light cells, white on dark ones (CIELAB lightness). */
export function textOn(fill: string): string {
  return lab(fill).l < 60 ? '#ffffff' : '#18212f';
}

/**
 * The scale's top: the largest complete value after period 0. Period 0 is 100 % by definition for
 * first-purchase cohorts and would wash out every later cell, so it may exceed the scale (clamped).
 */
function scaleTop(lines: CohortLine[]): { max: number; clamped: boolean } {
  let later = 0;
  let all = 0;
  for (const l of lines)
    l.values.forEach((v, k) => {
      if (v === null || !l.complete[k]) return;
      all = Math.max(all, v);
      if (k > 0) later = Math.max(later, v);
    });
  const max = later > 0 ? later : all > 0 ? all : 1;
  return { max, clamped: all > max };
}

const LEGEND_HEIGHT = 44;
const LEGEND_WIDTH = 690;

/** Positions, colours and texts of every row and cell of the cohort heatmap. */
export function heatmapLayout(table: CohortTable, options: HeatmapOptions): HeatmapLayout {
  const cw = options.cellWidth ?? 52;
  const ch = options.cellHeight ?? 26;
  const small = options.smallSize ?? 30;
  const maxK = Math.max(0, ...table.cohorts.map((l) => l.values.length - 1));
  const longest = Math.max(options.averageLabel.length, ...table.cohorts.map((l) => l.cohort.length));
  const labelX = 8;
  const sizeX = labelX + Math.min(200, Math.max(72, longest * 7.4 + 12)) + 56;
  const gridX = sizeX + 12;
  const headerY = LEGEND_HEIGHT + 24;
  const { max, clamped } = scaleTop(table.cohorts);
  const colour = heatColour(max);

  const cellOf = (
    k: number,
    value: number | null,
    complete: boolean,
    num: number,
    den: number,
    lower: number | null,
    upper: number | null,
  ): HeatCell => {
    const fill = value === null || !complete ? null : colour(value);
    return {
      k,
      x: gridX + k * cw,
      value,
      complete,
      fill,
      text: value === null ? '' : options.total ? options.total(num) : options.format(value),
      textFill: fill ? textOn(fill) : '#5b6678',
      numerator: num,
      denominator: den,
      lower,
      upper,
    };
  };
  const averageRow = (segment: string | null, points: AveragePoint[], label: string, y: number): HeatRow => ({
    key: `avg:${segment ?? ''}`,
    kind: 'average',
    label,
    segment,
    size: null,
    y,
    small: false,
    cells: points
      .filter((p) => p.value !== null)
      .map((p) => ({
        ...cellOf(p.k, p.value, true, p.numerator, p.denominator, p.lower, p.upper),
        cohorts: p.cohorts,
      })),
  });

  const rows: HeatRow[] = [];
  const groups: HeatmapLayout['groups'] = [];
  let y = headerY + 8;
  rows.push(averageRow(null, table.average, options.averageLabel, y));
  y += ch + 10;
  const segments: (string | null)[] = table.segments.length ? table.segments.map((s) => s.segment) : [null];
  for (const segment of segments) {
    if (segment !== null) {
      groups.push({ segment, y: y + 16 });
      y += 24;
      const avg = table.segments.find((s) => s.segment === segment)!.average;
      rows.push(averageRow(segment, avg, options.averageLabel, y));
      y += ch + 4;
    }
    for (const line of table.cohorts.filter((l) => l.segment === segment)) {
      rows.push({
        key: line.key,
        kind: 'cohort',
        label: line.cohort,
        segment,
        size: line.size,
        y,
        small: line.size < small,
        cells: line.values.map((v, k) =>
          cellOf(
            k,
            v,
            line.complete[k],
            line.numerators[k],
            line.denominators[k],
            line.lower[k],
            line.upper[k],
          ),
        ),
      });
      y += ch;
    }
  }

  const legendWidth = 220;
  const ticks = scaleLinear([0, max], [0, legendWidth]).ticks(4);
  return {
    // The legend (scale, then the incomplete and small swatches) needs about 690 px.
    width: Math.max(gridX + (maxK + 1) * cw + 8, labelX + LEGEND_WIDTH),
    height: y + 8,
    cell: { width: cw, height: ch },
    labelX,
    sizeX,
    gridX,
    headerY,
    columns: Array.from({ length: maxK + 1 }, (_, k) => ({ k, x: gridX + k * cw })),
    rows,
    groups,
    legend: {
      x: labelX,
      y: 6,
      width: legendWidth,
      stops: Array.from({ length: 11 }, (_, i) => ({ offset: i / 10, color: colour((i / 10) * max) })),
      ticks: ticks.map((v) => ({ x: (v / max) * legendWidth, label: options.format(v) })),
      clamped,
    },
  };
}
