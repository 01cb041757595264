import type { FieldRole } from '../spec';
import type { ColumnGuess } from './columns';
import { detectDateFormat, type DateDetection } from './dateDetect';
import type { MappingGuess } from './mapping';
import { detectNumberFormat, type NumberFormat } from './numbers';
import { isDateColumn, isNumericColumn } from './profile';

/** Number and date formats for a file: one for the loader, and one per column for showing the user. */
export interface FileFormats {
  numberFormat: NumberFormat;
  numberFormats: Record<number, NumberFormat>;
  dateFormat: DateDetection;
  dateFormats: Record<number, DateDetection>;
}

const NUMBER_FIELDS: FieldRole[] = [
  'amount',
  'unitPrice',
  'recurringAmount',
  'quantity',
  'duration',
  'orderTotal',
  'refundedAmount',
];
const DATE_FIELDS: FieldRole[] = ['orderDate', 'signupDate', 'startDate', 'endDate'];

/** The column indexes mapped to any of `fields`. */
const mappedAmong = (m: MappingGuess, fields: FieldRole[]) =>
  fields.map((f) => m.fields[f]).filter((i): i is number => i !== undefined);

/**
 * The formats of a file's numbers and dates. The loader reads every number column with one layout and
 * every date column with one format, so the file-wide formats are judged over the mapped fields
 * together (one column's `13.02.2024` then settles another's `01.02.2024`); without mapped fields, over
 * all amount-like or date-like columns.
 */
export function fileFormats(
  columns: ColumnGuess[],
  rows: string[][],
  mapping: MappingGuess,
  delimiter: string,
): FileFormats {
  const valuesOf = (indexes: number[]) => indexes.flatMap((i) => rows.map((r) => r[i] ?? ''));
  const numberFields = mappedAmong(mapping, NUMBER_FIELDS);
  const dateFields = mappedAmong(mapping, DATE_FIELDS);
  const amountLike = columns
    .filter((c) => isNumericColumn(c.profile) && c.profile.decimals)
    .map((c) => c.index);
  const dateLike = columns.filter((c) => isDateColumn(c.profile)).map((c) => c.index);
  const numberColumns = [...new Set([...numberFields, ...amountLike])].sort((a, b) => a - b);
  const dateColumns = [...new Set([...dateFields, ...dateLike])].sort((a, b) => a - b);
  return {
    numberFormat: detectNumberFormat(valuesOf(numberFields.length ? numberFields : numberColumns), {
      delimiter,
    }),
    numberFormats: Object.fromEntries(numberColumns.map((i) => [i, columns[i].profile.numberFormat])),
    dateFormat: detectDateFormat(valuesOf(dateFields.length ? dateFields : dateColumns)),
    dateFormats: Object.fromEntries(dateColumns.map((i) => [i, columns[i].profile.dateFormat])),
  };
}
