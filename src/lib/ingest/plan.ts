import { IngestError } from '../engine/errors';
import type { FileSource } from '../engine/types';
import type { FileInput } from './load';
import type { CsvLayout, DateLayout, FieldRole, FileRole, LoadSpec, NumberLayout } from './spec';
import { guessMapping } from './sniff/mapping';
import { decodeText } from './sniff/encoding';
import { toNumberLayout } from './sniff/numbers';
import type { SniffResult } from './sniff/result';
import type { Dialect } from './sniff/dialect';
import type { TextEncoding } from './sniff/encoding';
import { readHeadInfo, type FileHead } from './sniff/readHead';
import { sniffBytes, sniffFile } from './sniff/sniff';
import { KIND_WARNINGS } from './sniff/warnings';
import { damagedGzipMessage } from './recover';

/** What the user changed about a file after seeing its preview; anything left out keeps the guess. */
export interface SpecChoices {
  role?: FileRole;
  fields?: Partial<Record<FieldRole, number>>;
  attributes?: number[];
  dateLayout?: DateLayout;
  numberLayout?: NumberLayout;
  csv?: Partial<CsvLayout>;
  cancelledStatuses?: string[];
  cancelledOrderPrefixes?: string[];
}

/**
 * What the loader needs to know about the header as written: how many lines it takes (a quoted line
 * break in a name makes it more than one, and every later line number moves) and its cells, to tell the
 * header repeated inside the table (two exports joined) from a row of data.
 */
function headerFacts(sniff: SniffResult): { headerLines?: number; headerNames?: string[] } {
  if (!sniff.dialect.header) return {};
  const raw = sniff.originalHeaders;
  const breaks = raw.join('').match(/\r\n|\r|\n/g)?.length ?? 0;
  return { headerLines: 1 + breaks, headerNames: raw.map((h) => h.replace(/^\uFEFF/, '').trim()) };
}

/**
 * The load spec for a sniffed file: the sniffer's guesses, overridden by the user's choices. Throws an
 * IngestError naming the file when it cannot be read as a table at all (a workbook, an archive, binary,
 * empty), with what to do instead.
 */
export function specFromSniff(sniff: SniffResult, choices: SpecChoices = {}): LoadSpec {
  if (sniff.kind !== 'text')
    throw new IngestError(`${sniff.fileName}: ${KIND_WARNINGS[sniff.kind]}`, sniff.fileName);
  if (sniff.headers.length === 0)
    throw new IngestError(`${sniff.fileName}: the file is empty`, sniff.fileName);
  const role = choices.role ?? sniff.role.role;
  // A different role has different fields: guess them afresh for that role.
  const mapping = role === sniff.role.role ? sniff.mapping : guessMapping(sniff.columns, role);
  const { dialect } = sniff;
  return {
    fileName: sniff.fileName,
    role,
    csv: {
      delimiter: dialect.delimiter,
      quote: dialect.quote,
      header: dialect.header,
      skipLines: dialect.skipLines,
      ...headerFacts(sniff),
      ...choices.csv,
    },
    columns: sniff.headers,
    fields: choices.fields ?? mapping.fields,
    attributes: choices.attributes ?? mapping.attributes,
    dateLayout: choices.dateLayout ?? sniff.dateFormat.format ?? 'YYYY-MM-DD',
    numberLayout: choices.numberLayout ?? toNumberLayout(sniff.numberFormat),
    cancelledStatuses: choices.cancelledStatuses ?? sniff.cancellation.statuses,
    cancelledOrderPrefixes: choices.cancelledOrderPrefixes ?? sniff.cancellation.orderPrefixes,
    // The layout's rules hold for its own role only.
    layout: role === sniff.role.role ? sniff.layout : null,
  };
}

