/** Reading just the start of a dropped file, decompressing `.csv.gz` on the way. */

/** The first bytes of a file, as text-ready data, and what it took to get them. */
export interface FileHead {
  /** The first bytes of the (decompressed) content. */
  bytes: Uint8Array;
  /** `gzip` when the file was gzip-compressed and `bytes` are the decompressed start. */
  compression: 'none' | 'gzip';
  /** True when `bytes` is the whole content, so the last line is not cut off. */
  complete: boolean;
}

/** The default sample size: enough lines to judge the layout, small enough to read instantly. */
export const HEAD_BYTES = 65536;

function isGzip(magic: Uint8Array): boolean {
  return magic[0] === 0x1f && magic[1] === 0x8b;
}

async function gunzipHead(blob: Blob, maxBytes: number): Promise<{ bytes: Uint8Array; complete: boolean }> {
  const reader = blob.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let complete = false;
  try {
    while (total < maxBytes) {
      const { done, value } = await reader.read();
      if (done) {
        complete = true;
        break;
      }
      chunks.push(value);
      total += value.length;
    }
  } catch (error) {
    // A truncated or damaged archive: what was decompressed before the damage is still a usable sample.
    if (total === 0)
      throw new Error('The file starts like a gzip archive but could not be decompressed', { cause: error });
  } finally {
    // Stop decompressing: only the head is needed, however large the file is.
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(Math.min(total, maxBytes));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.length;
    if (offset >= bytes.length) break;
  }
  return { bytes, complete: complete && total <= maxBytes };
}

/** Fewer line breaks than this in the sample: a giant cell or a very wide header filled it. */
const MIN_SAMPLE_LINES = 12;
/** How much more is read then: past a 1 MB cell, or dozens of rows of a 5,000-column table. */
const WIDE_FACTOR = 64;

function lineBreaks(bytes: Uint8Array, enough: number): number {
  let n = 0;
  for (let i = 0; i < bytes.length && n < enough; i++) if (bytes[i] === 10 || bytes[i] === 13) n++;
  return n;
}

async function readOnce(blob: Blob, maxBytes: number): Promise<FileHead> {
  const magic = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  if (isGzip(magic)) return { ...(await gunzipHead(blob, maxBytes)), compression: 'gzip' };
  const bytes = new Uint8Array(await blob.slice(0, maxBytes).arrayBuffer());
  return { bytes, compression: 'none', complete: blob.size <= maxBytes };
}

/**
 * The first `maxBytes` of a file together with whether it was compressed and whether that is all of
 * it. A gzip file (magic bytes 1F 8B, as in `.csv.gz`) is decompressed on the fly and reading stops
 * once `maxBytes` of decompressed content are in. When that holds only a few lines (a 1 MB cell in the
 * first row, a header of thousands of columns), up to 64 times as much is read, so that the sniffer
 * sees data rows to judge dates, amounts and ids by.
 */
export async function readHeadInfo(blob: Blob, maxBytes = HEAD_BYTES): Promise<FileHead> {
  const head = await readOnce(blob, maxBytes);
  if (head.complete || lineBreaks(head.bytes, MIN_SAMPLE_LINES) >= MIN_SAMPLE_LINES) return head;
  return readOnce(blob, maxBytes * WIDE_FACTOR);
}

/** The first `maxBytes` of a file's content, decompressing `.csv.gz` transparently. */
export async function readHead(blob: Blob, maxBytes = HEAD_BYTES): Promise<Uint8Array> {
  return (await readHeadInfo(blob, maxBytes)).bytes;
}
