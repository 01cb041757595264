import {
  buildClvColumnsSql,
  buildClvCustomersSql,
  buildClvSpanSql,
  buildClvTrackingSql,
  clvArraysFromColumns,
  clvJobInput,
  type ClvColumnsRow,
  type ClvRunOptions,
  type ClvSpanRow,
  type ClvWeekRow,
} from '../analysis/clvInputs';
import type { RfmSegmentMap } from '../analysis/rfm';
import { messageOf } from '../engine/errors';
import type { ClvJobInput, ClvJobResult } from '../models/clvJob';
import type { DatasetState } from './dataset.svelte';
import type { ClvWorkerReply } from './clvWorker';
import { settings } from './settings.svelte';

/** A finished model run: the SQL it read, the customers in order, and what the models said. */
export interface ClvRun {
  /** Time unit the models were fitted in. */
  unit: ClvRunOptions['unit'];
  sql: string;
  ids: string[];
  span: ClvSpanRow;
  input: ClvJobInput;
  result: ClvJobResult;
  /** Net revenue of each customer's purchase occasions up to the calibration end, aligned with `ids`. */
  revenue: Float64Array;
  /** Holdout runs: the actual repeat occasions per week since the origin, and that SQL. */
  weeks: ClvWeekRow[];
  weeksSql: string | null;
}

export type RunStatus = 'idle' | 'running' | 'ready' | 'error';

/** Fit in a fresh Web Worker (terminated when done or when `signal` aborts: that stops the work). */
function fitInWorker(input: ClvJobInput, signal: AbortSignal): Promise<ClvJobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./clvWorker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<ClvWorkerReply>) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'The model worker stopped'));
    };
    worker.postMessage(input);
  });
}

/** One kind of run (predictions, or the holdout check) with its status and result. */
class RunSlot {
  status = $state<RunStatus>('idle');
  error = $state<string | null>(null);
  run = $state.raw<ClvRun | null>(null);
  #key = '';
  #controller: AbortController | null = null;

  /** Start `job` unless the same key already ran or is running. */
  start(key: string, job: (signal: AbortSignal) => Promise<ClvRun>): void {
    if (key === this.#key) return;
    this.#key = key;
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.status = 'running';
    this.error = null;
    job(controller.signal).then(
      (run) => {
        if (controller.signal.aborted) return;
        this.run = run;
        this.status = 'ready';
      },
      (error) => {
        if (controller.signal.aborted) return;
        this.error = messageOf(error);
        this.status = 'error';
      },
    );
  }
}

/**
 * The lifetime-value models of one dataset, shared by the Lifetime value and Customers pages: settings,
 * the RFM segment map, the prediction run (fitted on everything up to the as-of date) and the holdout
 * check (fitted up to a calibration end). Pages call `ensure…()` from an effect; runs repeat only when
 * the data or a setting changed.
 */
export class ClvModel {
  // Settings are shared by every page and kept in links and settings files (./settings.svelte.ts).
  get options(): ClvRunOptions {
    return settings.clv.options;
  }
  /** End of the calibration period of the holdout check; null until chosen (a suggestion is offered). */
  get calibrationEnd(): string | null {
    return settings.clv.calibrationEnd;
  }
  set calibrationEnd(date: string | null) {
    settings.clv.calibrationEnd = date;
  }
  get rfmMap(): RfmSegmentMap {
    return settings.clv.rfmMap;
  }
  set rfmMap(map: RfmSegmentMap) {
    settings.clv.rfmMap = map;
  }
  predictions = new RunSlot();
  holdout = new RunSlot();
  readonly #dataset: DatasetState;

  constructor(dataset: DatasetState) {
    this.#dataset = dataset;
  }

  /** Fit and score on all data up to the as-of date (what the Customers page shows). */
  ensurePredictions(): void {
    const options = { ...this.options };
    this.predictions.start(`${this.#dataset.version}|${JSON.stringify(options)}`, (signal) =>
      this.#run({ unit: options.unit, calibrationEnd: null }, options, signal),
    );
  }

  /** Fit up to the calibration end and compare with what happened after it. */
  ensureHoldout(): void {
    const calibrationEnd = this.calibrationEnd;
    if (!calibrationEnd) return;
    const options = { ...this.options };
    this.holdout.start(`${this.#dataset.version}|${calibrationEnd}|${options.unit}`, (signal) =>
      this.#run({ unit: options.unit, calibrationEnd }, options, signal, true),
    );
  }

  async #run(
    params: { unit: ClvRunOptions['unit']; calibrationEnd: string | null },
    options: ClvRunOptions,
    signal: AbortSignal,
    tracking = false,
  ): Promise<ClvRun> {
    const engine = await this.#dataset.engine();
    const sql = buildClvCustomersSql(params);
    const [span] = await engine.query<ClvSpanRow>(buildClvSpanSql(params), { signal });
    const [columns] = await engine.query<ClvColumnsRow>(buildClvColumnsSql(params), { signal });
    const arrays = clvArraysFromColumns(columns);
    const weeksSql = tracking ? buildClvTrackingSql(params) : null;
    const weeks = weeksSql ? await engine.query<ClvWeekRow>(weeksSql, { signal }) : [];
    if (arrays.ids.length === 0) throw new Error('No customer has a purchase occasion before this date.');
    const input = clvJobInput(arrays, span, options);
    const started = performance.now();
    const result = await fitInWorker(input, signal);
    // For the benchmark: the fit and scoring as the page sees it, worker start-up and transfer included.
    performance.measure(`lojal:clv:${tracking ? 'holdout' : 'fit'}`, {
      start: started,
      detail: { sql: null, customers: arrays.ids.length, groups: result.groups, workerMs: result.ms },
    });
    const revenue = Float64Array.from(columns.cal_revenue ?? []);
    return { unit: params.unit, sql, ids: arrays.ids, span, input, result, revenue, weeks, weeksSql };
  }
}

const models = new WeakMap<DatasetState, ClvModel>();

/** The dataset's lifetime-value models (one per dataset, shared by every page). */
export function clvModelFor(dataset: DatasetState): ClvModel {
  let model = models.get(dataset);
  if (!model) models.set(dataset, (model = new ClvModel(dataset)));
  return model;
}
