/**
 * Quoting helpers: the only way a user-supplied name or value enters SQL.
 * A column named `"; DROP TABLE x; --` must just work as a column name.
 */

/** Quote an identifier (column or table name) for DuckDB: wrap in double quotes, double any inside. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quote a value as a SQL literal. Strings are single-quoted with quotes doubled; null becomes NULL. */
export function literal(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot use ${value} as a SQL literal`);
    return String(value);
  }
  // NUL cannot live inside a DuckDB string literal; strip it rather than let it cut the query.
  return `'${value.replaceAll('\u0000', '').replaceAll("'", "''")}'`;
}

/** A DATE literal from an ISO `YYYY-MM-DD` string (validated, so nothing else can slip through). */
export function dateLiteral(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return `DATE '${isoDate}'`;
}
