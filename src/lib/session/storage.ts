/**
 * The part of the File System Access API that saved sessions use: the browser's origin-private file
 * system (OPFS) answers it directly, and `memoryDirectory()` imitates it for unit tests.
 */

/** An open file being written; nothing is visible under its name until `close()`. */
export interface StorageWritable {
  write(data: Blob | string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** A file in a storage directory. */
export interface StorageFile {
  readonly kind: 'file';
  getFile(): Promise<File>;
  createWritable(): Promise<StorageWritable>;
}

/** A directory: FileSystemDirectoryHandle's methods used here. Missing entries throw a `NotFoundError`. */
export interface StorageDirectory {
  readonly kind: 'directory';
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<StorageDirectory>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<StorageFile>;
  removeEntry(name: string, options?: { recursive?: boolean }): Promise<void>;
  keys(): AsyncIterable<string>;
}

/** How much the browser lets this site store, and how much it uses (`navigator.storage.estimate()`). */
export interface StorageSpace {
  usage: number;
  quota: number;
  /** Chromium only: usage by kind (`caches`, `fileSystem`, `indexedDB`, …). */
  usageDetails?: Record<string, number>;
}

/** The browser's origin-private file system, or null where the browser has none (or blocks it). */
export async function browserDirectory(): Promise<StorageDirectory | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
    const root = await navigator.storage.getDirectory();
    // Safari writes OPFS files only from workers: without createWritable on the page, saving cannot work.
    if (typeof FileSystemFileHandle === 'undefined' || !('createWritable' in FileSystemFileHandle.prototype))
      return null;
    return root as unknown as StorageDirectory;
  } catch {
    return null;
  }
}

/** What the browser reports about this site's storage, or null where it cannot say. */
export async function browserSpace(): Promise<StorageSpace | null> {
  try {
    const e = await navigator.storage.estimate();
    const details = (e as { usageDetails?: Record<string, number> }).usageDetails;
    return { usage: e.usage ?? 0, quota: e.quota ?? 0, usageDetails: details };
  } catch {
    return null;
  }
}

/** Names of the entries in `dir`, sorted. */
export async function entryNames(dir: StorageDirectory): Promise<string[]> {
  const names: string[] = [];
  for await (const name of dir.keys()) names.push(name);
  return names.sort();
}

/** True for the error a missing file or directory throws. */
export const isNotFound = (e: unknown): boolean => (e as { name?: string })?.name === 'NotFoundError';

/** True for the error a full disk or exhausted quota throws. */
export const isQuotaError = (e: unknown): boolean => (e as { name?: string })?.name === 'QuotaExceededError';