async function gunzip(blob: Blob): Promise<Uint8Array> {
  const stream = blob.stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * How DuckDB should get at a file's bytes. UTF-8 files (plain or gzip) are handed over as they are and
 * read in slices; DuckDB only decodes UTF-8 itself, so Windows-1252 and UTF-16 files are decoded here
 * and handed over as text (DUCKDB_WASM_NOTES: its latin-1 reader rejects € and the curly quotes).
 */
export async function sourceFor(
  blob: Blob,
  sniff: SniffResult,
): Promise<{ name: string; source: FileSource }> {
  const name = sniff.fileName;
  // DuckDB reads UTF-8 itself, byte-order mark and all.
  if (sniff.encoding === 'utf-8') {
    // DuckDB picks gzip from the name: make sure a compressed file's name says so.
    const gz = sniff.compression === 'gzip' && !/\.gz$/i.test(name) ? `${name}.gz` : name;
    return { name: gz, source: { kind: 'blob', blob } };
  }
  const bytes =
    sniff.compression === 'gzip'
      ? await gunzip(blob).catch((error: unknown) => {
          throw new IngestError(damagedGzipMessage(name), name, null, {
            cause: error,
            details: error instanceof Error ? error.message : String(error),
          });
        })
      : new Uint8Array(await blob.arrayBuffer());
  return {
    name: name.replace(/\.gz$/i, ''),
    source: { kind: 'text', text: decodeText(bytes, sniff.encoding) },
  };
}

/** A dropped file, sniffed: what the preview shows and what the user can change before loading. */
export interface PlannedFile {
  file: File;
  sniff: SniffResult;
  choices: SpecChoices;
  /** The sampled start of the file, kept so the preview can be read again with other choices. */
  head?: FileHead;
}

/**
 * Files that need decoding in JavaScript (Windows-1252, UTF-16, or gzip that DuckDB cannot take as
 * it is) are held whole in memory as text: above this they are refused with advice instead.
 */
export const MAX_DECODED_BYTES = 256 * 1024 * 1024;
/**
 * UTF-8 files are read in slices, but the loaded tables live in the database's memory, which a 32-bit
 * WebAssembly build caps at 4 GiB, and loading peaks well above the file's size (a 48 MB, 1M-order
 * file peaked at about 0.5 GB). Above this a file certainly cannot fit and is refused before loading;
 * below it, running out of memory is caught and reported naming the file (load.ts).
 */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/**
 * Why a sniffed file cannot be loaded, in the user's words and naming the file; null when it can.
 * Covers workbooks and other binary files, empty files, a header without data rows (known for sure only
 * when the sample is the whole file) and files too large for the browser's memory.
 */
export function fileProblem(planned: Pick<PlannedFile, 'file' | 'sniff' | 'head'>): string | null {
  const { sniff, file, head } = planned;
  const name = sniff.fileName;
  if (sniff.kind !== 'text') return `${name}: ${KIND_WARNINGS[sniff.kind]}`;
  if (sniff.headers.length === 0) return `${name}: the file is empty`;
  if (head?.complete && sniff.rows.length === 0)
    return sniff.dialect.header ? `${name}: has a header but no data rows` : `${name}: the file is empty`;
  const decoded = sniff.encoding !== 'utf-8';
  if (decoded && file.size > MAX_DECODED_BYTES)
    return `${name}: is too large for the browser's memory (${megabytes(file.size)} saved as ${sniff.encoding}). Save it as "CSV UTF-8" and drop it again: UTF-8 files up to ${megabytes(MAX_FILE_BYTES)} are read in slices.`;
  if (file.size > MAX_FILE_BYTES)
    return `${name}: is too large for the browser's memory (${megabytes(file.size)}; about ${megabytes(MAX_FILE_BYTES)} fits). Split it by date into smaller files, or use the command-line tool.`;
  return null;
}

/** Sniff one dropped file (its first 64 KiB only), keeping the sample for the preview. */
export async function sniffPlanned(file: File): Promise<PlannedFile> {
  let head: FileHead;
  try {
    head = await readHeadInfo(file);
  } catch {
    // A damaged archive: the sniffer reports it as such.
    return { file, sniff: await sniffFile(file), choices: {} };
  }
  const sniff = sniffBytes(head.bytes, file.name, { complete: head.complete, compression: head.compression });
  return { file, sniff, choices: {}, head };
}

/**
 * The file read again from its sample with the user's choice of encoding or layout; everything else
 * (columns, formats, mapping guesses, warnings) follows from that choice.
 */
export function resniff(
  planned: PlannedFile,
  options: { encoding?: TextEncoding; dialect?: Partial<Dialect> },
): SniffResult {
  const { head, file } = planned;
  if (!head) return planned.sniff;
  return sniffBytes(head.bytes, file.name, {
    complete: head.complete,
    compression: head.compression,
    ...options,
  });
}

/** Sniff every dropped file (its first 64 KiB only). */
export async function sniffFiles(files: File[]): Promise<PlannedFile[]> {
  return Promise.all(files.map(sniffPlanned));
}

/** Turn sniffed files and the user's choices into loader inputs; IngestError naming a file that cannot load. */
export async function inputsFor(planned: PlannedFile[]): Promise<FileInput[]> {
  return Promise.all(
    planned.map(async (p) => {
      const problem = fileProblem(p);
      if (problem) throw new IngestError(problem, p.sniff.fileName);
      const spec = specFromSniff(p.sniff, p.choices);
      const { name, source } = await sourceFor(p.file, p.sniff);
      return { spec, source, registerAs: name, size: p.file.size };
    }),
  );
}

/** Loader inputs for dropped files (every guess taken) or for files planned in the preview. */
export async function inputsFrom(files: File[] | PlannedFile[]): Promise<FileInput[]> {
  const planned = files.map((f) => (f instanceof File ? null : f));
  if (planned.every((p) => p !== null)) return inputsFor(planned);
  return planFiles(files as File[]);
}

/** Work out how to load each dropped file, taking every guess as it is. */
export async function planFiles(files: File[]): Promise<FileInput[]> {
  return inputsFor(await sniffFiles(files));
}
