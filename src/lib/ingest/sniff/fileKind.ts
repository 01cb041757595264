import { decodeText, detectEncoding } from './encoding';

/**
 * What kind of file was dropped, judged from its first bytes rather than its name:
 * - `text`: something Lojal can read as CSV or aligned text;
 * - `gzip`: a compressed file (`.csv.gz`) that still has to be decompressed;
 * - `xlsx`: an Excel (or OpenDocument) workbook, even when renamed `.csv`;
 * - `xls`: an old-style Excel workbook;
 * - `zip`: a zip archive that is not a workbook (for example several CSV files zipped together);
 * - `binary`: anything else that is not text (images, PDFs, databases);
 * - `empty`: no bytes, or nothing but blanks and a byte-order mark.
 */
export type FileKind = 'text' | 'gzip' | 'xlsx' | 'xls' | 'zip' | 'binary' | 'empty';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Entry names that only occur at the start of Office Open XML and OpenDocument workbooks. */
const WORKBOOK_ENTRY = /^(\[Content_Types\]\.xml|_rels\/|docProps\/|xl\/|mimetype$|META-INF\/|content\.xml$)/;
const WORKBOOK_NAME = /\.(xlsx|xlsm|xlsb|xltx|ods|numbers)$/i;

/** The name of the first entry in a zip archive (its local file header), or '' when unreadable. */
function firstZipEntry(bytes: Uint8Array): string {
  if (bytes.length < 30) return '';
  const nameLength = bytes[26] | (bytes[27] << 8);
  const name = bytes.subarray(30, 30 + Math.min(nameLength, 256));
  return String.fromCharCode(...name);
}

/** Share of characters that are control characters no text file contains (tabs and line breaks excepted). */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd)
      controls++;
  }
  return controls / text.length;
}

/**
 * The kind of file from its first bytes. The name only settles a zip whose first entry does not show
 * whether it is a workbook; everything else is decided by content, so a workbook renamed `.csv` is still
 * recognised and the user can be told to save it as CSV.
 */
export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entry = firstZipEntry(bytes);
    return WORKBOOK_ENTRY.test(entry) || (!entry && WORKBOOK_NAME.test(fileName)) ? 'xlsx' : 'zip';
  }
  // An empty zip archive (end-of-directory record only).
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return WORKBOOK_NAME.test(fileName) ? 'xlsx' : 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  const { encoding } = detectEncoding(bytes);
  // NUL never occurs in 8-bit text; in UTF-16 every ASCII character carries one, so it is fine there.
  if (!encoding.startsWith('utf-16') && bytes.includes(0)) return 'binary';
  const text = decodeText(bytes, encoding);
  if (text.trim() === '') return 'empty';
  return controlShare(text) > 0.02 ? 'binary' : 'text';
}
