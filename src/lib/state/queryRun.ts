import { messageOf } from '../engine/errors';
import type { Engine, Row } from '../engine/types';

/** A query still running after this long shows its progress (issue 7: "anything over about 300 ms"). */
export const SLOW_MS = 300;
/** How often the elapsed time of a slow query is refreshed. */
export const TICK_MS = 100;

/** Where a query stands: not started (no SQL), running, answered, failed, or cancelled by the user. */
export type QueryStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** What a run reports as it goes; `QueryResource` copies each report into its reactive state. */
export interface RunReport<T extends Row> {
  status: QueryStatus;
  /** Running for `SLOW_MS` or longer. */
  slow: boolean;
  /** Milliseconds since the run began, refreshed every `TICK_MS` once slow. */
  elapsed: number;
  /** The engine's progress, 0–1, or null while it reports none. */
  progress: number | null;
  rows?: T[] | null;
  error?: string | null;
}

/** A running query: `cancel()` is the user's (reported as cancelled); `drop()` silently abandons it. */
export interface QueryRun {
  cancel(): void;
  drop(): void;
}

/**
 * Run one query and report its state: running at once, slow after `SLOW_MS` with the elapsed time
 * ticking every `TICK_MS` and the engine's progress, then done (with rows), error or cancelled. Both
 * `cancel` and `drop` abort the query's signal, which stops it in the engine's worker; nothing is
 * reported after either. Pure TypeScript (no Svelte): the timing is unit-tested with fake timers.
 */
export function runQuery<T extends Row>(
  engine: () => Promise<Engine>,
  sql: string,
  report: (state: RunReport<T>) => void,
  name = 'query',
): QueryRun {
  const controller = new AbortController();
  const live = () => !controller.signal.aborted;
  const begun = performance.now();
  let slow = false;
  let progress: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stopClock = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const running = () => report({ status: 'running', slow, elapsed: performance.now() - begun, progress });
  const tick = () => {
    slow = true;
    running();
    timer = setTimeout(tick, TICK_MS);
  };
  timer = setTimeout(tick, SLOW_MS);
  report({ status: 'running', slow: false, elapsed: 0, progress: null, error: null });

  (async () => {
    try {
      const db = await engine();
      const started = performance.now();
      const rows = await db.query<T>(sql, {
        signal: controller.signal,
        onProgress: (fraction) => {
          if (!live()) return;
          progress = fraction;
          if (slow) running();
        },
      });
      if (!live()) return;
      stopClock();
      performance.measure(`lojal:query:${name}`, { start: started, detail: { sql } });
      report({ status: 'done', slow: false, elapsed: performance.now() - begun, progress, rows });
    } catch (error) {
      if (!live()) return;
      stopClock();
      report({
        status: 'error',
        slow: false,
        elapsed: performance.now() - begun,
        progress,
        error: messageOf(error),
      });
    }
  })();

  return {
    cancel() {
      if (!live()) return;
      controller.abort();
      stopClock();
      report({ status: 'cancelled', slow: false, elapsed: performance.now() - begun, progress, rows: null });
    },
    drop() {
      controller.abort();
      stopClock();
    },
  };
}
