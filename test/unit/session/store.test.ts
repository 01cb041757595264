import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { forgetAll, lojalKeys, storageReport } from '../../../src/lib/session/forget';
import { memoryDirectory } from '../../../src/lib/session/memoryDirectory';
import { manifestFor, plannedFromSaved } from '../../../src/lib/session/plan';
import { SESSIONS_FOLDER, SessionError, SessionStore } from '../../../src/lib/session/store';
import { entryNames } from '../../../src/lib/session/storage';
import { sniffPlanned, specFromSniff } from '../../../src/lib/ingest/plan';

const NOW = new Date(Date.UTC(2026, 10, 23, 20, 0));
const fixture = async (name: string, as = name) =>
  new File([await readFile(`test/fixtures/ingest/${name}`)], as);

/** A Map-backed Web Storage stand-in. */
function keyStore(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (k: string) => void map.delete(k),
    keys: () => [...map.keys()],
  };
}

async function saved(store: SessionStore, files: File[], at = NOW, random = 0.1) {
  const { manifest, blobs } = await manifestFor(files, null, at, random);
  await store.save(manifest, blobs);
  return manifest;
}

describe('SessionStore on an in-memory file system', () => {
  it('save → list → open gives the same bytes under the same names', async () => {
    const root = memoryDirectory();
    const store = new SessionStore(async () => root);
    expect(await store.list()).toEqual([]);
    const orders = await fixture('refunds.csv', 'ordre.csv');
    const customers = await fixture('customers.csv');
    const manifest = await saved(store, [customers, orders]);
    expect(manifest.name).toBe('ordre.csv, customers.csv');
    expect(await entryNames(root)).toEqual([SESSIONS_FOLDER]);
    expect(await store.list()).toEqual([{ id: manifest.id, manifest }]);
    const opened = await store.open(manifest.id);
    expect(opened.files.map((f) => f.name)).toEqual(['customers.csv', 'ordre.csv']);
    expect(await opened.files[1].text()).toBe(await orders.text());
  });

  it('lists newest first and unreadable folders last', async () => {
    const root = memoryDirectory();
    const store = new SessionStore(async () => root);
    const a = await saved(store, [await fixture('refunds.csv')], new Date(Date.UTC(2026, 0, 1)));
    const b = await saved(store, [await fixture('refunds.csv')], new Date(Date.UTC(2026, 5, 1)));
    const folder = await root.getDirectoryHandle(SESSIONS_FOLDER);
    const broken = await folder.getDirectoryHandle('s-1-abc', { create: true });
    const w = await (await broken.getFileHandle('manifest.json', { create: true })).createWritable();
    await w.write('{"version": 1');
    await w.close();
    await folder.getDirectoryHandle('not-a-session', { create: true });
    expect((await store.list()).map((e) => [e.id, e.manifest?.id ?? null])).toEqual([
      [b.id, b.id],
      [a.id, a.id],
      ['s-1-abc', null],
    ]);
    await expect(store.open('s-1-abc')).rejects.toMatchObject({ problem: 'missing' });
  });

  it('refuses a save the quota cannot hold, before writing anything', async () => {
    const root = memoryDirectory();
    const store = new SessionStore(
      async () => root,
      async () => ({ usage: 0, quota: 1000 }),
    );
    await expect(saved(store, [await fixture('refunds.csv')])).rejects.toMatchObject({ problem: 'quota' });
    expect(root.usage()).toBe(0);
  });

  it('a write refused for quota leaves no half-saved session', async () => {
    const orders = await fixture('refunds.csv');
    const customers = await fixture('customers.csv');
    // Room for the first file only: the second write is refused.
    const root = memoryDirectory({ quota: orders.size + 10 });
    const store = new SessionStore(async () => root);
    const error = await saved(store, [orders, customers]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionError);
    expect(error).toMatchObject({ problem: 'quota' });
    expect(await store.list()).toEqual([]);
    expect(root.usage()).toBe(0);
  });

  it('remove deletes one session; removeAll deletes the folder', async () => {
    const root = memoryDirectory();
    const store = new SessionStore(async () => root);
    const a = await saved(store, [await fixture('refunds.csv')], NOW, 0.1);
    const b = await saved(store, [await fixture('refunds.csv')], NOW, 0.2);
    await store.remove(a.id);
    await store.remove(a.id);
    expect((await store.list()).map((e) => e.id)).toEqual([b.id]);
    await store.removeAll();
    await store.removeAll();
    expect(await entryNames(root)).toEqual([]);
    expect(root.usage()).toBe(0);
  });
});

describe('manifestFor / plannedFromSaved', () => {
  it.each([
    'semicolon-decimal-comma.csv',
    'windows1252-danish.csv',
    'utf16le-bom-tab.txt',
    'orders.csv.gz',
    'sep-directive.csv',
    'whitespace-aligned.txt',
    'cancelled-status.csv',
  ])('%s: reopened with the same load spec and reading', async (name) => {
    const file = await fixture(name);
    const { manifest } = await manifestFor([file], null, NOW, 0.3);
    const guessed = specFromSniff((await sniffPlanned(file)).sniff);
    expect(manifest.files[0].spec).toEqual(guessed);
    const planned = await plannedFromSaved(manifest.files[0], file);
    expect(specFromSniff(planned.sniff, planned.choices)).toEqual(guessed);
    expect(planned.sniff.encoding).toBe(manifest.files[0].reading.encoding);
  });

  it('keeps the choices confirmed in the preview, not the guesses', async () => {
    const file = await fixture('dates-ambiguous.csv');
    const planned = await sniffPlanned(file);
    const choices = {
      dateLayout: 'MM/DD/YYYY' as const,
      cancelledStatuses: ['void'],
      attributes: [],
      numberLayout: { decimal: ',' as const, thousands: '.' as const },
    };
    const { manifest } = await manifestFor([{ ...planned, choices }], 0.5, NOW, 0.3);
    expect(manifest.sample).toBe(0.5);
    const again = await plannedFromSaved(manifest.files[0], file);
    expect(specFromSniff(again.sniff, again.choices)).toEqual(specFromSniff(planned.sniff, choices));
    expect(again.choices).toMatchObject(choices);
  });

  it('refuses stored bytes that no longer read as the same columns', async () => {
    const { manifest } = await manifestFor([await fixture('refunds.csv')], null, NOW, 0.3);
    await expect(
      plannedFromSaved(manifest.files[0], await fixture('customers.csv', 'refunds.csv')),
    ).rejects.toMatchObject({ problem: 'changed' });
  });
});

describe('forgetAll', () => {
  it('deletes every session and every lojal key, and reports empty storage', async () => {
    const root = memoryDirectory();
    const sessions = new SessionStore(async () => root);
    await saved(sessions, [await fixture('refunds.csv')]);
    const local = keyStore({ 'lojal.mapping.abc': '{}', 'lojal.locale': 'nb', other: 'x' });
    const session = keyStore({ 'lojal.x': '1' });
    const targets = {
      sessions,
      root: async () => root,
      stores: [local, session],
      space: async () => ({ usage: 12, quota: 100 }),
    };
    expect((await storageReport(targets)).privateFiles).toEqual([SESSIONS_FOLDER]);
    expect(lojalKeys(local)).toEqual(['lojal.locale', 'lojal.mapping.abc']);
    const report = await forgetAll(targets);
    expect(report).toEqual({ privateFiles: [], keys: [], space: { usage: 12, quota: 100 } });
    // Another site's key on the same origin is not Lojal's to delete.
    expect(local.keys()).toEqual(['other']);
  });
});
