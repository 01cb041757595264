import { ident, literal } from './sql';

/** A filter on a customer attribute: keep customers whose value is one of `values`. */
export interface AttributeFilter {
  attribute: string;
  values: string[];
}

/** Label used for customers with no value in a breakdown attribute. */
export const BLANK_SEGMENT = '(blank)';

/** Label of the segments drawn together beyond those shown by name (see ./segmentGroups.ts). */
export const OTHER_SEGMENT = '(other)';

/**
 * SQL for a customer's segment under breakdown `by` (a `customers` column), or NULL without one. With
 * `keep`, values not in it are folded into `(other)`.
 */
export function segmentSql(
  by: string | null | undefined,
  alias = 'c',
  keep?: readonly string[] | null,
): string {
  if (!by) return 'CAST(NULL AS VARCHAR)';
  const value = `coalesce(CAST(${alias}.${ident(by)} AS VARCHAR), ${literal(BLANK_SEGMENT)})`;
  return keep ? foldSql(value, keep) : value;
}

/** SQL folding a segment expression: values in `keep` stay, the rest become `(other)`. */
export function foldSql(value: string, keep: readonly string[]): string {
  return keep.length
    ? `CASE WHEN ${value} IN (${keep.map(literal).join(', ')}) THEN ${value} ELSE ${literal(OTHER_SEGMENT)} END`
    : literal(OTHER_SEGMENT);
}

/**
 * SQL for the size of every value of `column` in `table` (blank as `(blank)`), largest first: the
 * ranking that gives segments their colours and decides which are shown by name.
 */
export function buildSegmentSizesSql(
  table: 'customers' | 'subscriptions' | 'tenure',
  column: string,
  limit = 500,
): string {
  const value = `coalesce(CAST(t.${ident(column)} AS VARCHAR), ${literal(BLANK_SEGMENT)})`;
  return `SELECT ${value} AS value, CAST(count(*) AS INTEGER) AS n FROM ${ident(table)} t GROUP BY 1 ORDER BY n DESC, value LIMIT ${Math.trunc(limit)}`;
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
