import { entryNames, type StorageDirectory, type StorageSpace } from './storage';
import type { SessionStore } from './store';

/** Keys Lojal writes in local storage (confirmed layouts, language, currency) all start with this. */
export const KEY_PREFIX = 'lojal.';

/** The part of the Web Storage API used here (localStorage, or a stand-in in tests). */
export type KeyStore = Pick<Storage, 'key' | 'length' | 'removeItem'>;

/** Lojal's keys in a Web Storage area. */
export function lojalKeys(store: KeyStore | null): string[] {
  const keys: string[] = [];
  if (!store) return keys;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(KEY_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/** What this site has stored, as the browser reports it, to show after "Forget all data". */
export interface StorageReport {
  /** Entries in the site's origin-private file system (top level). */
  privateFiles: string[] | null;
  /** Lojal keys left in local and session storage. */
  keys: string[];
  /** `navigator.storage.estimate()`, or null where the browser cannot say. */
  space: StorageSpace | null;
}

/** Where the things to forget are. */
export interface ForgetTargets {
  sessions: SessionStore | null;
  root: () => Promise<StorageDirectory | null>;
  stores: (KeyStore | null)[];
  space: () => Promise<StorageSpace | null>;
}

/** What is stored now: the private file system's entries, Lojal's keys, and the browser's estimate. */
export async function storageReport(t: ForgetTargets): Promise<StorageReport> {
  const root = await t.root().catch(() => null);
  return {
    privateFiles: root ? await entryNames(root) : null,
    keys: t.stores.flatMap(lojalKeys),
    space: await t.space().catch(() => null),
  };
}

/**
 * Delete everything Lojal stored about the user's data: every saved session (files and plans) and
 * every Lojal key in local and session storage (confirmed column layouts, language, currency). The
 * offline copy of the app itself holds no data and stays. Returns what is stored afterwards.
 */
export async function forgetAll(t: ForgetTargets): Promise<StorageReport> {
  await t.sessions?.removeAll();
  for (const store of t.stores) for (const key of lojalKeys(store)) store?.removeItem(key);
  return storageReport(t);
}
