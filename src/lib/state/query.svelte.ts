import { messageOf } from '../engine/errors';
import type { Engine, Row } from '../engine/types';

/**
 * Rows of one SQL query, re-run whenever the SQL (or the dataset version it reads) changes. Results
 * are replaced whole and live in `$state.raw`, so thousands of rows are never proxied.
 * Create it during component initialisation (it owns an effect).
 */
export class QueryResource<T extends Row = Row> {
  rows = $state.raw<T[] | null>(null);
  error = $state<string | null>(null);
  loading = $state(false);
  /** The SQL that produced `rows`, for the "SQL" toggle. */
  sql = $state<string | null>(null);

  /**
   * `name` labels the query's timing in the browser's performance panel (`lojal:query:NAME`), which the
   * benchmark reads.
   */
  constructor(engine: () => Promise<Engine>, sql: () => string | null, name = 'query') {
    $effect(() => {
      const text = sql();
      if (!text) return;
      const controller = new AbortController();
      this.loading = true;
      this.error = null;
      (async () => {
        try {
          const db = await engine();
          const started = performance.now();
          const rows = await db.query<T>(text, { signal: controller.signal });
          if (controller.signal.aborted) return;
          performance.measure(`lojal:query:${name}`, { start: started, detail: { sql: text } });
          this.rows = rows;
          this.sql = text;
        } catch (error) {
          if (controller.signal.aborted) return;
          this.error = messageOf(error);
        } finally {
          if (!controller.signal.aborted) this.loading = false;
        }
      })();
      return () => controller.abort();
    });
  }
}
