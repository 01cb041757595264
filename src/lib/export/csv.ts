import { toCsv } from '../components/customers/csv';

/** A table of numbers as shown beside a figure: column headers and rows of raw values. */
export interface ExportTable {
  columns: string[];
  rows: (string | number | boolean | null | undefined)[][];
}

/**
 * The table as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte-order mark so spreadsheet programs
 * read æ, ø and å right). Written by PapaParse through the app's one neutralising helper, `toCsv`:
 * text cells starting with = + - @ tab or CR get a leading apostrophe; numbers stay numbers, so -12.5
 * is still a number. Missing and non-finite numbers are empty cells. Numbers keep 12 significant digits:
 * sums of doubles end in noise (48035.549999999996) that no reader wants, and 12 digits hold every amount
 * to the cent below ten billion.
 */
export function tableCsv(table: ExportTable): string {
  const rows = table.rows.map((row) =>
    row.map((cell) =>
      cell === undefined || cell === null || (typeof cell === 'number' && !Number.isFinite(cell))
        ? null
        : typeof cell === 'number'
          ? Number(cell.toPrecision(12))
          : cell,
    ),
  );
  return `\uFEFF${toCsv(table.columns, rows)}\r\n`;
}
