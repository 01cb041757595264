import { classifyValue } from './classify';

const DATA_KINDS = new Set(['integer', 'number', 'date', 'boolean']);

/**
 * Whether the first row of a table holds column names. Evidence per column:
 * - a number or date in the first row is data (names are words), which speaks against a header;
 * - a word above numbers, dates or yes/no flags is a name, which speaks for one;
 * - a word that reappears further down the same column is data.
 * With no typed column to compare against (every cell is text), a first row of distinct, non-empty
 * words is taken as a header, since exports nearly always have one.
 */
export function looksLikeHeader(first: string[], rest: string[][]): boolean {
  const cells = first.map((c) => c.trim());
  const lowered = cells.map((c) => c.toLowerCase());
  const distinct = new Set(lowered).size === cells.length;
  let forHeader = 0;
  let against = 0;
  let words = 0;
  cells.forEach((cell, j) => {
    if (cell === '') return;
    const kind = classifyValue(cell);
    const column = rest.map((r) => (r[j] ?? '').trim()).filter((v) => v !== '');
    const kinds = column.map(classifyValue);
    const typed = kinds.filter((k) => DATA_KINDS.has(k)).length / Math.max(1, column.length);
    if (kind === 'integer' || kind === 'number' || kind === 'date' || cell === '0' || cell === '1') {
      against++;
    } else if (kind === 'boolean' && kinds.length > 0 && kinds.every((k) => k === 'boolean')) {
      // `Yes` above `No`, `Yes`, …: the first row is one more flag, not the column's name.
      against++;
    } else if (column.length > 0 && typed >= 0.5) {
      forHeader++;
    } else if (column.some((v) => v.toLowerCase() === lowered[j])) {
      against += 0.5;
    } else {
      words++;
    }
  });
  if (against === 0) return forHeader > 0 || (words === cells.length && words > 0 && distinct);
  return forHeader > 2 * against;
}
