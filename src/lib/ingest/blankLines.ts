import type { FileSource } from '../engine/types';

/**
 * Whether a file may hold a blank line with more data after it. DuckDB's CSV reader drops blank lines
 * without a trace, so every later line number of the ledger would be one short per blank line; finding
 * where they are takes a second pass over the file in DuckDB (`buildBlankLinesSql`). This quick byte
 * scan, run in JavaScript while DuckDB reads the file, spares that pass for the usual file with none.
 *
 * A blank line is a line break right after another: LF LF, LF CR (covers CRLF CRLF) or CR CR; CR LF
 * alone is one break. Blank lines only at the end change no line number and are ignored. Blank lines
 * inside quoted cells count here too (a false alarm only costs the exact pass). `null` when the bytes
 * cannot be scanned here (a path on disk, a compressed file): run the exact pass.
 */
export async function mayHaveBlankLines(source: FileSource, compressed = false): Promise<boolean | null> {
  const state = { previous: 0, blank: false };
  switch (source.kind) {
    case 'text':
      return scan(source.text, state);
    case 'bytes':
      return compressed ? null : scan(source.bytes, state);
    case 'blob': {
      if (compressed) return null;
      const reader = source.blob.stream().getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return false;
          if (scan(value, state)) return true;
        }
      } finally {
        void reader.cancel().catch(() => {});
      }
    }
    case 'path':
      return null;
  }
}

const LF = 10;
const CR = 13;

/**
 * Feeds code units (UTF-8 bytes: a line break byte is never part of a longer character; or UTF-16
 * text) through `state`; true once a blank line followed by more data has been seen.
 */
function scan(units: Uint8Array | string, state: { previous: number; blank: boolean }): boolean {
  const text = typeof units === 'string';
  let { previous, blank } = state;
  for (let i = 0; i < units.length; i++) {
    const code = text ? units.charCodeAt(i) : units[i];
    if (code !== LF && code !== CR) {
      if (blank) return true;
    } else if ((previous === LF && (code === LF || code === CR)) || (previous === CR && code === CR)) {
      blank = true;
    }
    previous = code;
  }
  state.previous = previous;
  state.blank = blank;
  return false;
}
