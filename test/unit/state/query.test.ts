import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Engine, QueryOptions, Row } from '../../../src/lib/engine/types';
import { SLOW_MS, TICK_MS, runQuery, type RunReport } from '../../../src/lib/state/queryRun';

/**
 * The timing and cancel behind every figure's query (runQuery, which QueryResource copies into its
 * state), against a fake engine whose queries take as long as their SQL says (`slow 2000`: 2 s) and
 * report half-way progress, under fake timers.
 */
interface Call {
  sql: string;
  cancelled: boolean;
  finished: boolean;
}

function fakeEngine() {
  const calls: Call[] = [];
  const engine = {
    async query<T extends Row = Row>(sql: string, options?: QueryOptions): Promise<T[]> {
      const call: Call = { sql, cancelled: false, finished: false };
      calls.push(call);
      const ms = Number(/slow (\d+)/.exec(sql)?.[1] ?? 0);
      return new Promise<T[]>((resolve, reject) => {
        const half = setTimeout(() => options?.onProgress?.(0.5), ms / 2);
        const done = setTimeout(() => {
          call.finished = true;
          resolve([{ sql } as unknown as T]);
        }, ms);
        options?.signal?.addEventListener('abort', () => {
          call.cancelled = true;
          clearTimeout(half);
          clearTimeout(done);
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
    },
  } as unknown as Engine;
  return { engine: async () => engine, calls };
}

function start(engine: () => Promise<Engine>, sql: string) {
  const reports: RunReport<Row>[] = [];
  const run = runQuery(engine, sql, (r) => reports.push(r));
  return { run, reports, last: () => reports[reports.length - 1] };
}

describe('runQuery: timing and cancel of a figure query', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a quick query is never reported slow', async () => {
    const { engine } = fakeEngine();
    const q = start(engine, 'select 1 -- slow 100');
    expect(q.last()).toMatchObject({ status: 'running', slow: false });
    await vi.advanceTimersByTimeAsync(150);
    expect(q.reports.some((r) => r.slow)).toBe(false);
    expect(q.last()).toMatchObject({ status: 'done', slow: false, rows: [{ sql: 'select 1 -- slow 100' }] });
  });

  it('a slow query turns slow at SLOW_MS, ticks its elapsed time and passes on its progress', async () => {
    const { engine } = fakeEngine();
    const q = start(engine, 'select 2 -- slow 2000');
    await vi.advanceTimersByTimeAsync(SLOW_MS - 10);
    expect(q.last().slow).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(q.last().slow).toBe(true);
    expect(q.last().elapsed).toBeGreaterThanOrEqual(SLOW_MS);
    const before = q.last().elapsed;
    await vi.advanceTimersByTimeAsync(TICK_MS * 3);
    expect(q.last().elapsed).toBeGreaterThanOrEqual(before + TICK_MS * 3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(q.last().progress).toBe(0.5);
    await vi.advanceTimersByTimeAsync(1000);
    expect(q.last()).toMatchObject({ status: 'done', slow: false });
    // The clock stops with the answer.
    const count = q.reports.length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(q.reports).toHaveLength(count);
  });

  it('cancel stops the query in the engine, is reported once as cancelled, and nothing follows', async () => {
    const { engine, calls } = fakeEngine();
    const q = start(engine, 'select 3 -- slow 5000');
    await vi.advanceTimersByTimeAsync(500);
    expect(q.last().slow).toBe(true);
    q.run.cancel();
    expect(calls[0].cancelled).toBe(true);
    expect(q.last()).toMatchObject({ status: 'cancelled', slow: false, rows: null });
    const count = q.reports.length;
    await vi.advanceTimersByTimeAsync(6000);
    expect(q.reports).toHaveLength(count);
    expect(calls[0].finished).toBe(false);
  });

  it('drop (new SQL replacing it) stops the query without reporting a cancel', async () => {
    const { engine, calls } = fakeEngine();
    const q = start(engine, 'select 4 -- slow 3000');
    await vi.advanceTimersByTimeAsync(400);
    const count = q.reports.length;
    q.run.drop();
    expect(calls[0].cancelled).toBe(true);
    await vi.advanceTimersByTimeAsync(4000);
    expect(q.reports).toHaveLength(count);
  });

  it('a failing query is an error, not a cancel', async () => {
    const failing = {
      query: async () => {
        throw new Error('Binder Error: no such column');
      },
    } as unknown as Engine;
    const q = start(async () => failing, 'select nope');
    await vi.advanceTimersByTimeAsync(0);
    expect(q.last()).toMatchObject({ status: 'error', slow: false });
    expect(q.last().error).toContain('no such column');
    await vi.advanceTimersByTimeAsync(1000);
    expect(q.last().status).toBe('error');
  });
});
