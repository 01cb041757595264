/**
 * Data for the churn page's figures of bars per period (PeriodFigure.svelte): a series as a value read
 * from each row, and the churn-rate figure's headline and table, the same for customers (METRICS.md §3)
 * and for subscriptions (§4): active at the period's start, churned in it, and their ratio.
 */
import { shown, type ExportCell, type ExportColumn } from '../../export/csv';
import { formatPercent } from '../../i18n/format';
import { i18n, t } from '../../i18n/i18n.svelte';

/** One series of bars; a figure with one series takes the figure's title as its label. */
export interface PeriodSeries<Row> {
  key: string;
  colour: string;
  value: (row: Row) => number | null;
  label?: string;
  /** Hang the bars under the zero line (losses). */
  below?: boolean;
}

/** A period's churn: both analyses' rows have these fields. */
export interface RateRow {
  period: string;
  complete: boolean;
  activeAtStart: number;
  churned: number;
  churnRate: number | null;
}

/** "Latest complete period: 4.2 % (2024-05)", or null before any complete period has a rate. */
export function rateHeadline(rows: RateRow[]): string | null {
  const last = [...rows].reverse().find((r) => r.complete && r.churnRate !== null);
  return last
    ? t('churn.rate.latest', { rate: formatPercent(last.churnRate, i18n.tag), period: last.period })
    : null;
}

/** The table's first columns: period, active at start, churned, churn rate (a share 0–1 in the CSV). */
export function rateColumns(): ExportColumn[] {
  return [
    t('churn.col.period'),
    t('churn.col.activeAtStart'),
    t('churn.col.churned'),
    { label: t('churn.col.churnRate'), unit: t('export.unit.share') },
  ];
}

/** A row's cells under `rateColumns()`: raw numbers, the rate shown as a percentage (— when undefined). */
export function rateCells(r: RateRow): ExportCell[] {
  return [
    r.period,
    r.activeAtStart,
    r.churned,
    shown(r.churnRate, r.churnRate === null ? '—' : formatPercent(r.churnRate, i18n.tag)),
  ];
}
