import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import { memoryDirectory } from '../../../src/lib/session/memoryDirectory';
import { DatasetState } from '../../../src/lib/state/dataset.svelte';
import { SessionsState, type SessionDeps } from '../../../src/lib/state/sessions.svelte';
import { freshEngine } from '../../helpers/engine';

/**
 * SessionsState over an in-memory file system and Node engines: kept data reopens in a fresh dataset
 * (as after a reload) with the same ledger and numbers; a full quota keeps nothing and says so.
 */

const engines: Engine[] = [];
afterAll(async () => {
  for (const e of engines) await e.close();
});
async function dataset(): Promise<DatasetState> {
  const engine = await freshEngine();
  engines.push(engine);
  return new DatasetState(async () => engine);
}
const sample = async (name: string) => new File([await readFile(`public/sample/${name}`)], name);

function deps(root: ReturnType<typeof memoryDirectory> | null, quota = Infinity) {
  const local = new Map<string, string>([['lojal.mapping.x', '{}']]);
  const store = {
    get length() {
      return local.size;
    },
    key: (i: number) => [...local.keys()][i] ?? null,
    removeItem: (k: string) => void local.delete(k),
  };
  let asked = 0;
  const d: SessionDeps = {
    root: async () => root,
    space: async () => ({ usage: root?.usage() ?? 0, quota }),
    stores: () => [store],
    persist: async () => (asked++, true),
    now: () => new Date(Date.UTC(2026, 10, 23, 20, 0)),
  };
  return { d, local, asked: () => asked };
}

async function overview(engine: Engine) {
  return engine.query(
    'SELECT count(*) AS orders, sum(amount) AS revenue, count(DISTINCT customer_id) AS customers FROM orders',
  );
}

describe('SessionsState', () => {
  it('keeps a load on request and reopens it with the same ledger and numbers', async () => {
    const root = memoryDirectory();
    const { d, asked } = deps(root);
    const sessions = new SessionsState(d);
    const first = await dataset();
    await first.load([await sample('orders.csv'), await sample('customers.csv')]);
    expect(first.status).toBe('ready');
    await sessions.refresh();
    expect(sessions.entries).toEqual([]);
    expect(asked()).toBe(0);
    await sessions.keep(first);
    expect(asked()).toBe(1);
    expect(sessions.problem).toBeNull();
    expect(sessions.isKept(first)).toBe(true);
    expect(sessions.entries.map((e) => e.manifest?.name)).toEqual(['orders.csv, customers.csv']);

    const again = await dataset();
    await sessions.open(sessions.entries[0].id, again);
    expect(again.status).toBe('ready');
    expect(again.info).toEqual(first.info);
    expect(await overview(await again.engine())).toEqual(await overview(await first.engine()));
    expect(sessions.isKept(again)).toBe(true);

    await sessions.unkeep();
    expect(sessions.entries).toEqual([]);
    expect(root.usage()).toBe(0);
  });

  it('keeps nothing when the quota is too small, and says so', async () => {
    const root = memoryDirectory();
    const sessions = new SessionsState(deps(root, 100_000).d);
    const data = await dataset();
    await data.load([await sample('orders.csv')]);
    await sessions.keep(data);
    expect(sessions.problem?.kind).toBe('quota');
    expect(sessions.isKept(data)).toBe(false);
    expect(sessions.entries).toEqual([]);
    expect(root.usage()).toBe(0);
  });

  it('says so where the browser has no private file system', async () => {
    const sessions = new SessionsState(deps(null).d);
    const data = await dataset();
    await data.load([await sample('subscriptions.csv')]);
    await sessions.keep(data);
    expect(sessions.problem?.kind).toBe('unsupported');
    await sessions.refresh();
    expect(sessions.available).toBe(false);
  });

  it('forgetAll deletes every session and key and reports storage empty', async () => {
    const root = memoryDirectory();
    const { d, local } = deps(root);
    const sessions = new SessionsState(d);
    const data = await dataset();
    await data.load([await sample('subscriptions.csv')]);
    await sessions.keep(data);
    expect(sessions.entries).toHaveLength(1);
    await sessions.forgetAll();
    expect(sessions.report).toMatchObject({ privateFiles: [], keys: [] });
    expect(sessions.entries).toEqual([]);
    expect(sessions.kept).toBeNull();
    expect([...local.keys()]).toEqual([]);
  });
});
