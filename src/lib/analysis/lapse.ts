/**
 * The one lapse rule (METRICS.md §4) that churn rate, active customers, lifecycle, survival (§5) and the
 * customer list all use, as SQL fragments over DATE expressions.
 *
 * A customer lapses after an occasion on day L when they have no occasion on days L + 1 … L + W; the
 * lapse (the churn event) is dated L + W. It is observed when L + W is on or before the as-of date: the
 * as-of day's data are in the file, so an event falling exactly on the as-of date counts. A next
 * occasion on day L + W is no lapse; one on L + W + 1 or later is a return after a lapse.
 */

/** The inactivity window as a whole number of days (negative and fractional settings made safe). */
export function lapseWindow(window: number | null | undefined): number {
  return Math.max(0, Math.floor(window ?? 0));
}

/**
 * SQL (BOOLEAN): the occasion on `day` is followed by an observed lapse. `next` is the customer's next
 * occasion (NULL for their latest one) and `asOf` the as-of date; occasions after the as-of date are
 * assumed left out by the caller.
 */
export function lapseAfterSql(day: string, next: string, asOf: string, window: number): string {
  const w = lapseWindow(window);
  return `(CASE WHEN ${next} IS NULL THEN ${lapsedByAsOfSql(day, asOf, w)} ELSE date_diff('day', ${day}, ${next}) > ${w} END)`;
}

/**
 * SQL (BOOLEAN): a customer whose latest occasion (on or before the as-of date) was on `last` has
 * lapsed by the as-of date: last + W ≤ as-of.
 */
export function lapsedByAsOfSql(last: string, asOf: string, window: number): string {
  return `(date_diff('day', ${last}, ${asOf}) >= ${lapseWindow(window)})`;
}
