import type { FieldRole, FileRole } from '../spec';
import type { ColumnGuess } from './columns';
import type { DateDetection } from './dateDetect';
import type { Dialect } from './dialect';
import type { TextEncoding } from './encoding';
import { parseDate } from './dates';
import type { FileKind } from './fileKind';
import type { Preview } from './preview';

/** Messages for files that are not text Lojal can read, in the user's terms. */
export const KIND_WARNINGS: Record<Exclude<FileKind, 'text'>, string> = {
  xlsx: 'This is an Excel workbook, not a CSV file. In Excel choose File → Save As → "CSV UTF-8 (comma delimited)" and drop that file instead.',
  xls: 'This is an old-style Excel workbook (.xls), not a CSV file. In Excel choose File → Save As → "CSV UTF-8 (comma delimited)" and drop that file instead.',
  zip: 'This is a zip archive. Unzip it and drop the CSV files inside.',
  gzip: 'This file is gzip-compressed and could not be decompressed. Decompress it and drop the CSV file.',
  binary: 'This does not look like a text file (CSV). Export the data as CSV and drop that file.',
  empty: 'The file is empty.',
};

/** The fields a kind of file cannot do without, and how to name them to the user. */
const REQUIRED: Record<FileRole, [FieldRole, string][]> = {
  orders: [
    ['customerId', 'customer id'],
    ['orderDate', 'order date'],
  ],
  customers: [['customerId', 'customer id']],
  subscriptions: [
    ['customerId', 'customer id'],
    ['startDate', 'start date'],
    ['endDate', 'end date'],
  ],
  tenure: [
    ['duration', 'duration (tenure)'],
    ['event', 'churn flag'],
  ],
};

/** Warnings for required fields no column was found for. */
export function missingFieldWarnings(role: FileRole, fields: Partial<Record<FieldRole, number>>): string[] {
  return REQUIRED[role]
    .filter(([field]) => fields[field] === undefined)
    .map(([, label]) => `No column looks like the ${label}. Choose it in the column mapping.`);
}

/** A warning when a column's dates could be read day-first or month-first. */
export function ambiguousDateWarning(column: string, values: string[], d: DateDetection): string | null {
  if (!d.ambiguous || !d.format) return null;
  const example = values.map((v) => v.trim()).find((v) => parseDate(v, d.format!) !== null);
  if (!example) return null;
  const day = d.format.startsWith('DD') ? 'day-first' : 'month-first';
  const other = day === 'day-first' ? 'month-first' : 'day-first';
  return `The dates in "${column}" (such as ${example}) could be ${day} or ${other}; they are read ${day}, so ${example} is ${parseDate(example, d.format)}. Change the date format if that is wrong.`;
}

/** A warning for column names that were empty or repeated and got a new name. */
export function renamedWarning(original: string[], headers: string[]): string | null {
  const renamed = headers
    .map((h, i) => ({ from: original[i]?.trim() ?? '', to: h }))
    .filter(({ from, to }) => from !== to);
  if (renamed.length === 0) return null;
  const list = renamed.map(({ from, to }) => (from ? `"${from}" → "${to}"` : `(empty) → "${to}"`)).join(', ');
  return `Some column names were empty or repeated and were renamed: ${list}.`;
}

/** What a readable file's warnings are judged from. */
export interface WarningInput {
  encoding: TextEncoding;
  dialect: Dialect;
  preview: Preview;
  columns: ColumnGuess[];
  dateColumns: number[];
  role: FileRole;
  fields: Partial<Record<FieldRole, number>>;
}

/** Problems and assumptions worth telling the user about a readable file, in plain words. */
export function textWarnings(w: WarningInput): string[] {
  const { dialect, preview } = w;
  const { headers, rows } = preview;
  const out: string[] = [];
  if (w.encoding === 'windows-1252')
    out.push(
      'The file is not saved as UTF-8, so it is read as Windows-1252 (as Excel on Windows saves it). Check that letters such as æ, ø and å look right.',
    );
  if (dialect.skipLines > 0) {
    const lines = dialect.skipLines === 1 ? 'line is' : `${dialect.skipLines} lines are`;
    out.push(`The first ${lines} not part of the table and will be skipped.`);
  }
  if (!dialect.header)
    out.push(
      'The first line does not look like column names, so the columns are called column1, column2, … Rename them if you like.',
    );
  const renamed = dialect.header ? renamedWarning(preview.originalHeaders, headers) : null;
  if (renamed) out.push(renamed);
  if (headers.length === 1)
    out.push(
      'Only one column was found. If the file has more, check that its fields are separated by a comma, semicolon, tab or |.',
    );
  if (rows.length === 0) out.push('The file has no data rows.');
  if (preview.raggedRows > 0)
    out.push(
      `${preview.raggedRows} of the first ${rows.length} rows have a different number of fields than there are columns; such rows will be listed as rejected.`,
    );
  for (const i of w.dateColumns) {
    const warning = ambiguousDateWarning(
      headers[i],
      rows.map((r) => r[i] ?? ''),
      w.columns[i].profile.dateFormat,
    );
    if (warning) out.push(warning);
  }
  if (rows.length > 0) out.push(...missingFieldWarnings(w.role, w.fields));
  return out;
}
