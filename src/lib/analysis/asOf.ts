import { dateLiteral } from './sql';

/**
 * SQL for the as-of date (METRICS.md §1): the user's date when set, otherwise the last order date in
 * the data. No computation reads the wall clock.
 */
export function asOfSql(asOf: string | null | undefined): string {
  return asOf ? dateLiteral(asOf) : '(SELECT max(order_date) FROM orders)';
}
