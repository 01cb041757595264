/**
 * Calendar periods in SQL (METRICS.md §1–2): weeks are ISO weeks starting Monday unless the user asks
 * for Sunday; every expression works on DATE values and returns DATE or INTEGER, never a timestamp.
 */

export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type WeekStart = 'monday' | 'sunday';

export const PERIODS: Period[] = ['day', 'week', 'month', 'quarter', 'year'];

/** SQL for the first day of the period containing `date`. */
export function truncSql(period: Period, date: string, weekStart: WeekStart = 'monday'): string {
  if (period === 'week' && weekStart === 'sunday')
    // A Sunday week is the ISO week of the following day, started one day earlier.
    return `CAST(date_trunc('week', CAST(${date} AS DATE) + 1) AS DATE) - 1`;
  return `CAST(date_trunc('${period}', CAST(${date} AS DATE)) AS DATE)`;
}

/** SQL for k: whole periods from period start `from` to period start `to` (both already truncated). */
export function indexSql(period: Period, from: string, to: string): string {
  const months = `((year(${to}) - year(${from})) * 12 + month(${to}) - month(${from}))`;
  switch (period) {
    case 'day':
      return `CAST(date_diff('day', ${from}, ${to}) AS INTEGER)`;
    case 'week':
      return `CAST(date_diff('day', ${from}, ${to}) // 7 AS INTEGER)`;
    case 'month':
      return `CAST(${months} AS INTEGER)`;
    case 'quarter':
      return `CAST(${months} // 3 AS INTEGER)`;
    case 'year':
      return `CAST(year(${to}) - year(${from}) AS INTEGER)`;
  }
}

/**
 * SQL for the index of the period holding `day`, counted from period start `start` (k = 0 is `start`'s
 * own period). `date_diff` counts period boundaries, so `day` needs no truncation: cheaper than
 * `indexSql(period, start, truncSql(period, day))` on every order row, and equal to it.
 */
export function periodsSinceSql(period: Period, start: string, day: string): string {
  switch (period) {
    case 'day':
      return `CAST(${day} - ${start} AS INTEGER)`;
    case 'week':
      // `start` is a week start, so whole weeks since it are floor(days ÷ 7), Monday or Sunday alike
      // (floor, not `//`, which truncates towards zero for days before `start`).
      return `CAST(floor((${day} - ${start}) / 7) AS INTEGER)`;
    default:
      return `CAST(date_diff('${period}', ${start}, ${day}) AS INTEGER)`;
  }
}

/** SQL for the start of the period `k` periods after period start `start`. */
export function addSql(period: Period, start: string, k: string): string {
  switch (period) {
    case 'day':
      return `CAST(${start} + to_days(CAST(${k} AS INTEGER)) AS DATE)`;
    case 'week':
      return `CAST(${start} + to_days(CAST(7 * (${k}) AS INTEGER)) AS DATE)`;
    case 'month':
      return `CAST(${start} + to_months(CAST(${k} AS INTEGER)) AS DATE)`;
    case 'quarter':
      return `CAST(${start} + to_months(CAST(3 * (${k}) AS INTEGER)) AS DATE)`;
    case 'year':
      return `CAST(${start} + to_years(CAST(${k} AS INTEGER)) AS DATE)`;
  }
}

/**
 * SQL for a period's label: day `YYYY-MM-DD`, ISO week `YYYY-Www`, month `YYYY-MM`, quarter `YYYY-Qn`,
 * year `YYYY`. A Sunday week is labelled by its first day.
 */
export function labelSql(period: Period, start: string, weekStart: WeekStart = 'monday'): string {
  switch (period) {
    case 'day':
      return `strftime(${start}, '%Y-%m-%d')`;
    case 'week':
      return weekStart === 'sunday' ? `strftime(${start}, '%Y-%m-%d')` : `strftime(${start}, '%G-W%V')`;
    case 'month':
      return `strftime(${start}, '%Y-%m')`;
    case 'quarter':
      return `strftime(${start}, '%Y') || '-Q' || quarter(${start})`;
    case 'year':
      return `strftime(${start}, '%Y')`;
  }
}
