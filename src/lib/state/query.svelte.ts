import type { Engine, Row } from '../engine/types';
import { runQuery, type QueryRun, type QueryStatus, type RunReport } from './queryRun';

export { SLOW_MS, TICK_MS, type QueryStatus } from './queryRun';

/**
 * Rows of one SQL query, re-run whenever the SQL (or the dataset version it reads) changes. Results
 * are replaced whole and live in `$state.raw`, so thousands of rows are never proxied.
 * Create it during component initialisation (it owns an effect).
 *
 * A query still running after `SLOW_MS` is `slow`: its figure (QueryProgress) shows the elapsed time,
 * the engine's progress fraction where it reports one, and Cancel (`cancel()`), which stops the query
 * in the engine's worker. New SQL stops the query it replaces the same way. `rerun()` runs the current
 * SQL again (after a cancel). The timing itself lives in `runQuery` (queryRun.ts).
 */
export class QueryResource<T extends Row = Row> {
  rows = $state.raw<T[] | null>(null);
  error = $state<string | null>(null);
  loading = $state(false);
  /** The SQL that produced `rows`, for the "SQL" toggle. */
  sql = $state<string | null>(null);
  status = $state<QueryStatus>('idle');
  /** Running for `SLOW_MS` or longer. */
  slow = $state(false);
  /** Milliseconds the running query has taken so far (refreshed every `TICK_MS` once slow). */
  elapsed = $state(0);
  /** The engine's progress of the running query, 0–1, or null while it reports none. */
  progress = $state<number | null>(null);

  #attempt = $state(0);
  #run: QueryRun | null = null;

  /**
   * `name` labels the query's timing in the browser's performance panel (`lojal:query:NAME`), which the
   * benchmark reads.
   */
  constructor(engine: () => Promise<Engine>, sql: () => string | null, name = 'query') {
    $effect(() => {
      const text = sql();
      void this.#attempt;
      if (!text) return;
      const run = runQuery<T>(engine, text, (state) => this.#apply(state, text), name);
      this.#run = run;
      return () => {
        run.drop();
        if (this.#run === run) this.#run = null;
      };
    });
  }

  #apply(state: RunReport<T>, text: string) {
    this.status = state.status;
    this.slow = state.slow;
    this.elapsed = state.elapsed;
    this.progress = state.progress;
    this.loading = state.status === 'running';
    if (state.error !== undefined) this.error = state.error;
    if (state.rows !== undefined) this.rows = state.rows;
    if (state.status === 'done') this.sql = text;
  }

  /** Stop the running query (in the engine too); the figure then says it was cancelled. */
  cancel() {
    this.#run?.cancel();
  }

  /** Run the current SQL again, e.g. after a cancel. */
  rerun() {
    this.#attempt++;
  }
}
