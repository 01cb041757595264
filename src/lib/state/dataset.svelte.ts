import { CancelledError, IngestError, messageOf } from '../engine/errors';
import type { Engine } from '../engine/types';
import { loadDataset, type DatasetInfo, type LoadProgress } from '../ingest/load';
import { inputsFrom, type PlannedFile } from '../ingest/plan';

/** Where the loaded data stands. */
export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Sample files served with the app (same origin). */
export const SAMPLE_FILES = ['orders.csv', 'customers.csv', 'subscriptions.csv'];

/** The loaded dataset: files in, canonical DuckDB tables out, with every row accounted for. */
export class DatasetState {
  status = $state<DatasetStatus>('idle');
  info = $state.raw<DatasetInfo | null>(null);
  error = $state<string | null>(null);
  /** Names of the files being loaded, for the progress message. */
  loadingNames = $state<string[]>([]);
  /** Bytes read of the file being loaded (the progress bar), null when not loading. */
  progress = $state.raw<LoadProgress | null>(null);
  /** Bumped after each successful load, so queries know to run again. */
  version = $state(0);
  #controller: AbortController | null = null;
  readonly engine: () => Promise<Engine>;

  constructor(engine: () => Promise<Engine>) {
    this.engine = engine;
  }

  /**
   * Load files: dropped files with every guess taken, or files planned in the preview with the user's
   * choices. Errors become `error` (shown in place), never a blank page.
   */
  async load(files: File[] | PlannedFile[]): Promise<void> {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.status = 'loading';
    this.error = null;
    this.loadingNames = files.map((f) => (f instanceof File ? f : f.file).name);
    try {
      const inputs = await inputsFrom(files);
      const engine = await this.engine();
      const started = performance.now();
      const info = await loadDataset(engine, inputs, {
        signal: controller.signal,
        onProgress: (p) => {
          if (!controller.signal.aborted) this.progress = p;
        },
      });
      // Visible in the browser's performance panel; the benchmark reads it too.
      performance.measure('lojal:load', { start: started });
      if (controller.signal.aborted) return;
      this.info = info;
      this.status = 'ready';
      this.version++;
    } catch (error) {
      if (error instanceof CancelledError) return;
      this.error = error instanceof IngestError ? error.message : messageOf(error);
      this.status = this.info ? 'ready' : 'error';
    } finally {
      if (this.#controller === controller) this.progress = null;
    }
  }

  /** Load the synthetic sample shop that ships with the app. */
  async loadSample(): Promise<void> {
    this.status = 'loading';
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
      await this.load(files);
    } catch (error) {
      this.error = messageOf(error);
      this.status = this.info ? 'ready' : 'error';
    }
  }

  /** Stop a load in progress. */
  cancel(): void {
    this.#controller?.abort();
    this.status = this.info ? 'ready' : 'idle';
  }

  /** Back to the landing page (the data stays in DuckDB until the next load replaces it). */
  reset(): void {
    this.info = null;
    this.status = 'idle';
    this.error = null;
  }
}
