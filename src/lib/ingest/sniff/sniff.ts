import { guessCancellation } from './cancel';
import { guessColumns } from './columns';
import { detectDialect } from './dialect';
import { decodeText } from './encoding';
import { detectFileKind } from './fileKind';
import { guessFileRoleFrom, headerSignature } from './fileRole';
import { fileFormats } from './formats';
import { recogniseLayout } from '../layouts';
import { guessMapping, type MappingGuess } from './mapping';
import { parsePreview } from './preview';
import { HEAD_BYTES, readHeadInfo } from './readHead';
import { emptyResult, type SniffOptions, type SniffResult } from './result';
import { varyingWithinCustomers } from './varying';
import { textWarnings } from './warnings';

/** Drops a last line the sample cut off, unless it is the only line. */
function wholeLines(text: string): string {
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return cut > 0 ? text.slice(0, cut + 1) : text;
}

/**
 * Everything that can be learned from the first bytes of a file: its kind, encoding, layout, column
 * names, preview rows, number and date formats, what each column probably holds and what kind of file
 * it is, with warnings in the user's terms. Never throws, whatever the bytes.
 */
export function sniffBytes(bytes: Uint8Array, fileName: string, options: SniffOptions = {}): SniffResult {
  // A chosen encoding settles whether the bytes are text (UTF-16 is full of zero bytes).
  const kind = options.encoding?.startsWith('utf-16') ? 'text' : detectFileKind(bytes, fileName);
  if (kind !== 'text') return emptyResult(fileName, kind, options, bytes);
  const base = emptyResult(fileName, kind, options, bytes);
  const decoded = decodeText(bytes, base.encoding);
  const text = options.complete === false ? wholeLines(decoded) : decoded;
  const dialect = detectDialect(text, options.dialect);
  const preview = parsePreview(text, dialect);
  const { headers, rows } = preview;
  const hints = { delimiter: dialect.delimiter };
  const columns = guessColumns(headers, rows, hints);
  // A known export (Shopify, WooCommerce, Stripe, Magento) is read by its layout's rules; every choice
  // stays editable in the preview. Anything else is guessed column by column.
  const recognised = dialect.header ? recogniseLayout(headers) : null;
  const guessedRole = guessFileRoleFrom(columns, rows);
  const role = recognised ? { ...guessedRole, role: recognised.layout.role, confidence: 1 } : guessedRole;
  const guessed: MappingGuess = recognised
    ? {
        fields: recognised.fields,
        scores: Object.fromEntries(Object.keys(recognised.fields).map((f) => [f, 1])),
        attributes: recognised.attributes,
      }
    : guessMapping(columns, role.role);
  // Line-level columns (product codes, descriptions) are no segments by default (METRICS.md §1); the
  // preview's 50 rows hold few repeat customers, so more of the head is read for this.
  const id = guessed.fields.customerId;
  const varying =
    role.role === 'orders' && id !== undefined && guessed.attributes.length
      ? varyingWithinCustomers(parsePreview(text, dialect, 5000).rows, id, guessed.attributes)
      : new Set<number>();
  const mapping: MappingGuess = { ...guessed, attributes: guessed.attributes.filter((i) => !varying.has(i)) };
  const cancelled = recognised?.layout.cancelledStatuses;
  const formats = fileFormats(columns, rows, mapping, dialect.delimiter);
  const warnings = textWarnings({
    encoding: base.encoding,
    dialect,
    preview,
    columns,
    dateColumns: Object.keys(formats.dateFormats).map(Number),
    role: role.role,
    fields: mapping.fields,
  });
  return {
    ...base,
    dialect,
    headers,
    originalHeaders: preview.originalHeaders,
    rows,
    columns,
    ...formats,
    role,
    mapping,
    cancellation:
      role.role !== 'orders'
        ? base.cancellation
        : cancelled && mapping.fields.status !== undefined
          ? { statuses: [...cancelled], orderPrefixes: [] }
          : guessCancellation(rows, mapping),
    layout: recognised?.layout.id ?? null,
    signature: headerSignature(headers),
    warnings,
  };
}

/**
 * Reads the start of a dropped file (decompressing `.csv.gz`) and sniffs it. A gzip file that cannot be
 * decompressed gives a result of kind `gzip` with a warning instead of an error.
 */
export async function sniffFile(blob: Blob & { name?: string }, maxBytes = HEAD_BYTES): Promise<SniffResult> {
  const fileName = blob.name ?? '';
  try {
    const head = await readHeadInfo(blob, maxBytes);
    return sniffBytes(head.bytes, fileName, { complete: head.complete, compression: head.compression });
  } catch (error) {
    // Only a damaged archive becomes a result; failing to read the file at all is a real error.
    const magic = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
    if (magic[0] !== 0x1f || magic[1] !== 0x8b) throw error;
    return emptyResult(fileName, 'gzip', { compression: 'gzip' }, new Uint8Array());
  }
}
