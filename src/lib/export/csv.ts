import { toCsv } from '../components/customers/csv';

/**
 * A number as a table shows it (`text`, formatted for the reader's language: "1 234,50 kr", "45 %")
 * and as its CSV carries it (`value`, raw: 1234.5, 0.45). Screens and files need different things.
 */
export interface ShownNumber {
  value: number | null;
  text: string;
}

/** One cell of a figure's table: text, a raw number, or a number with its on-screen form. */
export type ExportCell = string | number | boolean | null | undefined | ShownNumber;

/**
 * A column: its heading, or its heading and the unit of its numbers. The unit goes into the CSV's
 * header ("Churn rate (share, 0–1)", "Revenue (NOK)"), since its cells carry bare numbers.
 */
export type ExportColumn = string | { label: string; unit: string | null };

/** A table of numbers as shown beside a figure: column headers and rows of cells. */
export interface ExportTable {
  columns: ExportColumn[];
  rows: ExportCell[][];
}

/** A number shown as `text` on screen and exported as `value`. */
export function shown(value: number | null | undefined, text: string): ShownNumber {
  return { value: value ?? null, text };
}

function isShown(cell: ExportCell): cell is ShownNumber {
  return typeof cell === 'object' && cell !== null;
}

/** A column's heading on screen (without the unit, which the formatted cells show). */
export function columnLabel(column: ExportColumn): string {
  return typeof column === 'string' ? column : column.label;
}

/** A column's heading in the CSV: with its unit when it has one. */
export function csvHeader(column: ExportColumn): string {
  return typeof column === 'string' || !column.unit
    ? columnLabel(column)
    : `${column.label} (${column.unit})`;
}

/** A cell as the on-screen table shows it. */
export function cellText(cell: ExportCell): string | number {
  if (isShown(cell)) return cell.text;
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'boolean' ? String(cell) : cell;
}

/**
 * The table as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte-order mark so spreadsheet programs
 * read æ, ø and å right). Written by PapaParse through the app's one neutralising helper, `toCsv`:
 * text cells starting with = + - @ tab or CR get a leading apostrophe; numbers stay numbers, so -12.5
 * is still a number. A ShownNumber is written as its raw value, never its formatted text: dot
 * decimals, no thousands separators, no currency symbol, shares as 0–1 (the unit is in the header).
 * Missing and non-finite numbers are empty cells. Numbers keep 12 significant digits: sums of doubles
 * end in noise (48035.549999999996) that no reader wants, and 12 digits hold every amount to the cent
 * below ten billion.
 */
export function tableCsv(table: ExportTable): string {
  const rows = table.rows.map((row) =>
    row.map((raw) => {
      const cell = isShown(raw) ? raw.value : raw;
      return cell === undefined || cell === null || (typeof cell === 'number' && !Number.isFinite(cell))
        ? null
        : typeof cell === 'number'
          ? Number(cell.toPrecision(12))
          : cell;
    }),
  );
  return `\uFEFF${toCsv(table.columns.map(csvHeader), rows)}\r\n`;
}
