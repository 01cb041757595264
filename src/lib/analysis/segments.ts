import { ident, literal } from './sql';

/** A filter on a customer attribute: keep customers whose value is one of `values`. */
export interface AttributeFilter {
  attribute: string;
  values: string[];
}

/** Label used for customers with no value in a breakdown attribute. */
export const BLANK_SEGMENT = '(blank)';

/** SQL for a customer's segment under breakdown `by` (a `customers` column), or NULL without one. */
export function segmentSql(by: string | null | undefined, alias = 'c'): string {
  return by
    ? `coalesce(CAST(${alias}.${ident(by)} AS VARCHAR), ${literal(BLANK_SEGMENT)})`
    : 'CAST(NULL AS VARCHAR)';
}

/** SQL condition for attribute filters on `customers` alias `alias` (TRUE when there are none). */
export function filterSql(filters: AttributeFilter[] | undefined, alias = 'c'): string {
  const parts = (filters ?? [])
    .filter((f) => f.values.length > 0)
    .map(
      (f) =>
        `coalesce(CAST(${alias}.${ident(f.attribute)} AS VARCHAR), ${literal(BLANK_SEGMENT)}) IN (${f.values.map(literal).join(', ')})`,
    );
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

/** SQL for the most common values of a customer attribute (blank as `(blank)`), for filter pickers. */
export function buildAttributeValuesSql(attribute: string, limit = 40): string {
  return `SELECT ${segmentSql(attribute)} AS value, count(*) AS n FROM customers c GROUP BY 1 ORDER BY n DESC, value LIMIT ${Math.trunc(limit)}`;
}
