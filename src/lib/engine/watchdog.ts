import { EngineLostError, messageOf, type EngineLossReason } from './errors';

/**
 * Noticing that the database worker has died, so the page can say so and start again instead of
 * waiting forever: duckdb-wasm's own client leaves every pending request unanswered when its worker
 * goes away (it only logs), and the browser sends no event when a worker is terminated or closes.
 */

/**
 * Messages after which the database cannot be trusted or used again. DuckDB reports running out of its
 * memory as "Out of Memory Error" (the database survives, but the wasm memory it grew never shrinks, so
 * a fresh start is what frees it); a wasm trap ("memory access out of bounds", "unreachable", "Aborted()")
 * leaves the instance in an undefined state.
 */
const MEMORY = /out of memory|bad_alloc|cannot enlarge memory|could not allocate|allocation failed/i;
const CRASH =
  /RuntimeError|memory access out of bounds|\bunreachable\b|Aborted\(|index out of bounds|call stack size|duckdb is not initialized/i;

/** Whether an error from the engine means it is lost, and why; null for an ordinary query error. */
export function lossOf(error: unknown): EngineLossReason | null {
  const message = messageOf(error);
  if (MEMORY.test(message)) return 'memory';
  if (CRASH.test(message) || (error instanceof Error && error.name === 'RuntimeError')) return 'crashed';
  return null;
}

/** A database worker under watch. */
export interface WatchedWorker {
  worker: Worker;
  /** Settles once, when the worker is gone or unusable; never rejects. */
  lost: Promise<EngineLostError>;
  /** Declare the worker lost (a fatal error seen in a response) and stop it. */
  fail(reason: EngineLossReason, cause?: unknown): void;
  /** Stop it on purpose: no loss is reported. */
  stop(): void;
}

let nextId = 0;

/** The wrapper script (public/duckdb-watched.worker.js), next to index.html in every build. */
const WRAPPER = './duckdb-watched.worker.js';

/**
 * Start `scriptUrl` (duckdb-wasm's worker) inside a small wrapper that first takes a Web Lock named after
 * this worker. The lock is held for the worker's whole life and released by the browser the moment the
 * worker ends for any reason (closed, terminated, crashed), even in the middle of a query; a request
 * for the same lock from the page is granted exactly then. Worker `error` events count as a loss too.
 * Without Web Locks (an insecure origin), only errors and fatal responses are noticed.
 *
 * The wrapper is a file of the app, not a blob, so the policy the server sends with it governs the
 * worker (the build removes the glue code's string evaluation: src/lib/privacy/evalFreeWorker.ts).
 */
export function spawnWatchedWorker(scriptUrl: string): WatchedWorker {
  const lock = `lojal-duckdb-${Date.now().toString(36)}-${++nextId}`;
  const src = new URL(scriptUrl, location.href).href;
  const worker = new Worker(new URL(WRAPPER, location.href), { name: JSON.stringify({ lock, src }) });

  let settled = false;
  let report: (error: EngineLostError) => void = () => {};
  const lost = new Promise<EngineLostError>((resolve) => (report = resolve));
  const watch = new AbortController();

  const end = (error: EngineLostError | null) => {
    if (settled) return;
    settled = true;
    watch.abort();
    worker.terminate();
    if (error) report(error);
  };
  const fail = (reason: EngineLossReason, cause?: unknown) =>
    end(new EngineLostError(reason, cause === undefined ? undefined : { cause }));

  worker.addEventListener('error', (event) => fail('crashed', event.message || 'worker error'));
  worker.addEventListener('messageerror', () => fail('crashed', 'unreadable message from the worker'));
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) void waitForDeath(locks, lock, watch.signal).then((died) => died && fail('crashed'));

  return { worker, lost, fail, stop: () => end(null) };
}

/**
 * Resolves true when the worker holding lock `name` has ended: first wait until it holds the lock
 * (the worker takes it as it starts), then queue for it. False when the watch is called off.
 */
async function waitForDeath(locks: LockManager, name: string, signal: AbortSignal): Promise<boolean> {
  try {
    for (let wait = 10; ; wait = Math.min(wait * 2, 500)) {
      const state = await locks.query();
      if (state.held?.some((l) => l.name === name)) break;
      if (signal.aborted) return false;
      await new Promise((r) => setTimeout(r, wait));
    }
    return await locks.request(name, { signal }, () => !signal.aborted);
  } catch {
    // AbortError: the worker was stopped on purpose.
    return false;
  }
}
