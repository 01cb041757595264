/**
 * How much memory loading a set of files needs, and how much this tab can give, so that a file too
 * large is known before it is loaded rather than discovered by a crash (issue: "limits stated, not
 * discovered"). Pure: the page passes in file sizes and the browser's device memory.
 */

/**
 * Peak WebAssembly memory of loading orders files, measured with the same DuckDB build in Node
 * (`scripts/measure-load-memory.ts`, one process per file; synthetic shops of 6 columns, about 50 bytes
 * a line). Rows are typed straight from the file, with no all-text copy of it:
 *
 * | file   | lines      | peak memory | tables after loading |
 * |--------|------------|-------------|----------------------|
 * | 5 MB   | 100,000    | 90 MB       | 12 MB                |
 * | 15 MB  | 300,000    | 137 MB      | 34 MB                |
 * | 50 MB  | 1,000,000  | 195–302 MB  | 104 MB               |
 * | 126 MB | 2,500,000  | 749 MB      | 261 MB               |
 * | 513 MB | 10,000,000 | 2,548 MB    | about 1 GB           |
 *
 * A straight line through them: about 60 MB plus 5 bytes per byte of CSV (wasm memory grows in steps,
 * so single points scatter around it). The estimate takes 5.5 (memory never shrinks, and the analyses
 * need working memory on top).
 */
export const PER_CSV_BYTE = 5.5;
/** Memory the engine and a small load take before the rows count (measured: 60–90 MB). */
export const BASE_BYTES = 60 * 1024 * 1024;
/** A gzip-compressed CSV is typically 5–8 times smaller than its content; assume 6. */
export const GZIP_RATIO = 6;

const GIB = 1024 * 1024 * 1024;
/**
 * The most DuckDB-WASM can use: WebAssembly memory is 32-bit (4 GiB), and DuckDB's own default limit
 * there is 3.1 GiB (`current_setting('memory_limit')`); page, worker and Arrow copies need the rest.
 */
export const WASM_CEILING = 3 * GIB;

/** One file about to be loaded. */
export interface SizedFile {
  /** Size on disk in bytes. */
  size: number;
  compression: 'none' | 'gzip';
}

/** Bytes of CSV text a file holds (a gzip file's content is several times its size). */
export function contentBytes(file: SizedFile): number {
  return file.compression === 'gzip' ? file.size * GZIP_RATIO : file.size;
}

/** Peak memory, in bytes, that loading these files together is expected to need. */
export function estimateLoadBytes(files: SizedFile[]): number {
  return BASE_BYTES + PER_CSV_BYTE * files.reduce((s, f) => s + contentBytes(f), 0);
}

/**
 * Memory this tab can give the database, in bytes: the WebAssembly ceiling, or half the device's memory
 * when the browser tells it (`navigator.deviceMemory`, in GiB, rounded and capped at 8 by Chromium;
 * other browsers say nothing), whichever is smaller.
 */
export function memoryBudget(deviceMemoryGiB?: number | null): number {
  if (!deviceMemoryGiB || !(deviceMemoryGiB > 0)) return WASM_CEILING;
  return Math.min(WASM_CEILING, (deviceMemoryGiB / 2) * GIB);
}

/**
 * The share of customers to sample so that loading fits in `budget` with a fifth to spare: a
 * percentage rounded down to 5 % steps (1 % at the least), as a fraction; 1 when everything fits.
 * Memory grows with the rows kept, and a sample keeps every row of the customers it takes.
 */
export function suggestSample(estimate: number, budget: number): number {
  if (estimate <= budget) return 1;
  const share = ((budget - BASE_BYTES) * 0.8) / Math.max(1, estimate - BASE_BYTES);
  const percent = share >= 0.05 ? Math.floor((share * 100) / 5) * 5 : Math.max(1, Math.floor(share * 100));
  return percent / 100;
}

/** Whether a load fits, is tight (over two thirds of the budget) or will not fit. */
export type MemoryFit = 'fits' | 'tight' | 'too-large';

export function memoryFit(estimate: number, budget: number): MemoryFit {
  if (estimate > budget) return 'too-large';
  return estimate > (2 / 3) * budget ? 'tight' : 'fits';
}
