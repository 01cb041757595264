import { messageOf } from '../engine/errors';
import {
  forgetAll,
  storageReport,
  type ForgetTargets,
  type KeyStore,
  type StorageReport,
} from '../session/forget';
import { manifestFor, plannedFromSaved } from '../session/plan';
import { browserDirectory, browserSpace, type StorageDirectory, type StorageSpace } from '../session/storage';
import { SessionError, SessionStore, type SessionEntry, type SessionProblem } from '../session/store';
import type { DatasetState } from './dataset.svelte';

/** Where saved sessions live and how to ask for lasting storage: the browser's, or stand-ins in tests. */
export interface SessionDeps {
  root: () => Promise<StorageDirectory | null>;
  space: () => Promise<StorageSpace | null>;
  stores: () => (KeyStore | null)[];
  /** `navigator.storage.persist()`: asked only when the user chooses to keep data. */
  persist: () => Promise<boolean>;
  now: () => Date;
}

function webStorage(name: 'localStorage' | 'sessionStorage'): KeyStore | null {
  try {
    return globalThis[name] ?? null;
  } catch {
    return null; // blocked by the browser's settings
  }
}

const browserDeps: SessionDeps = {
  root: browserDirectory,
  space: browserSpace,
  stores: () => [webStorage('localStorage'), webStorage('sessionStorage')],
  persist: async () => (await navigator.storage?.persist?.()) ?? false,
  now: () => new Date(),
};

/**
 * Saved sessions, opt-in: nothing is written until the user ticks "Keep this data on this device".
 * Then the loaded files and their load plan are kept in the origin-private file system, listed on the
 * start page, opened through the normal load, and deleted one by one or all at once.
 */
export class SessionsState {
  entries = $state.raw<SessionEntry[]>([]);
  /** False where the browser cannot keep files for this site; null until checked. */
  available = $state<boolean | null>(null);
  /** What is in progress: 'save', 'forget', or the id of a session being opened or deleted. */
  busy = $state<string | null>(null);
  /** The last failure, for the message next to the control that caused it. */
  problem = $state.raw<{ kind: SessionProblem; detail: string; where: 'keep' | 'list' } | null>(null);
  /** The saved session holding the data on screen (its dataset version), if any. */
  kept = $state.raw<{ id: string; version: number } | null>(null);
  /** Whether the browser granted lasting storage when the user opted in; null until asked. */
  persisted = $state<boolean | null>(null);
  /** What is stored after "Forget all data". */
  report = $state.raw<StorageReport | null>(null);
  readonly #deps: SessionDeps;
  readonly #store: SessionStore;

  constructor(deps: SessionDeps = browserDeps) {
    this.#deps = deps;
    this.#store = new SessionStore(async () => {
      const root = await deps.root();
      if (!root) throw new SessionError('unsupported', 'no origin-private file system');
      return root;
    }, deps.space);
  }

  #fail(error: unknown, where: 'keep' | 'list'): void {
    const kind = error instanceof SessionError ? error.problem : 'failed';
    this.problem = { kind, detail: messageOf(error), where };
  }

  /** Read the list of saved sessions again (nothing is created by reading). */
  async refresh(): Promise<void> {
    const root = await this.#deps.root();
    this.available = root !== null;
    this.entries = root ? await this.#store.list().catch(() => []) : [];
  }

  /** True when the data on screen is kept on this device. */
  isKept(dataset: DatasetState): boolean {
    return this.kept !== null && this.kept.version === dataset.version;
  }

  /** Keep the loaded files and their plan on this device; asks the browser for lasting storage. */
  async keep(dataset: DatasetState): Promise<void> {
    const loaded = dataset.loaded;
    if (!loaded || this.busy) return;
    const version = dataset.version;
    this.busy = 'save';
    this.problem = null;
    try {
      if (!(await this.#deps.root())) throw new SessionError('unsupported', 'no origin-private file system');
      // Only now, on the user's request: without it the browser may clear the files when space runs low.
      this.persisted = await this.#deps.persist().catch(() => false);
      const { manifest, blobs } = await manifestFor(
        loaded.files,
        loaded.sample,
        this.#deps.now(),
        Math.random(),
      );
      await this.#store.save(manifest, blobs);
      if (dataset.version === version) this.kept = { id: manifest.id, version };
    } catch (error) {
      this.#fail(error, 'keep');
    } finally {
      this.busy = null;
      await this.refresh();
    }
  }

  /** Stop keeping the data on screen: its saved session is deleted. */
  async unkeep(): Promise<void> {
    if (!this.kept) return;
    await this.remove(this.kept.id);
  }

  /** Open a saved session: its kept files go through the normal load with the saved plan. */
  async open(id: string, dataset: DatasetState): Promise<void> {
    if (this.busy) return;
    this.busy = id;
    this.problem = null;
    try {
      const { manifest, files } = await this.#store.open(id);
      const planned = await Promise.all(manifest.files.map((saved, i) => plannedFromSaved(saved, files[i])));
      await dataset.load(planned, { sample: manifest.sample });
      if (dataset.status === 'ready' && dataset.loaded?.files === planned)
        this.kept = { id, version: dataset.version };
    } catch (error) {
      this.#fail(error, 'list');
    } finally {
      this.busy = null;
    }
  }

  /** Delete one saved session. */
  async remove(id: string): Promise<void> {
    this.busy = id;
    this.problem = null;
    try {
      await this.#store.remove(id);
      if (this.kept?.id === id) this.kept = null;
    } catch (error) {
      this.#fail(error, 'list');
    } finally {
      this.busy = null;
      await this.refresh();
    }
  }

  #targets(): ForgetTargets {
    return {
      sessions: this.#store,
      root: this.#deps.root,
      stores: this.#deps.stores(),
      space: this.#deps.space,
    };
  }

  /** Delete every saved session and everything else Lojal stored about the data; then show what is left. */
  async forgetAll(): Promise<void> {
    this.busy = 'forget';
    this.problem = null;
    try {
      const available = await this.#deps.root();
      this.report = available ? await forgetAll(this.#targets()) : await forgetKeysOnly(this.#targets());
      this.kept = null;
    } catch (error) {
      this.#fail(error, 'list');
    } finally {
      this.busy = null;
      await this.refresh();
    }
  }
}

/** Where the browser has no private file system there are no sessions: only the keys are forgotten. */
async function forgetKeysOnly(targets: ForgetTargets): Promise<StorageReport> {
  return forgetAll({ ...targets, sessions: null }).catch(() => storageReport(targets));
}

/** The app's saved sessions. */
export const sessions = new SessionsState();
