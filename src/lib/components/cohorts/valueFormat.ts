import type { CohortMeasure } from '../../analysis/cohorts';

/**
 * How a cohort value reads: shares as percentages, money as amounts, orders per customer with two
 * decimals. `short` is for heatmap cells and axis ticks, the long form for tooltips and tables.
 */
export function formatCohortValue(
  measure: CohortMeasure,
  value: number | null,
  tag: string,
  short = false,
): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (measure === 'customers' || measure === 'revenue') {
    const digits = short ? (Math.abs(value) >= 0.1 || value === 0 ? 0 : 1) : 1;
    return new Intl.NumberFormat(tag, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  }
  if (measure === 'cumulative-revenue') {
    if (short)
      return new Intl.NumberFormat(tag, {
        notation: Math.abs(value) >= 10_000 ? 'compact' : 'standard',
        maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 1,
      }).format(value);
    return new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  }
  return new Intl.NumberFormat(tag, {
    minimumFractionDigits: 2,
    maximumFractionDigits: short ? 2 : 3,
  }).format(value);
}

/** The numerator of a cell: a count for customers and orders, money otherwise. */
export function formatNumerator(measure: CohortMeasure, value: number, tag: string): string {
  const money = measure === 'revenue' || measure === 'cumulative-revenue';
  return new Intl.NumberFormat(tag, {
    maximumFractionDigits: money ? 2 : 0,
    minimumFractionDigits: money ? 2 : 0,
  }).format(value);
}

/**
 * A heatmap cell's total, short: customers and orders as whole numbers, money compact from 10,000
 * (12 k), so it fits a cell.
 */
export function formatCellTotal(measure: CohortMeasure, value: number, tag: string): string {
  const money = measure === 'revenue' || measure === 'cumulative-revenue';
  return new Intl.NumberFormat(tag, {
    notation: money && Math.abs(value) >= 10_000 ? 'compact' : 'standard',
    maximumFractionDigits: money && Math.abs(value) >= 10_000 ? 1 : 0,
  }).format(value);
}
