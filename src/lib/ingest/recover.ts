import type { FileSource } from '../engine/types';

/**
 * Checks and repairs done in JavaScript when DuckDB's reader cannot be trusted with a file as it is:
 * a damaged gzip archive (DuckDB reads up to the damage and stops without a word) and a file mixing
 * line endings (DuckDB's strict reader refuses it, its lenient one drops extra fields unseen).
 * Both only run on compressed files or after the reader failed, never on a plain file that loads.
 */

/** The message for a .gz file that cannot be read to its end. */
export function damagedGzipMessage(name: string): string {
  return `${name}: the compressed (.gz) file is damaged or incomplete: it ends before its data does, so rows would be missing. Download or export it again.`;
}

const LF = 10;
const CR = 13;

/** What streaming a gzip file through to its end found. */
export interface GzipScan {
  /** The archive ends before its data does (truncated download) or its bytes are corrupt. */
  damaged: boolean;
  /** A blank line with more data after it (see blankLines.ts), so the exact blank-line pass is needed. */
  blanks: boolean;
}

/**
 * Decompresses a whole gzip file, keeping nothing: whether it is damaged and whether it has blank lines
 * inside. A second archive appended (`cat a.gz b.gz`) is valid gzip; a browser that cannot read one
 * says "junk after the end", which is not taken for damage (DuckDB reads such files itself).
 */
export async function scanGzip(blob: Blob): Promise<GzipScan> {
  const reader = blob.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  let previous = 0;
  let blank = false;
  let blanks = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { damaged: false, blanks };
      if (blanks) continue;
      for (let i = 0; i < value.length; i++) {
        const code = value[i];
        if (code !== LF && code !== CR) {
          if (blank) {
            blanks = true;
            break;
          }
        } else if ((previous === LF && (code === LF || code === CR)) || (previous === CR && code === CR)) {
          blank = true;
        }
        previous = code;
      }
    }
  } catch (error) {
    const junk = /junk|trailing/i.test(error instanceof Error ? error.message : String(error));
    return { damaged: !junk, blanks: true };
  }
}

/** The bytes of a blob, decompressed when `compressed`. */
async function bytesOf(blob: Blob, compressed: boolean): Promise<Uint8Array> {
  const stream = compressed ? blob.stream().pipeThrough(new DecompressionStream('gzip')) : blob.stream();
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** `bytes` with every CR LF and lone CR turned into LF: each line break stays one line break. */
export function toLf(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === CR) {
      out[n++] = LF;
      if (bytes[i + 1] === LF) i++;
    } else out[n++] = b;
  }
  return out.subarray(0, n);
}

/**
 * The file again with one kind of line break (LF), for a file that mixes them (two exports from
 * different systems joined). Line numbers do not change: each break stays one break. `blob` stands in
 * for a source on disk (the command line). Null when the bytes cannot be had here.
 */
export async function withLfLineEndings(
  source: FileSource,
  compressed: boolean,
  blob?: Blob,
): Promise<FileSource | null> {
  switch (source.kind) {
    case 'text':
      return { kind: 'text', text: source.text.replace(/\r\n?/g, '\n') };
    case 'bytes':
      return {
        kind: 'bytes',
        bytes: toLf(compressed ? await bytesOf(new Blob([source.bytes.slice()]), true) : source.bytes),
      };
    case 'blob':
      return { kind: 'bytes', bytes: toLf(await bytesOf(source.blob, compressed)) };
    case 'path':
      return blob ? { kind: 'bytes', bytes: toLf(await bytesOf(blob, compressed)) } : null;
  }
}
