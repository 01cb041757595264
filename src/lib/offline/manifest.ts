/**
 * What the service worker keeps for offline use, decided at build time. Pure: the Vite plugin passes
 * in the file names and contents of one build and gets back the manifest baked into `sw.js`.
 */

/** One built file: its path relative to the app root and its bytes (or text). */
export interface BuiltFile {
  path: string;
  content: string | Uint8Array;
}

/** The list baked into `sw.js`. A new build with any changed byte gets a new `version`. */
export interface PrecacheManifest {
  /** Short content hash of the whole build: names the cache, so each version has its own. */
  version: string;
  /** Files whose name carries a content hash (`assets/…`): a copy from the HTTP cache is exact. */
  hashed: string[];
  /** Files without a hash in the name (`index.html`, `sample/…`): always fetched fresh. */
  unhashed: string[];
}

/** Files a web server reads for its own settings: hosts refuse to serve them (Apache answers 403). */
const HOST_SETTINGS = new Set(['_headers', '.htaccess']);

/**
 * Never precached: the worker itself (the browser fetches it), source maps, build metadata and the
 * hosts' settings files (one refused download would fail the whole offline copy).
 */
export function isPrecached(path: string, workerFile: string): boolean {
  return (
    path !== workerFile && !path.endsWith('.map') && !path.startsWith('.vite/') && !HOST_SETTINGS.has(path)
  );
}

/** Vite writes content-hashed names under its assets folder only. */
export function isHashed(path: string, assetsDir = 'assets'): boolean {
  return path.startsWith(`${assetsDir}/`);
}

/**
 * The manifest for one build. `digest` hashes bytes (node:crypto in the build, anything in tests);
 * the version covers every file's path and content, so it changes exactly when the build does.
 */
export function buildManifest(
  files: BuiltFile[],
  digest: (data: string | Uint8Array) => string,
  options: { workerFile?: string; assetsDir?: string } = {},
): PrecacheManifest {
  const workerFile = options.workerFile ?? 'sw.js';
  const kept = files
    .filter((f) => isPrecached(f.path, workerFile))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = new Set<string>();
  for (const f of kept) {
    if (seen.has(f.path)) throw new Error(`${f.path} is listed twice in the build`);
    seen.add(f.path);
  }
  const version = digest(kept.map((f) => `${f.path}\0${digest(f.content)}`).join('\n')).slice(0, 16);
  const hashed = kept.filter((f) => isHashed(f.path, options.assetsDir)).map((f) => f.path);
  const unhashed = kept.filter((f) => !isHashed(f.path, options.assetsDir)).map((f) => f.path);
  return { version, hashed, unhashed };
}
