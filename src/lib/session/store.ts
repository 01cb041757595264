import { fileEntry, isSessionId, parseManifest, sessionBytes, type SessionManifest } from './manifest';
import { entryNames, isNotFound, isQuotaError, type StorageDirectory, type StorageSpace } from './storage';

/** The folder under the origin-private root that holds every saved session, one sub-folder each. */
export const SESSIONS_FOLDER = 'lojal-sessions';
const MANIFEST = 'manifest.json';
/** Room left free beyond the files themselves (the manifest, the file system's own bookkeeping). */
const HEADROOM = 1024 * 1024;

/** Why a saved session could not be kept or opened. */
export type SessionProblem = 'unsupported' | 'quota' | 'missing' | 'changed' | 'failed';

/** A failure of saved sessions, with its kind for the message the user sees. */
export class SessionError extends Error {
  constructor(
    readonly problem: SessionProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SessionError';
  }
}

/** A folder in the list: its manifest, or null when it cannot be read (an interrupted save, damage). */
export interface SessionEntry {
  id: string;
  manifest: SessionManifest | null;
}

/**
 * Saved sessions in a storage directory (the origin-private file system in the browser). Files are
 * written first and the manifest last, so a folder with a manifest is always complete; a save that
 * fails (quota, a closed tab) leaves nothing behind or a folder listed as unreadable.
 */
export class SessionStore {
  constructor(
    private readonly root: () => Promise<StorageDirectory>,
    private readonly space: () => Promise<StorageSpace | null> = async () => null,
  ) {}

  async #folder(create: boolean): Promise<StorageDirectory | null> {
    try {
      return await (await this.root()).getDirectoryHandle(SESSIONS_FOLDER, { create });
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** Every saved session, newest first; unreadable folders after them. */
  async list(): Promise<SessionEntry[]> {
    const folder = await this.#folder(false);
    if (!folder) return [];
    const ids = (await entryNames(folder)).filter(isSessionId);
    const entries = await Promise.all(
      ids.map(async (id): Promise<SessionEntry> => {
        try {
          const dir = await folder.getDirectoryHandle(id);
          const text = await (await (await dir.getFileHandle(MANIFEST)).getFile()).text();
          const manifest = parseManifest(JSON.parse(text));
          return { id, manifest: manifest?.id === id ? manifest : null };
        } catch {
          return { id, manifest: null };
        }
      }),
    );
    const time = (e: SessionEntry) => (e.manifest ? Date.parse(e.manifest.savedAt) : -Infinity);
    return entries.sort((a, b) => time(b) - time(a));
  }

  /**
   * Keep `files` (in the manifest's order) and the manifest. Throws SessionError('quota') when the
   * browser says there is no room (before writing, or when a write is refused), removing what was written.
   */
  async save(manifest: SessionManifest, files: Blob[]): Promise<void> {
    if (files.length !== manifest.files.length) throw new Error('one blob per manifest file');
    const bytes = sessionBytes(manifest);
    const space = await this.space();
    if (space && space.quota > 0 && space.quota - space.usage < bytes + HEADROOM)
      throw new SessionError('quota', `needs ${bytes} bytes, ${space.quota - space.usage} free`);
    const folder = await this.#folder(true);
    if (!folder) throw new SessionError('unsupported', 'no storage folder');
    const dir = await folder.getDirectoryHandle(manifest.id, { create: true });
    try {
      for (const [i, saved] of manifest.files.entries()) {
        if (saved.entry !== fileEntry(i)) throw new Error(`file ${i} has entry ${saved.entry}`);
        await write(dir, saved.entry, files[i]);
      }
      await write(dir, MANIFEST, JSON.stringify(manifest));
    } catch (e) {
      await folder.removeEntry(manifest.id, { recursive: true }).catch(() => undefined);
      if (e instanceof SessionError) throw e;
      if (isQuotaError(e)) throw new SessionError('quota', 'the browser refused to store more', { cause: e });
      throw new SessionError('failed', (e as Error)?.message ?? String(e), { cause: e });
    }
  }

  /**
   * A saved session's manifest and its files' bytes, as files named as when they were loaded. The
   * files are handles on the stored bytes (Blobs), not copies in memory.
   */
  async open(id: string): Promise<{ manifest: SessionManifest; files: File[] }> {
    const entry = (await this.list()).find((e) => e.id === id);
    if (!entry?.manifest) throw new SessionError('missing', `session ${id} is gone or unreadable`);
    const { manifest } = entry;
    const folder = await this.#folder(false);
    try {
      const dir = await folder!.getDirectoryHandle(id);
      const files = await Promise.all(
        manifest.files.map(async (saved) => {
          const stored = await (await dir.getFileHandle(saved.entry)).getFile();
          if (stored.size !== saved.size)
            throw new SessionError('changed', `${saved.name}: ${stored.size} bytes, expected ${saved.size}`);
          return new File([stored], saved.name, { type: 'text/csv' });
        }),
      );
      return { manifest, files };
    } catch (e) {
      if (e instanceof SessionError) throw e;
      throw new SessionError('missing', `session ${id}: ${(e as Error)?.message}`, { cause: e });
    }
  }

  /** Delete one saved session (its files and manifest). Deleting one that is gone is not an error. */
  async remove(id: string): Promise<void> {
    const folder = await this.#folder(false);
    if (!folder) return;
    await folder.removeEntry(id, { recursive: true }).catch((e: unknown) => {
      if (!isNotFound(e)) throw e;
    });
  }

  /** Delete every saved session and the folder that holds them. */
  async removeAll(): Promise<void> {
    const root = await this.root();
    await root.removeEntry(SESSIONS_FOLDER, { recursive: true }).catch((e: unknown) => {
      if (!isNotFound(e)) throw e;
    });
  }
}

async function write(dir: StorageDirectory, name: string, data: Blob | string): Promise<void> {
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  try {
    await writable.write(data);
    await writable.close();
  } catch (e) {
    await writable.abort().catch(() => undefined);
    throw e;
  }
}
