import {
  CancelledError,
  EngineLostError,
  IngestError,
  engineLostIn,
  messageOf,
  type EngineLossReason,
} from '../engine/errors';
import type { Engine } from '../engine/types';
import { loadDataset, type DatasetInfo, type LoadProgress } from '../ingest/load';
import { estimateLoadBytes, memoryBudget, suggestSample, type SizedFile } from '../ingest/memory';
import { inputsFrom, type PlannedFile } from '../ingest/plan';

/** Where the loaded data stands. */
export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Where recovery from a lost engine stands: restarting it and reading the files again, done (the
 * page says so until dismissed), or given up (it was lost again soon after a restart, or the files
 * could not be read again): the user chooses what to do.
 */
export interface RecoveryState {
  phase: 'restarting' | 'recovered' | 'failed';
  reason: EngineLossReason;
}

/** A second loss within this long of an automatic restart is not retried automatically (it would loop). */
const RETRY_WITHIN_MS = 120_000;

/** How to load: a random sample of customers (a share below 1), and whether it is a recovery. */
export interface LoadChoice {
  /** Load this share (0–1) of customers, with all their rows; null or 1 for everyone. */
  sample?: number | null;
  /** Set when the load restores data after the engine was lost for this reason. */
  recovering?: EngineLossReason;
  /** Keep identical rows of files without an order id once (default: all kept; METRICS.md §1). */
  identicalRowsOnce?: boolean;
}

type Files = File[] | PlannedFile[];

/** Sizes of the files to load, for the memory estimate. */
export function sizedFiles(files: Files): SizedFile[] {
  return files.map((f) => {
    const file = f instanceof File ? f : f.file;
    const gzip = f instanceof File ? /\.gz$/i.test(f.name) : f.head?.compression === 'gzip';
    return { size: file.size, compression: gzip ? 'gzip' : 'none' };
  });
}

/** The device's memory in GiB as the browser reports it (Chromium only), or null. */
export function deviceMemory(): number | null {
  const n =
    typeof navigator !== 'undefined' ? (navigator as { deviceMemory?: number }).deviceMemory : undefined;
  return typeof n === 'number' && n > 0 ? n : null;
}

/** Sample files served with the app (same origin). */
export const SAMPLE_FILES = ['orders.csv', 'customers.csv', 'subscriptions.csv'];

/** The loaded dataset: files in, canonical DuckDB tables out, with every row accounted for. */
export class DatasetState {
  status = $state<DatasetStatus>('idle');
  info = $state.raw<DatasetInfo | null>(null);
  error = $state<string | null>(null);
  /** The engine's own text behind `error` when that is a one-sentence translation of it (see ErrorBanner). */
  errorDetails = $state<string | null>(null);
  /** Names of the files being loaded, for the progress message. */
  loadingNames = $state<string[]>([]);
  /** Bytes read of the file being loaded (the progress bar), null when not loading. */
  progress = $state.raw<LoadProgress | null>(null);
  /** Bumped after each successful load, so queries know to run again. */
  version = $state(0);
  /** Recovery from a lost engine (worker died, out of memory); null when nothing happened. */
  recovery = $state.raw<RecoveryState | null>(null);
  /**
   * Set when the user cancelled a load: the database engine was restarted to stop it at once, so any
   * data loaded before went with it. `files` names what was being loaded. Cleared by the next load.
   */
  cancelled = $state.raw<{ files: string[]; hadData: boolean } | null>(null);
  /** The hygiene switch the data was loaded with: identical rows of files without an order id kept once. */
  identicalRowsOnce = $state(false);
  #controller: AbortController | null = null;
  /** The engine the load in progress runs on, once it has one (a cancel stops it). */
  #busy: Engine | null = null;
  /** The files behind `info` and the sample they were loaded with, to give a lost engine the same data. */
  #loaded: { files: Files; sample: number | null } | null = null;
  /** The files (and sample) a recovery is for, retried by `retry`. */
  #recovering: { files: Files; sample: number | null } | null = null;
  #lastRestart = -Infinity;
  readonly #watched = new WeakSet<Engine>();
  readonly #start: () => Promise<Engine>;
  /**
   * The engine every query runs on. When it is lost (its worker died, it ran out of memory), it is
   * restarted and the same files are read again, so the page and its settings carry on.
   */
  readonly engine: () => Promise<Engine>;

  constructor(engine: () => Promise<Engine>) {
    this.#start = engine;
    this.engine = () => this.#start().then((e) => this.#watch(e));
  }

