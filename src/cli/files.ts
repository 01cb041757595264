import { createReadStream, openAsBlob } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { stat } from 'node:fs/promises';
import { IngestError, readFailureError } from '../lib/engine/errors';
import type { Engine } from '../lib/engine/types';
import { loadDataset, type DatasetInfo, type FileInput } from '../lib/ingest/load';
import { damagedGzipMessage } from '../lib/ingest/recover';
import { sourceFor, specFromSniff, type SpecChoices } from '../lib/ingest/plan';
import { DATE_FORMATS, type DateFormat } from '../lib/ingest/sniff/dates';
import type { TextEncoding } from '../lib/ingest/sniff/encoding';
import { sniffFile } from '../lib/ingest/sniff/sniff';
import type { SniffResult } from '../lib/ingest/sniff/result';
import type { CsvLayout, FieldRole, FileRole, LoadSpec } from '../lib/ingest/spec';
import { UsageError, type ParsedArgs } from './args';

/** `--delimiter` values: the character itself or a name for the awkward ones. */
const DELIMITERS: Record<string, CsvLayout['delimiter']> = {
  ',': ',',
  ';': ';',
  '|': '|',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
  whitespace: 'whitespace',
  space: 'whitespace',
};

/** `--encoding` names, as people write them. */
const ENCODINGS: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'latin-1': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

/** `--date-format`: a layout (`DD.MM.YYYY`) or its strftime twin (`%d.%m.%Y`), any case. */
export function parseDateFormat(text: string): DateFormat {
  const layout = text.toUpperCase().replace('%Y', 'YYYY').replace('%M', 'MM').replace('%D', 'DD');
  const found = DATE_FORMATS.find((f) => f === layout);
  if (!found) throw new UsageError(`--date-format: '${text}' is not one of ${DATE_FORMATS.join(', ')}`);
  return found;
}

/** A column given as a header name or a 1-based position, as a 0-based index. */
export function resolveColumn(flag: string, value: string, headers: string[], file: string): number {
  if (/^\d+$/.test(value)) {
    const i = Number(value) - 1;
    if (i < 0 || i >= headers.length)
      throw new UsageError(`${flag}: ${file} has ${headers.length} columns, not ${value}`);
    return i;
  }
  let i = headers.indexOf(value);
  if (i < 0) i = headers.findIndex((h) => h.toLowerCase() === value.toLowerCase());
  if (i < 0)
    throw new UsageError(`${flag}: ${file} has no column '${value}' (columns: ${headers.join(', ')})`);
  return i;
}

/** Field flags of the orders file, and of subscriptions / tenure tables given by command options. */
const ORDER_FLAGS: [FieldRole, keyof ParsedArgs['shared']][] = [
  ['customerId', 'customerId'],
  ['orderDate', 'date'],
  ['amount', 'amount'],
  ['orderId', 'orderId'],
  ['quantity', 'quantity'],
  ['unitPrice', 'unitPrice'],
  ['status', 'status'],
];
const EXTRA_FLAGS: [FieldRole, string][] = [
  ['duration', 'duration'],
  ['event', 'event'],
  ['startDate', 'start'],
  ['endDate', 'end'],
];

/** The user's flags as choices over the sniffer's guesses for one file. */
export function choicesFromArgs(
  sniff: SniffResult,
  role: FileRole,
  args: ParsedArgs,
  primary: boolean,
): SpecChoices {
  const { shared } = args;
  const choices: SpecChoices = { role, csv: {} };
  if (shared.delimiter !== undefined) {
    const d = DELIMITERS[shared.delimiter];
    if (!d) throw new UsageError(`--delimiter: use one of , ; | tab whitespace`);
    choices.csv!.delimiter = d;
  }
  if (shared.noHeader) choices.csv!.header = false;
  if (shared.decimal !== undefined) {
    if (shared.decimal !== '.' && shared.decimal !== ',') throw new UsageError('--decimal: use . or ,');
    // A decimal comma rules out the comma as thousands separator, and the other way round.
    const thousands =
      shared.decimal === ','
        ? sniff.numberFormat.thousands === ','
          ? ''
          : sniff.numberFormat.thousands
        : '';
    choices.numberLayout = { decimal: shared.decimal, thousands: thousands === '\u00a0' ? ' ' : thousands };
  }
  if (shared.dateFormat) choices.dateLayout = parseDateFormat(shared.dateFormat);
  if (!primary) return choices;
  if (shared.cancelled.length) choices.cancelledStatuses = shared.cancelled.map((v) => v.toLowerCase());

  const given: [FieldRole, string, string][] = [];
  for (const [field, key] of ORDER_FLAGS) {
    const v = shared[key];
    if (typeof v === 'string')
      given.push([field, v, `--${key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`]);
  }
  for (const [field, key] of EXTRA_FLAGS)
    if (args.extra[key] !== undefined) given.push([field, args.extra[key], `--${key}`]);
  if (given.length === 0) return choices;
  const guessed = specFromSniff(sniff, { role });
  const fields = { ...guessed.fields };
  const explicit = new Set<number>();
  for (const [field, value, flag] of given) {
    const i = resolveColumn(flag, value, sniff.headers, sniff.fileName);
    for (const [f, j] of Object.entries(fields)) if (j === i) delete fields[f as FieldRole];
    fields[field] = i;
    explicit.add(i);
  }
  // An amount from quantity × unit price replaces a guessed amount column.
  if (given.some(([f]) => f === 'unitPrice') && !given.some(([f]) => f === 'amount')) delete fields.amount;
  choices.fields = fields;
  choices.attributes = guessed.attributes.filter((i) => !explicit.has(i));
  // A tenure table has no customer id or dates: every column but duration and event is an attribute to
  // split survival curves by (a column the sniffer took for an id would otherwise be lost).
  if (role === 'tenure') choices.attributes = sniff.headers.map((_, i) => i).filter((i) => !explicit.has(i));
  return choices;
}

