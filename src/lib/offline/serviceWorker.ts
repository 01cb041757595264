/**
 * Lojal's service worker: keeps one complete copy of the built app (page, code, styles, both DuckDB
 * engines and their workers, the sample files) so that after one visit the page works with no network.
 *
 * Built by `offlinePlugin` (vitePlugin.ts): types are stripped and the build's manifest is put in front
 * as `const BUILD = {...}`. It must stay one self-contained classic script: type imports only.
 */
import type { PrecacheManifest } from './manifest';

declare const BUILD: PrecacheManifest;

const sw = self as unknown as ServiceWorkerGlobalScope;
/** The app's root folder: `sw.js` sits next to `index.html`, under whatever sub-path it is served from. */
const root = new URL('./', sw.location.href);
const index = new URL('index.html', root).href;
/** One cache per app folder and build (see `install` and `activate`). */
const prefix = `lojal:${root.pathname}:`;
const current = prefix + BUILD.version;

sw.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

/**
 * Fill this version's cache, all or nothing (`addAll` fails if one file does). Hashed files are taken
 * from the HTTP cache whenever it has them, fresh or not (`force-cache`): their name fixes their
 * content, and the page has usually just downloaded the 34 MB engine it runs on, so a first visit does
 * not download it twice. Everything else is revalidated so the cache never mixes two builds.
 */
async function precache(): Promise<void> {
  const cache = await caches.open(current);
  const requests = [
    ...BUILD.hashed.map((path) => new Request(new URL(path, root), { cache: 'force-cache' })),
    ...BUILD.unhashed.map((path) => new Request(new URL(path, root), { cache: 'no-cache' })),
  ];
  await cache.addAll(requests);
}

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Only this folder's older versions: another copy of Lojal on the same origin keeps its cache.
      for (const key of await caches.keys()) {
        if (key.startsWith(prefix) && key !== current) await caches.delete(key);
      }
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  // The page's "new version — reload" button: take over now instead of after every tab is closed.
  if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only the app's own files. Range requests would need a partial answer: leave those to the network.
  if (request.method !== 'GET' || request.headers.has('range')) return;
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return;
  event.respondWith(fromCache(request, url));
});

/** Cache first, then the network: the cached copy is the exact build this worker was made for. */
async function fromCache(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(current);
  // Opening the folder itself (`…/lojal/`) or any page address in it shows the app.
  const isPage =
    request.mode === 'navigate' && (url.pathname === root.pathname || url.href.split(/[?#]/)[0] === index);
  const hit = await cache.match(isPage ? index : request, { ignoreSearch: isPage });
  return hit ?? fetch(request);
}
