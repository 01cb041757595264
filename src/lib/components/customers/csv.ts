import Papa from 'papaparse';

/**
 * Cells that a spreadsheet would run as a formula: those starting with =, +, -, @, a tab or a carriage
 * return (OWASP "CSV injection"). PapaParse's own `escapeFormulae: true` pattern, /^[=+\-@\t\r].*$/,
 * misses a value with a line break after the formula, so only the first character is tested here.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV text of a table, through PapaParse, with formula cells neutralised by a leading apostrophe (text
 * cells only: numbers stay numbers, so a negative amount is still -12.5). Headers are cells too.
 */
export function toCsv(fields: string[], rows: (string | number | boolean | null)[][]): string {
  return Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
