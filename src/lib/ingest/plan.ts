import { IngestError } from '../engine/errors';
import type { FileSource } from '../engine/types';
import type { FileInput } from './load';
import type { CsvLayout, DateLayout, FieldRole, FileRole, LoadSpec, NumberLayout } from './spec';
import { guessMapping } from './sniff/mapping';
import { decodeText } from './sniff/encoding';
import { toNumberLayout } from './sniff/numbers';
import type { SniffResult } from './sniff/result';
import { sniffFile } from './sniff/sniff';
import { KIND_WARNINGS } from './sniff/warnings';

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
      ...choices.csv,
    },
    columns: sniff.headers,
    fields: choices.fields ?? mapping.fields,
    attributes: choices.attributes ?? mapping.attributes,
    dateLayout: choices.dateLayout ?? sniff.dateFormat.format ?? 'YYYY-MM-DD',
    numberLayout: choices.numberLayout ?? toNumberLayout(sniff.numberFormat),
    cancelledStatuses: choices.cancelledStatuses ?? sniff.cancellation.statuses,
    cancelledOrderPrefixes: choices.cancelledOrderPrefixes ?? sniff.cancellation.orderPrefixes,
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
  const bytes = sniff.compression === 'gzip' ? await gunzip(blob) : new Uint8Array(await blob.arrayBuffer());
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
}

/** Sniff every dropped file (its first 64 KiB only). */
export async function sniffFiles(files: File[]): Promise<PlannedFile[]> {
  return Promise.all(files.map(async (file) => ({ file, sniff: await sniffFile(file), choices: {} })));
}

/** Turn sniffed files and the user's choices into loader inputs. */
export async function inputsFor(planned: PlannedFile[]): Promise<FileInput[]> {
  return Promise.all(
    planned.map(async ({ file, sniff, choices }) => {
      const spec = specFromSniff(sniff, choices);
      const { name, source } = await sourceFor(file, sniff);
      return { spec, source, registerAs: name };
    }),
  );
}

/** Work out how to load each dropped file, taking every guess as it is. */
export async function planFiles(files: File[]): Promise<FileInput[]> {
  return inputsFor(await sniffFiles(files));
}
