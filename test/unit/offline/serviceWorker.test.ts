import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { PrecacheManifest } from '../../../src/lib/offline/manifest';
import { serviceWorkerScript } from '../../../src/lib/offline/vitePlugin';

const manifest: PrecacheManifest = {
  version: 'v2',
  hashed: ['assets/index-abc.js', 'assets/duckdb-eh-1.wasm'],
  unhashed: ['index.html', 'sample/orders.csv'],
};
const ROOT = 'https://example.org/tools/lojal/';

type Listener = (event: Record<string, unknown>) => void;

/** The built worker script run in a fake service-worker global with an in-memory CacheStorage. */
async function runWorker() {
  const stores = new Map<string, Map<string, Response>>([
    ['lojal:/tools/lojal/:v1', new Map()],
    ['lojal:/elsewhere/:v1', new Map()],
    ['someone-else', new Map()],
  ]);
  const listeners = new Map<string, Listener>();
  const fetched: Request[] = [];
  const calls: string[] = [];
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      addAll: async (requests: Request[]) => {
        for (const r of requests) {
          fetched.push(r);
          store.set(r.url, new Response(`body of ${r.url}`));
        }
      },
      match: async (key: Request | string) => store.get(typeof key === 'string' ? key : key.url)?.clone(),
    };
  };
  const self = {
    location: new URL(`${ROOT}sw.js`),
    addEventListener: (type: string, fn: Listener) => listeners.set(type, fn),
    clients: { claim: async () => void calls.push('claim') },
    skipWaiting: async () => void calls.push('skipWaiting'),
  };
  const context = vm.createContext({
    self,
    URL,
    Request,
    Response,
    caches: { open, keys: async () => [...stores.keys()], delete: async (n: string) => stores.delete(n) },
    fetch: async (r: Request) => new Response(`network ${r.url}`),
  });
  vm.runInContext(await serviceWorkerScript(manifest), context);

  /** Dispatch an extendable event and wait for the promise it was extended with. */
  const dispatch = async (type: string, extra: Record<string, unknown> = {}) => {
    let waited: Promise<unknown> = Promise.resolve();
    let answer: Promise<Response> | undefined;
    listeners.get(type)!({
      ...extra,
      waitUntil: (p: Promise<unknown>) => (waited = p),
      respondWith: (p: Promise<Response>) => (answer = p),
    });
    await waited;
    return answer;
  };
  return { stores, fetched, calls, dispatch };
}

const get = (url: string, mode = 'no-cors', headers: Record<string, string> = {}) => ({
  url,
  method: 'GET',
  mode,
  headers: new Headers(headers),
});

describe('the service worker script', () => {
  it('is a classic script with the manifest on its first line', async () => {
    const code = await serviceWorkerScript(manifest);
    expect(code.split('\n')[0]).toBe(`const BUILD = ${JSON.stringify(manifest)};`);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it('install caches every file of the manifest, resolved against its own folder', async () => {
    const w = await runWorker();
    await w.dispatch('install');
    expect(w.fetched.map((r) => r.url).sort()).toEqual([
      `${ROOT}assets/duckdb-eh-1.wasm`,
      `${ROOT}assets/index-abc.js`,
      `${ROOT}index.html`,
      `${ROOT}sample/orders.csv`,
    ]);
    // Unhashed files are revalidated; hashed ones come from the HTTP cache when it has them.
    expect(w.fetched.find((r) => r.url.endsWith('index.html'))!.cache).toBe('no-cache');
    expect(w.fetched.find((r) => r.url.endsWith('.wasm'))!.cache).toBe('force-cache');
    expect([...w.stores.keys()]).toContain('lojal:/tools/lojal/:v2');
  });

  it("activate deletes this folder's older versions only, and takes over open pages", async () => {
    const w = await runWorker();
    await w.dispatch('install');
    await w.dispatch('activate');
    expect([...w.stores.keys()].sort()).toEqual([
      'lojal:/elsewhere/:v1',
      'lojal:/tools/lojal/:v2',
      'someone-else',
    ]);
    expect(w.calls).toEqual(['claim']);
  });

  it('answers the folder address, and index.html with a query, with the cached page', async () => {
    const w = await runWorker();
    await w.dispatch('install');
    for (const url of [ROOT, `${ROOT}index.html?x=1`]) {
      const answer = await w.dispatch('fetch', { request: get(url, 'navigate') });
      expect(await answer!.text()).toBe(`body of ${ROOT}index.html`);
    }
  });

  it('answers app files from the cache and anything else it is asked within its folder from the network', async () => {
    const w = await runWorker();
    await w.dispatch('install');
    const wasm = await w.dispatch('fetch', { request: get(`${ROOT}assets/duckdb-eh-1.wasm`) });
    expect(await wasm!.text()).toBe(`body of ${ROOT}assets/duckdb-eh-1.wasm`);
    const other = await w.dispatch('fetch', { request: get(`${ROOT}unknown.txt`) });
    expect(await other!.text()).toBe(`network ${ROOT}unknown.txt`);
  });

  it('leaves other folders, other origins, POSTs and range requests alone', async () => {
    const w = await runWorker();
    for (const request of [
      get('https://example.org/elsewhere/index.html'),
      get('https://cdn.example.com/tools/lojal/x.js'),
      { ...get(`${ROOT}index.html`), method: 'POST' },
      get(`${ROOT}assets/duckdb-eh-1.wasm`, 'no-cors', { range: 'bytes=0-99' }),
    ])
      expect(await w.dispatch('fetch', { request })).toBeUndefined();
  });

  it('skips waiting only when the page asks for it', async () => {
    const w = await runWorker();
    await w.dispatch('message', { data: { type: 'other' } });
    await w.dispatch('message', { data: null });
    expect(w.calls).toEqual([]);
    await w.dispatch('message', { data: { type: 'skip-waiting' } });
    expect(w.calls).toEqual(['skipWaiting']);
  });
});
