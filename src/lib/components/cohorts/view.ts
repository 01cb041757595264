import { isValueAnchor } from '../../analysis/cohortMembers';
import type { CohortAnchor, CohortMeasure, CohortMode, CohortParams } from '../../analysis/cohorts';
import type { AverageKind } from '../../analysis/cohortShape';
import type { Period, WeekStart } from '../../analysis/period';

/** Everything the user set on the Cohorts page. Plain data: the page keeps it in `$state`. */
export interface CohortView {
  period: Period;
  weekStart: WeekStart;
  /** `first-purchase`, `signup`, `subscription-start`, or `attr:NAME`. */
  anchor: string;
  mode: CohortMode;
  measure: CohortMeasure;
  by: string | null;
  from: string | null;
  to: string | null;
  filter: { attribute: string; values: string[] } | null;
  average: AverageKind;
  /** The curves show one line per cohort, or one per segment (needs `by`). */
  curves: 'cohorts' | 'segments';
  /** Heatmap cells show the measure (a rate) or its total (customers, orders, money). */
  cells: 'rate' | 'total';
}

export const DEFAULT_VIEW: CohortView = {
  period: 'month',
  weekStart: 'monday',
  anchor: 'first-purchase',
  mode: 'in-period',
  measure: 'customers',
  by: null,
  from: null,
  to: null,
  filter: null,
  average: 'pooled',
  curves: 'cohorts',
  cells: 'rate',
};

/** What the data offers (from `buildCohortMetaSql`). */
export interface CohortMeta {
  lastDate: string | null;
  hasSignup: boolean;
  hasSubscriptions: boolean;
  dateAttributes: string[];
}

/**
 * Without a start date, short periods show only recent cohorts: a thousand daily rows would be
 * unreadable and slow. Count of cohorts shown by default per period (null: all).
 */
export const RECENT: Partial<Record<Period, number>> = { day: 30, week: 26 };

function shiftDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The default start date for `period`, or null when every cohort is shown. */
export function recentFrom(period: Period, lastDate: string | null): string | null {
  const n = RECENT[period];
  if (!n || !lastDate) return null;
  return shiftDays(lastDate, -(period === 'week' ? 7 * n : n) + 1);
}

/** The anchor of the view as the SQL builder wants it. */
export function anchorOf(view: CohortView, meta: CohortMeta): CohortAnchor {
  if (!view.anchor.startsWith('attr:')) return view.anchor as CohortAnchor;
  const attribute = view.anchor.slice(5);
  return { attribute, date: meta.dateAttributes.includes(attribute) };
}

/** Daily cohorts are capped: 180 days already make a 16,000-cell table. */
export const MAX_DAY_COHORTS = 180;

/** The earliest acquisition date daily cohorts may start from, or null when uncapped. */
export function dayLimitFrom(view: CohortView, meta: CohortMeta): string | null {
  const end = view.to ?? meta.lastDate;
  if (view.period !== 'day' || !end || isValueAnchor(anchorOf(view, meta))) return null;
  const earliest = shiftDays(end, -(MAX_DAY_COHORTS - 1));
  return !view.from || view.from < earliest ? earliest : null;
}

/** The SQL builder's parameters for a view. */
export function viewParams(view: CohortView, meta: CohortMeta): CohortParams {
  const anchor = anchorOf(view, meta);
  const dated = !isValueAnchor(anchor);
  const from = view.from ?? (dated ? recentFrom(view.period, meta.lastDate) : null);
  const limit = dayLimitFrom(view, meta);
  return {
    period: view.period,
    weekStart: view.weekStart,
    anchor,
    mode: view.mode,
    measure: view.measure,
    by: view.by,
    from: limit && (!from || from < limit) ? limit : from,
    to: view.to,
    filters: view.filter && view.filter.values.length ? [view.filter] : [],
  };
}

/** Is the measure a share (percent, with a Wilson interval for customers)? */
export function isShare(measure: CohortMeasure): boolean {
  return measure === 'customers' || measure === 'revenue';
}
