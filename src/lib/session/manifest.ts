import { DATE_LAYOUTS } from '../ingest/parseSql';
import type { TextEncoding } from '../ingest/sniff/encoding';
import type { CsvLayout, FieldRole, FileRole, LoadSpec } from '../ingest/spec';

/**
 * A saved session: the files the user loaded, kept byte for byte, and the load plan they confirmed
 * (roles, column mappings, date order, cancelled statuses, sample share). Opening it runs the normal
 * load on the same bytes with the same plan, so the ledger and every number come out the same.
 */

/** The manifest format; a manifest of another version is not opened (it is listed as unreadable). */
export const MANIFEST_VERSION = 1;

/** How a file's bytes were read: what the sniffer found or the user chose in the preview. */
export interface SavedReading {
  encoding: TextEncoding;
  compression: 'none' | 'gzip';
  csv: CsvLayout;
}

/** One kept file: its original name, where its bytes are, and how it is loaded. */
export interface SavedFile {
  /** The file's own name, shown in the ledger as when it was first loaded. */
  name: string;
  /** The entry holding its bytes inside the session's folder (`file-0`, `file-1`, …). */
  entry: string;
  size: number;
  reading: SavedReading;
  spec: LoadSpec;
}

/** What `manifest.json` in a session's folder says. */
export interface SessionManifest {
  version: typeof MANIFEST_VERSION;
  /** The session's folder name (see `sessionId`). */
  id: string;
  /** A name for the list: the files' names. */
  name: string;
  /** When it was saved (ISO 8601, UTC). */
  savedAt: string;
  /** The share of customers loaded (0–1), or null for everyone. */
  sample: number | null;
  files: SavedFile[];
}

const ROLES: FileRole[] = ['orders', 'customers', 'subscriptions', 'tenure'];
const FIELDS: FieldRole[] = [
  'customerId',
  'orderDate',
  'amount',
  'orderId',
  'quantity',
  'unitPrice',
  'status',
  'orderTotal',
  'refundedAmount',
  'cancelledAt',
  'signupDate',
  'startDate',
  'endDate',
  'recurringAmount',
  'plan',
  'duration',
  'event',
];
const ENCODINGS: TextEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];
const DELIMITERS = [',', ';', '\t', '|', 'whitespace'];
const QUOTES = ['"', "'", ''];
const DECIMALS = ['.', ','];
const THOUSANDS = ['', ' ', '.', ',', "'"];
const ID = /^s-[0-9a-z]{1,16}-[0-9a-z]{1,16}$/;
const ENTRY = /^file-\d{1,4}$/;

/** Entry name of the i-th file of a session. */
export const fileEntry = (i: number): string => `file-${i}`;

/**
 * A folder name for a session saved at `time` (ms since 1970): sortable by time, and with a random
 * part so two tabs saving at once do not collide.
 */
export function sessionId(time: number, random: number): string {
  const r = Math.floor(random * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `s-${Math.floor(time).toString(36)}-${r}`;
}

/** True when `id` is a session folder name this module made (anything else in the folder is left alone). */
export const isSessionId = (id: string): boolean => ID.test(id);

/** The name shown in the list: the files' names, the orders first. */
export function sessionName(files: { name: string; role: FileRole }[]): string {
  const order = (r: FileRole) => ROLES.indexOf(r);
  return [...files]
    .sort((a, b) => order(a.role) - order(b.role))
    .map((f) => f.name)
    .join(', ');
}

/** Bytes the session's files take. */
export const sessionBytes = (m: Pick<SessionManifest, 'files'>): number =>
  m.files.reduce((sum, f) => sum + f.size, 0);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const oneOf = <T>(list: readonly T[], v: unknown): v is T => list.includes(v as T);

function validCsv(v: unknown): v is CsvLayout {
  return (
    isObject(v) &&
    oneOf(DELIMITERS, v.delimiter) &&
    oneOf(QUOTES, v.quote) &&
    typeof v.header === 'boolean' &&
    isCount(v.skipLines)
  );
}

function validSpec(v: unknown, name: string): v is LoadSpec {
  if (!isObject(v) || v.fileName !== name || !oneOf(ROLES, v.role) || !validCsv(v.csv)) return false;
  const columns = v.columns;
  if (!Array.isArray(columns) || columns.length === 0 || !columns.every(isString)) return false;
  const index = (i: unknown) => isCount(i) && i < columns.length;
  if (!isObject(v.fields)) return false;
  if (!Object.entries(v.fields).every(([k, i]) => oneOf(FIELDS, k) && index(i))) return false;
  if (!Array.isArray(v.attributes) || !v.attributes.every(index)) return false;
  if (!oneOf(DATE_LAYOUTS, v.dateLayout)) return false;
  const n = v.numberLayout;
  if (!isObject(n) || !oneOf(DECIMALS, n.decimal) || !oneOf(THOUSANDS, n.thousands)) return false;
  const strings = (s: unknown) => Array.isArray(s) && s.every(isString);
  return strings(v.cancelledStatuses) && strings(v.cancelledOrderPrefixes);
}

function validFile(v: unknown): v is SavedFile {
  if (!isObject(v) || !isString(v.name) || v.name === '' || !isString(v.entry) || !ENTRY.test(v.entry))
    return false;
  const r = v.reading;
  if (!isCount(v.size) || !isObject(r) || !oneOf(ENCODINGS, r.encoding)) return false;
  if (!oneOf(['none', 'gzip'], r.compression) || !validCsv(r.csv)) return false;
  return validSpec(v.spec, v.name);
}

/**
 * The manifest in `raw` (parsed JSON) when it is one this version can open, else null: a damaged,
 * hand-edited or future manifest is never half-read.
 */
export function parseManifest(raw: unknown): SessionManifest | null {
  if (!isObject(raw) || raw.version !== MANIFEST_VERSION) return null;
  if (!isString(raw.id) || !isSessionId(raw.id) || !isString(raw.name) || !isString(raw.savedAt)) return null;
  if (Number.isNaN(Date.parse(raw.savedAt))) return null;
  const sample = raw.sample;
  if (sample !== null && !(typeof sample === 'number' && sample > 0 && sample < 1)) return null;
  const files = raw.files;
  if (!Array.isArray(files) || files.length === 0 || !files.every(validFile)) return null;
  const entries = new Set(files.map((f) => f.entry));
  if (entries.size !== files.length) return null;
  return raw as unknown as SessionManifest;
}
