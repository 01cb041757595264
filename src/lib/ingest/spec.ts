import type { LayoutId } from './layouts/types';

/** What the user (or the sniffer, on their behalf) decided about one file before it is loaded. */

/** The role a file plays in the dataset (METRICS.md §1). */
export type FileRole = 'orders' | 'customers' | 'subscriptions' | 'tenure';

/** Calendar-date layouts Lojal reads; any of them may be followed by a time and an offset, which are ignored. */
export type DateLayout =
  | 'YYYY-MM-DD'
  | 'YYYY/MM/DD'
  | 'DD.MM.YYYY'
  | 'DD-MM-YYYY'
  | 'DD/MM/YYYY'
  | 'MM/DD/YYYY'
  | 'MM-DD-YYYY'
  | 'MM.DD.YYYY'
  | 'YYYYMMDD'
  /** `Mar 1, 2022 10:15:00 AM`: English month abbreviation first (Magento's order grid export). */
  | 'MMM D, YYYY';

/** How numbers are written: decimal separator and thousands separator ('' for none). */
export interface NumberLayout {
  decimal: '.' | ',';
  thousands: '' | ' ' | '.' | ',' | "'";
}

/** How to split the file into rows and fields. */
export interface CsvLayout {
  /** `whitespace` splits on runs of spaces or tabs (aligned text exports). */
  delimiter: ',' | ';' | '\t' | '|' | 'whitespace';
  quote: '"' | "'" | '';
  header: boolean;
  /** Lines before the header (e.g. Excel's `sep=;`). */
  skipLines: number;
  /** Physical lines the header takes: more than 1 when a quoted column name holds a line break. */
  headerLines?: number;
  /** The header's cells as written (trimmed), to recognise the header repeated inside the table. */
  headerNames?: string[];
}

/** Fields a column can be mapped to. Everything unmapped becomes an attribute. */
export type FieldRole =
  | 'customerId'
  | 'orderDate'
  | 'amount'
  | 'orderId'
  | 'quantity'
  | 'unitPrice'
  | 'status'
  /**
   * The order's total written on the order's first line only (or repeated on every line): taken once
   * per order, and the order's other lines load without it (METRICS.md §1).
   */
  | 'orderTotal'
  /** An amount refunded on the order, a refund on the order's date (METRICS.md §1). */
  | 'refundedAmount'
  /** A date the order was cancelled; any value marks the order cancelled (METRICS.md §1). */
  | 'cancelledAt'
  | 'signupDate'
  | 'startDate'
  | 'endDate'
  | 'recurringAmount'
  | 'plan'
  | 'duration'
  | 'event';

/** Everything needed to load one file. Column positions are 0-based indexes into `columns`. */
export interface LoadSpec {
  /** The name shown to the user (the file's own name). */
  fileName: string;
  role: FileRole;
  csv: CsvLayout;
  /** Column names as shown to the user (unique, non-empty), in file order. */
  columns: string[];
  /** Which column holds which field. */
  fields: Partial<Record<FieldRole, number>>;
  /** Columns kept as attributes for segments, by index. */
  attributes: number[];
  dateLayout: DateLayout;
  numberLayout: NumberLayout;
  /** Status values (case-insensitive) and order-id prefixes that mark an order as cancelled. */
  cancelledStatuses: string[];
  cancelledOrderPrefixes: string[];
  /** The known export layout recognised from the header (layouts/), when the role is that layout's. */
  layout?: LayoutId | null;
  /**
   * Orders files without an order id: keep identical rows once (true) instead of all of them (the
   * default; METRICS.md §1: without an order id two identical rows can be two real purchases). With an
   * order id identical rows are always kept once.
   */
  identicalRowsOnce?: boolean;
}

/**
 * Whether identical rows of this file are all kept (counted, not rejected): an orders file without an
 * order id, unless the user chose to keep them once (METRICS.md §1).
 */
export function keepsIdenticalRows(spec: LoadSpec): boolean {
  return spec.role === 'orders' && spec.fields.orderId === undefined && !spec.identicalRowsOnce;
}

/** The reasons a row can be rejected, as shown to the user and printed by the CLI. */
export const REJECT_REASONS = {
  fields: 'wrong number of fields',
  /** A quote opened in a cell and never closed on that line. */
  quote: 'unterminated quote',
  /** A line longer than the reader's limit (2 MB). */
  tooLong: 'line too long (over 2 MB)',
  /** A byte sequence that is not UTF-8 in a file read as UTF-8. */
  encoding: 'invalid UTF-8 byte',
  /** The header line again inside the table (two exports joined into one file). */
  repeatedHeader: 'repeated header',
  customerId: 'missing customer id',
  missingDate: 'missing date',
  date: 'unparseable date',
  missingAmount: 'missing amount',
  amount: 'unparseable amount',
  refundedAmount: 'unparseable refunded amount',
  /** A number too large to be an amount (a quadrillion or more, or beyond what a double holds). */
  amountRange: 'amount out of range',
  duplicate: 'duplicate',
  /** The same order line exported twice: every cell equal to a loaded row of an earlier file. */
  duplicateAcrossFiles: 'duplicate of a row in an earlier file',
  duration: 'unparseable duration',
  event: 'unparseable event flag',
} as const;
