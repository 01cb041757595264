import { afterAll, describe, expect, it } from 'vitest';
import { EngineLostError } from '../../../src/lib/engine/errors';
import type { Engine } from '../../../src/lib/engine/types';
import { DatasetState } from '../../../src/lib/state/dataset.svelte';
import { freshEngine } from '../../helpers/engine';

/**
 * DatasetState recovering from a lost engine, with Node engines standing in for the browser's: each
 * can be "killed" (its `lost` settles and every later call fails, as the browser engine does).
 */

interface Killable {
  engine: Engine;
  kill: (reason?: 'memory' | 'crashed') => void;
}

const opened: Engine[] = [];
afterAll(async () => {
  for (const e of opened) await e.close();
});

async function killable(options: { dieOnFirstQuery?: boolean } = {}): Promise<Killable> {
  const inner = await freshEngine();
  opened.push(inner);
  let dead: EngineLostError | null = null;
  let report: (e: EngineLostError) => void = () => {};
  const lost = new Promise<EngineLostError>((r) => (report = r));
  const kill = (reason: 'memory' | 'crashed' = 'crashed') => {
    if (dead) return;
    dead = new EngineLostError(reason);
    report(dead);
  };
  let first = options.dieOnFirstQuery ?? false;
  const check = () => {
    if (first) {
      first = false;
      kill('memory');
    }
    if (dead) throw dead;
  };
  const engine: Engine = {
    lost,
    query: async (sql, o) => (check(), inner.query(sql, o)),
    exec: async (sql) => (check(), inner.exec(sql)),
    registerFile: async (name, source) => (check(), inner.registerFile(name, source)),
    dropFile: (path) => inner.dropFile(path),
    onProgress: (l) => inner.onProgress(l),
    close: () => inner.close(),
  };
  return { engine, kill };
}

/** An engine factory like `browserEngine`: the same engine until it is lost, then a fresh one. */
function factory(make: () => Promise<Killable>[]) {
  const queue = make();
  const made: Killable[] = [];
  let current: Promise<Killable> | null = null;
  const start = () => {
    if (!current) {
      const next = queue.shift();
      if (!next) throw new Error('no more engines');
      current = next.then((k) => {
        made.push(k);
        void k.engine.lost!.then(() => (current = null));
        return k;
      });
    }
    return current.then((k) => k.engine);
  };
  return { start, made };
}

const ORDERS = ['customer_id,order_date,amount', 'a,2024-01-05,10', 'a,2024-02-05,20', 'b,2024-01-07,5'].join(
  '\n',
);
const file = () => new File([ORDERS], 'orders.csv', { type: 'text/csv' });
const settled = async (dataset: DatasetState) => {
  for (let i = 0; i < 400 && (dataset.status === 'loading' || dataset.recovery?.phase === 'restarting'); i++)
    await new Promise((r) => setTimeout(r, 25));
};

describe('DatasetState when the engine is lost', () => {
  it('restarts it and loads the same files again, once; a second loss soon after waits for the user', async () => {
    const engines = factory(() => [killable(), killable(), killable()]);
    const dataset = new DatasetState(engines.start);
    await dataset.load([file()]);
    expect(dataset.status).toBe('ready');
    expect(dataset.info?.rows.loaded).toBe(3);
    expect(dataset.version).toBe(1);

    engines.made[0].kill('crashed');
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(dataset.recovery).toEqual({ phase: 'restarting', reason: 'crashed' });
    await settled(dataset);
    expect(dataset.recovery).toEqual({ phase: 'recovered', reason: 'crashed' });
    expect(dataset.version).toBe(2);
    expect(engines.made.length).toBe(2);
    const [{ n }] = await (await dataset.engine()).query<{ n: number }>('SELECT count(*) AS n FROM orders');
    expect(n).toBe(3);

    // Lost again right after the restart: no loop of restarts; the data shown so far stays.
    engines.made[1].kill('memory');
    await settled(dataset);
    expect(dataset.recovery).toEqual({ phase: 'failed', reason: 'memory' });
    expect(dataset.status).toBe('ready');
    expect(dataset.info?.rows.loaded).toBe(3);

    await dataset.retry();
    expect(dataset.recovery).toEqual({ phase: 'recovered', reason: 'memory' });
    expect(dataset.version).toBe(3);
    expect(engines.made.length).toBe(3);
  });

  it('lost in the middle of loading (the error arrives wrapped by ingest): loads again on a new engine', async () => {
    const engines = factory(() => [killable({ dieOnFirstQuery: true }), killable()]);
    const dataset = new DatasetState(engines.start);
    await dataset.load([file()]);
    await settled(dataset);
    expect(dataset.error).toBeNull();
    expect(dataset.status).toBe('ready');
    expect(dataset.recovery).toEqual({ phase: 'recovered', reason: 'memory' });
    expect(dataset.info?.rows.loaded).toBe(3);
  });

  it('going back to the landing page clears the notice', async () => {
    const engines = factory(() => [killable({ dieOnFirstQuery: true }), killable()]);
    const dataset = new DatasetState(engines.start);
    await dataset.load([file()]);
    await settled(dataset);
    dataset.reset();
    expect(dataset.recovery).toBeNull();
  });
});
