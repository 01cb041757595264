import { ident } from '../analysis/sql';
import { FORMULA_START } from '../components/customers/csv';

/** A result column: its name and DuckDB type (as DESCRIBE reports it). */
export interface ColumnType {
  name: string;
  type: string;
}

/** A leading apostrophe for text a spreadsheet would run as a formula, as every export of the app does. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * `sql` with every text column (and every column name) neutralised like the app's CSV exports: a value
 * starting with = + - @ a tab or a carriage return gets a leading apostrophe, whatever follows it (line
 * breaks included). For DuckDB's own `COPY … TO`, which streams a result larger than memory to a file
 * but knows nothing of spreadsheet formulas. Numbers and dates are left as they are.
 */
export function buildNeutralisedSql(sql: string, columns: ColumnType[]): string {
  const select = columns.map(({ name, type }) => {
    const value = /^(VARCHAR|TEXT|STRING)$/i.test(type)
      ? `CASE WHEN regexp_matches(${ident(name)}, '^[=+\\-@\\t\\r]') THEN '''' || ${ident(name)} ELSE ${ident(name)} END`
      : ident(name);
    return `${value} AS ${ident(neutraliseText(name))}`;
  });
  return `SELECT ${select.join(', ')} FROM (${sql})`;
}
