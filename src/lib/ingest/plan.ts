import type { FileInput } from './load';

/** Work out how to load each dropped file. */
export async function planFiles(_files: File[]): Promise<FileInput[]> {
  throw new Error('not yet');
}
