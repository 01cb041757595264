import type { CancellationGuess } from './cancel';
import type { ColumnGuess } from './columns';
import type { DateDetection } from './dateDetect';
import type { Dialect } from './dialect';
import { detectEncoding, type TextEncoding } from './encoding';
import type { FileKind } from './fileKind';
import { headerSignature, type FileRoleGuess } from './fileRole';
import type { MappingGuess } from './mapping';
import type { NumberFormat } from './numbers';
import type { LayoutId } from '../layouts/types';
import { KIND_WARNINGS } from './warnings';

/** Everything learned from the start of a file: how to read it and what its columns probably mean. */
export interface SniffResult {
  fileName: string;
  kind: FileKind;
  /** `gzip` when the file was a `.csv.gz` (the loader must decompress it too). */
  compression: 'none' | 'gzip';
  encoding: TextEncoding;
  /** Length in bytes of the byte-order mark at the start (0 when none). */
  bom: number;
  dialect: Dialect;
  /** Unique, non-empty column names (see `dedupeHeaders`); empty when the file is not readable text. */
  headers: string[];
  /** Column names exactly as written in the file ('' for each when it has no header row). */
  originalHeaders: string[];
  /** Up to 50 preview rows, each with one cell per header. */
  rows: string[][];
  columns: ColumnGuess[];
  /** How the file's amounts are written: judged over the number fields in `mapping` together. */
  numberFormat: NumberFormat;
  /** Per number column (by index): the columns holding amounts, prices or counts. */
  numberFormats: Record<number, NumberFormat>;
  /** How the file's dates are written: judged over the date fields in `mapping` together. */
  dateFormat: DateDetection;
  /** Per date column (by index). */
  dateFormats: Record<number, DateDetection>;
  role: FileRoleGuess;
  mapping: MappingGuess;
  cancellation: CancellationGuess;
  /** Key for remembering a confirmed mapping for this set of columns (see `headerSignature`). */
  signature: string;
  /** Problems and assumptions to show the user, in plain words. */
  warnings: string[];
  /** The known export recognised from the header (Shopify orders, Stripe payments …), or null. */
  layout: LayoutId | null;
}

/** How the bytes handed to `sniffBytes` relate to the whole file. */
export interface SniffOptions {
  /** False when the bytes are only the start of the file, so the last line may be cut off. Default true. */
  complete?: boolean;
  compression?: 'none' | 'gzip';
  /** The user's choice of encoding, overriding detection. */
  encoding?: TextEncoding;
  /** The user's choices of layout (delimiter, quote, header, …), overriding detection. */
  dialect?: Partial<Dialect>;
}

/**
 * A result with nothing read yet: the kind and encoding only, with the warning for a file that is not
 * readable text (workbooks, archives, binary and empty files).
 */
export function emptyResult(
  fileName: string,
  kind: FileKind,
  options: SniffOptions,
  bytes: Uint8Array,
): SniffResult {
  const detected = detectEncoding(bytes);
  const encoding = options.encoding ?? detected.encoding;
  const bom = encoding === detected.encoding ? detected.bom : 0;
  return {
    fileName,
    kind,
    compression: options.compression ?? 'none',
    encoding,
    bom,
    dialect: { delimiter: ',', quote: '"', header: true, lineEnding: 'LF', skipLines: 0 },
    headers: [],
    originalHeaders: [],
    rows: [],
    columns: [],
    numberFormat: { decimal: '.', thousands: '', currency: false, confidence: 0 },
    numberFormats: {},
    dateFormat: { format: null, ambiguous: false, candidates: [], confidence: 0 },
    dateFormats: {},
    role: { role: 'orders', confidence: 0, scores: { orders: 0, customers: 0, subscriptions: 0, tenure: 0 } },
    mapping: { fields: {}, scores: {}, attributes: [] },
    cancellation: { statuses: [], orderPrefixes: [] },
    signature: headerSignature([]),
    warnings: kind === 'text' ? [] : [KIND_WARNINGS[kind]],
    layout: null,
  };
}