export async function inputFor(
  file: string,
  wanted: FileRole | null,
  args: ParsedArgs,
  primary: boolean,
): Promise<FileInput> {
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    throw new IngestError(`${file}: no such file`, file);
  }
  const blob = await openAsBlob(file);
  // Named as the user typed it, so every message points at the file they gave.
  const named = Object.assign(blob, { name: file });
  let sniff = await sniffFile(named);
  const forced = args.shared.encoding;
  if (forced !== undefined && !ENCODINGS[forced.toLowerCase()])
    throw new UsageError(`--encoding: use one of ${Object.keys(ENCODINGS).join(', ')}`);
  const encoding = forced ? ENCODINGS[forced.toLowerCase()] : undefined;
  if (encoding && encoding !== sniff.encoding) sniff = { ...sniff, encoding };
  // Without flags saying otherwise, a main file is orders unless it clearly is a tenure table.
  const role = wanted ?? (sniff.role.role === 'tenure' ? 'tenure' : 'orders');
  const spec: LoadSpec = specFromSniff(sniff, choicesFromArgs(sniff, role, args, primary));
  // A UTF-8 file is read straight from disk, never copied whole into memory; other encodings are decoded.
  const gzipWithoutName = sniff.compression === 'gzip' && !/\.gz$/i.test(file);
  // DuckDB reads a truncated .gz up to the damage without a word: read it to its end first.
  if (sniff.compression === 'gzip' && !(await gzipIntact(file)))
    throw new IngestError(damagedGzipMessage(file), file);
  if (sniff.encoding === 'utf-8' && !gzipWithoutName)
    return { spec, source: { kind: 'path', path: file }, blob: named };
  const { name, source } = await sourceFor(named, sniff);
  return { spec, source, registerAs: name };
}

/** Whether a gzip file decompresses to its end (Node's zlib, without keeping anything). */
async function gzipIntact(file: string): Promise<boolean> {
  try {
    await pipeline(
      createReadStream(file),
      createGunzip(),
      new Writable({ write: (_chunk, _enc, next) => next() }),
    );
    return true;
  } catch {
    return false;
  }
}

/** The role of the main FILE arguments when the command's flags settle it (tenure table, subscriptions). */
function primaryRole(args: ParsedArgs): FileRole | null {
  if (args.extra.duration !== undefined || args.extra.event !== undefined) return 'tenure';
  if (args.extra.start !== undefined || args.extra.end !== undefined) return 'subscriptions';
  return null;
}

/** Load the files named on the command line into the engine, with every flag applied. */
export async function loadFromArgs(engine: Engine, args: ParsedArgs): Promise<{ info: DatasetInfo }> {
  const role = primaryRole(args);
  const inputs: FileInput[] = [];
  for (const f of args.files) inputs.push(await inputFor(f, role, args, true));
  for (const f of args.shared.customers) inputs.push(await inputFor(f, 'customers', args, false));
  for (const f of args.shared.subscriptions) inputs.push(await inputFor(f, 'subscriptions', args, false));
  for (const input of inputs) {
    const missing = requiredMissing(input.spec);
    if (missing) throw new IngestError(`${input.spec.fileName}: ${missing}`, input.spec.fileName);
  }
  try {
    return { info: await loadDataset(engine, inputs) };
  } catch (error) {
    if (error instanceof IngestError || error instanceof UsageError) throw error;
    throw readFailureError(args.files[0], error, 'could not be loaded');
  }
}

/** What a file of its role cannot do without, in words naming the flag to pass; null when complete. */
function requiredMissing(spec: LoadSpec): string | null {
  const need: Record<FileRole, [FieldRole, string][]> = {
    orders: [
      ['customerId', '--customer-id'],
      ['orderDate', '--date'],
    ],
    customers: [['customerId', '--customer-id']],
    subscriptions: [
      ['customerId', '--customer-id'],
      ['startDate', '--start'],
    ],
    tenure: [
      ['duration', '--duration'],
      ['event', '--event'],
    ],
  };
  const missing = need[spec.role].filter(([f]) => spec.fields[f] === undefined);
  if (missing.length === 0) return null;
  return `no column found for ${missing.map(([f, flag]) => `${f} (name it with ${flag})`).join(', ')}`;
}
