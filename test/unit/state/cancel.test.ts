import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/lib/engine/errors';
import type { Engine } from '../../../src/lib/engine/types';
import { DatasetState } from '../../../src/lib/state/dataset.svelte';
import { freshEngine } from '../../helpers/engine';

/**
 * DatasetState cancelling a load. Node engines stand in for the browser's; the first one's file read
 * "runs" until the engine is closed, like a conn.query() that only terminating the worker stops
 * (duckdb-wasm#384). Closing an engine makes the factory hand out a fresh one, as `browserEngine` does.
 */

interface Stubborn {
  engine: Engine;
  closed: () => boolean;
}

const opened: Engine[] = [];
afterAll(async () => {
  for (const e of opened) await e.close();
});

/** An engine whose reading of a file (the long step) never ends until it is closed, when `hang`. */
async function stubborn(hang: boolean, onClose: () => void): Promise<Stubborn> {
  const inner = await freshEngine();
  opened.push(inner);
  let closed = false;
  let stop: (e: Error) => void = () => {};
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => {});
  const exec = async (sql: string) => {
    if (closed) throw new EngineError('The database engine was closed');
    if (hang && /read_csv/.test(sql)) return stopped;
    return inner.exec(sql);
  };
  const engine: Engine = {
    query: (sql, o) => (closed ? Promise.reject(new EngineError('closed')) : inner.query(sql, o)),
    exec,
    registerFile: (name, source) => inner.registerFile(name, source),
    dropFile: (path) => inner.dropFile(path),
    onProgress: (l) => inner.onProgress(l),
    close: async () => {
      closed = true;
      onClose();
      stop(new EngineError('The database engine was closed'));
    },
  };
  return { engine, closed: () => closed };
}

/** Like `browserEngine`: the same engine until it is closed, then a fresh one (the first one hangs). */
function factory() {
  const made: Stubborn[] = [];
  let current: Promise<Stubborn> | null = null;
  const start = () => {
    if (!current) {
      const mine: Promise<Stubborn> = stubborn(made.length === 0, () => {
        if (current === mine) current = null;
      }).then((s) => (made.push(s), s));
      current = mine;
    }
    return current.then((s) => s.engine);
  };
  return { start, made };
}

const ORDERS = ['customer_id,order_date,amount', 'a,2024-01-05,10', 'a,2024-02-05,20', 'b,2024-01-07,5'].join(
  '\n',
);
const file = (name = 'orders.csv') => new File([ORDERS], name, { type: 'text/csv' });
const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('DatasetState.cancel()', () => {
  it('closes the engine a running load is stuck in, starts a fresh one, and the next load runs at once', async () => {
    const engines = factory();
    const dataset = new DatasetState(engines.start);
    const first = dataset.load([file('big.csv')]);
    await until(() => engines.made.length === 1 && dataset.progress !== null);
    expect(dataset.status).toBe('loading');

    dataset.cancel();
    expect(dataset.status).toBe('idle');
    expect(dataset.progress).toBeNull();
    expect(dataset.cancelled).toEqual({ files: ['big.csv'], hadData: false });
    expect(engines.made[0].closed()).toBe(true);
    // The cancelled load settles (its statement failed as the engine closed) without an error shown.
    await first;
    expect(dataset.error).toBeNull();
    expect(dataset.status).toBe('idle');
    // A fresh engine is already starting.
    await until(() => engines.made.length === 2);
    expect(engines.made.length).toBe(2);

    await dataset.load([file()]);
    expect(dataset.status).toBe('ready');
    expect(dataset.cancelled).toBeNull();
    expect(dataset.info?.rows).toEqual({ read: 3, loaded: 3, rejected: 0 });
    expect(dataset.version).toBe(1);
  });

  it('cancelling before the engine is reached stops nothing that runs; outside a load it does nothing', async () => {
    const engines = factory();
    const dataset = new DatasetState(engines.start);
    dataset.cancel();
    expect(dataset.cancelled).toBeNull();
    const load = dataset.load([file()]);
    dataset.cancel();
    await load;
    expect(dataset.status).toBe('idle');
    expect(dataset.info).toBeNull();
    expect(dataset.error).toBeNull();
    expect(dataset.cancelled).toBeNull();
    expect(engines.made.every((m) => !m.closed())).toBe(true);
  });

  it('going back to the landing page clears the notice', async () => {
    const engines = factory();
    const dataset = new DatasetState(engines.start);
    void dataset.load([file('big.csv')]);
    await until(() => dataset.progress !== null);
    dataset.cancel();
    expect(dataset.cancelled).not.toBeNull();
    dataset.reset();
    expect(dataset.cancelled).toBeNull();
  });
});
