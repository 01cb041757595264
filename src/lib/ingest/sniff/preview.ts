import Papa from 'papaparse';
import { sameRow, type Dialect } from './dialect';

/** The first rows of a file as the user will see them in the column-mapping step. */
export interface Preview {
  /** Column names: trimmed, unique (case-insensitively, as in SQL) and never empty. */
  headers: string[];
  /** The names exactly as the file has them ('' for each when the file has no header row). */
  originalHeaders: string[];
  /** Data rows, each padded or cut to the number of columns. */
  rows: string[][];
  /** How many of those rows had a different number of fields than there are columns. */
  raggedRows: number;
}

const LINE_BREAK = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;

/** Longest cell kept whole in the preview (characters). */
const MAX_CELL = 1000;

/**
 * Names that can serve as column names: trimmed, an empty one becomes `column<N>` (its 1-based
 * position), and a repeat gets `_2`, `_3`, … (`amount`, `amount_2`). Comparison ignores case, as SQL does.
 */
export function dedupeHeaders(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    const base = raw.replace(/^\uFEFF/, '').trim() || `column${i + 1}`;
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}_${k}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** The text after the first `n` lines. */
function afterLines(text: string, n: number): string {
  let i = 0;
  for (let line = 0; line < n && i < text.length; line++) {
    const next = text.slice(i).search(/\r\n|\r|\n/);
    if (next < 0) return '';
    i += next + (text.startsWith('\r\n', i + next) ? 2 : 1);
  }
  return text.slice(i);
}

function splitRows(text: string, dialect: Dialect, limit: number): string[][] {
  if (dialect.delimiter === 'whitespace' || dialect.quote === '') {
    const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
    return lines
      .slice(0, limit)
      .map((l) =>
        dialect.delimiter === 'whitespace' ? l.trim().split(/[ \t]+/) : l.split(dialect.delimiter),
      );
  }
  const rows: string[][] = [];
  // Counted here rather than with Papa's `preview`, which counts the blank lines it then skips.
  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    quoteChar: dialect.quote,
    escapeChar: dialect.quote,
    newline: LINE_BREAK[dialect.lineEnding],
    skipEmptyLines: true,
    header: false,
    step: (result, parser) => {
      if (rows.length < limit) rows.push(result.data);
      if (rows.length >= limit) parser.abort();
    },
  });
  return rows;
}

function modalWidth(rows: string[][]): number {
  const counts = new Map<number, number>();
  let best = 0;
  for (const r of rows) {
    const n = (counts.get(r.length) ?? 0) + 1;
    counts.set(r.length, n);
    if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && r.length > best)) best = r.length;
  }
  return best;
}

/**
 * The header and first `maxRows` data rows of `text` split as `dialect` says. A file without a header
 * gets `column1`, `column2`, …; repeated or empty names are made unique (see `dedupeHeaders`).
 */
export function parsePreview(text: string, dialect: Dialect, maxRows = 50): Preview {
  const body = afterLines(text.replace(/^\uFEFF/, ''), dialect.skipLines);
  const all = splitRows(body, dialect, maxRows + (dialect.header ? 1 : 0));
  const first = dialect.header ? (all[0] ?? []) : [];
  // The header repeated inside the table (two exports joined) is not a data row: the loader sets it aside.
  const rows = dialect.header ? all.slice(1).filter((r) => !sameRow(r, first)) : all;
  const width = Math.max(1, dialect.header ? first.length : modalWidth(rows));
  const originalHeaders = dialect.header ? first.slice() : Array.from({ length: width }, () => '');
  // A giant cell (a pasted document) is shortened: nothing that long is a date, amount or id, and the
  // preview shows only its start.
  const short = (r: string[]) =>
    r.some((c) => c.length > MAX_CELL)
      ? r.map((c) => (c.length > MAX_CELL ? `${c.slice(0, MAX_CELL)}…` : c))
      : r;
  const fit = (row: string[]) => {
    const r = short(row);
    return r.length === width
      ? r
      : [...r.slice(0, width), ...Array<string>(Math.max(0, width - r.length)).fill('')];
  };
  return {
    headers: dedupeHeaders(originalHeaders.length ? originalHeaders : ['']),
    originalHeaders: originalHeaders.length ? originalHeaders : [''],
    rows: rows.map(fit),
    raggedRows: rows.filter((r) => r.length !== width).length,
  };
}