  #watch(engine: Engine): Engine {
    if (!this.#watched.has(engine)) {
      this.#watched.add(engine);
      void engine.lost?.then((error) => {
        // A load in progress sees the same error and recovers itself.
        const loaded = this.#loaded;
        if (this.status !== 'loading' && loaded) void this.#recover(error, loaded.files, loaded.sample);
      });
    }
    return engine;
  }

  /** Start a fresh engine and load `files` again, once; a second loss soon after is left to the user. */
  async #recover(error: EngineLostError, files: Files, sample: number | null): Promise<void> {
    const now = performance.now();
    const again = now - this.#lastRestart < RETRY_WITHIN_MS;
    this.#recovering = { files, sample };
    if (again) {
      this.recovery = { phase: 'failed', reason: error.reason };
      this.status = this.info ? 'ready' : 'error';
      return;
    }
    this.#lastRestart = now;
    this.recovery = { phase: 'restarting', reason: error.reason };
    await this.load(files, { recovering: error.reason, sample });
  }

  /**
   * After a failed recovery: start the engine again and read the same files, all of them or (`sample`)
   * a random share of their customers.
   */
  async retry(sample?: number | null): Promise<void> {
    const last = this.#recovering ?? this.#loaded;
    if (!last || !this.recovery) return;
    this.#lastRestart = performance.now();
    this.recovery = { phase: 'restarting', reason: this.recovery.reason };
    await this.load(last.files, { recovering: this.recovery.reason, sample: sample ?? last.sample });
  }

  /**
   * The share of customers to sample after running out of memory: what the memory estimate allows,
   * and at most half of what was tried.
   */
  suggestedSample(): number {
    const last = this.#recovering ?? this.#loaded;
    if (!last) return 0.5;
    const fit = suggestSample(estimateLoadBytes(sizedFiles(last.files)), memoryBudget(deviceMemory()));
    const half = (last.sample ?? 1) / 2;
    const share = Math.min(fit, half);
    return share >= 0.05 ? Math.floor(share * 20) / 20 : Math.max(0.01, Math.floor(share * 100) / 100);
  }

  /** The files behind `info` and the sample share they were loaded with (kept on this device on request). */
  get loaded(): { files: File[] | PlannedFile[]; sample: number | null } | null {
    return this.#loaded;
  }

  /** Read the same files again with identical rows (of files without an order id) kept once or all kept. */
  async setIdenticalRowsOnce(once: boolean): Promise<void> {
    const last = this.#loaded;
    if (last) await this.load(last.files, { sample: last.sample, identicalRowsOnce: once });
  }

  /** Hide the recovery notice. */
  dismissRecovery(): void {
    this.recovery = null;
  }

  /**
   * Load files: dropped files with every guess taken, or files planned in the preview with the user's
   * choices. Errors become `error` (shown in place), never a blank page.
   */
  async load(files: Files, options: LoadChoice = {}): Promise<void> {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.status = 'loading';
    this.error = null;
    this.errorDetails = null;
    this.cancelled = null;
    this.loadingNames = files.map((f) => (f instanceof File ? f : f.file).name);
    try {
      const inputs = await inputsFrom(files);
      const engine = await this.engine();
      controller.signal.throwIfAborted();
      this.#busy = engine;
      const started = performance.now();
      const sample =
        options.sample !== undefined && options.sample !== null && options.sample < 1 ? options.sample : null;
      // A recovery reads the data as it was; a new load starts from the rule's default.
      const identicalRowsOnce =
        options.identicalRowsOnce ?? (options.recovering ? this.identicalRowsOnce : false);
      const info = await loadDataset(engine, inputs, {
        sample,
        identicalRowsOnce,
        signal: controller.signal,
        onProgress: (p) => {
          if (!controller.signal.aborted) this.progress = p;
        },
      });
      // Visible in the browser's performance panel; the benchmark reads it too.
      performance.measure('lojal:load', { start: started });
      if (controller.signal.aborted) return;
      this.info = info;
      this.#loaded = { files, sample: info.sample };
      this.identicalRowsOnce = identicalRowsOnce;
      this.status = 'ready';
      this.version++;
      if (options.recovering) this.recovery = { phase: 'recovered', reason: options.recovering };
      else this.recovery = null;
    } catch (error) {
      // Cancelled: whatever failed afterwards (the worker was terminated under it) is no error.
      if (error instanceof CancelledError || controller.signal.aborted) return;
      const lost = engineLostIn(error);
      if (lost) return this.#recover(lost, files, options.sample ?? null);
      if (options.recovering) this.recovery = { phase: 'failed', reason: options.recovering };
      // One sentence in the banner; anything longer (DuckDB lists its reader options) behind "Details".
      const message = messageOf(error);
      this.error = error instanceof IngestError ? message : message.split('\n')[0];
      this.errorDetails =
        error instanceof IngestError ? error.details : message.includes('\n') ? message : null;
      this.status = this.info ? 'ready' : 'error';
    } finally {
      if (this.#controller === controller) {
        this.progress = null;
        this.#busy = null;
      }
    }
  }

  /** Load the synthetic sample shop that ships with the app. */
  async loadSample(): Promise<void> {
    this.status = 'loading';
    this.cancelled = null;
    this.loadingNames = SAMPLE_FILES;
    try {
      const files = await Promise.all(
        SAMPLE_FILES.map(async (name) => {
          const response = await fetch(`./sample/${name}`);
          if (!response.ok)
            throw new Error(`The sample file ${name} could not be fetched (${response.status})`);
          return new File([await response.blob()], name, { type: 'text/csv' });
        }),
      );
      // Cancelled while fetching.
      if (this.status !== 'loading') return;
      await this.load(files);
    } catch (error) {
      this.error = messageOf(error);
      this.status = this.info ? 'ready' : 'error';
    }
  }

  /**
   * Stop a load in progress, at once. A DuckDB statement already running in the worker cannot be
   * interrupted (duckdb-wasm#384: only terminating the worker stops conn.query()), and letting it
   * finish kept the next load waiting, ~20 s after cancelling a 48 MB file. So the engine is closed
   * (its worker terminated) and a fresh one started straight away. Whatever was loaded before went
   * with the old worker: the page returns to the landing and says so (`cancelled`), rather than quietly
   * reading earlier files again when the user just asked for work to stop.
   */
  cancel(): void {
    if (this.status !== 'loading') return;
    this.#controller?.abort();
    const busy = this.#busy;
    this.#busy = null;
    this.progress = null;
    if (busy) {
      this.cancelled = { files: this.loadingNames, hadData: this.info !== null };
      this.info = null;
      this.#loaded = null;
      this.recovery = null;
      void busy.close().finally(() => void this.engine().catch(() => {}));
    }
    this.status = this.info ? 'ready' : 'idle';
  }

  /** Back to the landing page (the data stays in DuckDB until the next load replaces it). */
  reset(): void {
    this.info = null;
    this.status = 'idle';
    this.error = null;
    this.recovery = null;
    this.cancelled = null;
  }
}
