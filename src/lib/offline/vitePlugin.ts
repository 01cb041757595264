/**
 * Build step for offline use: writes `sw.js` next to `index.html`, with the list of every file of this
 * build (Vite's output and the public folder) and a version hash of their contents. Written by hand
 * rather than with a PWA plugin: a dozen lines, no network at build time, nothing to configure.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin } from 'vite';
import { buildManifest, type BuiltFile, type PrecacheManifest } from './manifest.ts';

const WORKER_SOURCE = fileURLToPath(new URL('./serviceWorker.ts', import.meta.url));
/** The service worker's file name, relative to the app root; the page registers `./sw.js`. */
export const WORKER_FILE = 'sw.js';

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every file Vite copies from the public folder, with paths relative to it. */
async function publicFiles(dir: string): Promise<BuiltFile[]> {
  if (!dir) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const full = path.join(e.parentPath, e.name);
        return { path: path.relative(dir, full).split(path.sep).join('/'), content: await readFile(full) };
      }),
  );
}

/** The service worker script for one manifest: the TypeScript source, types stripped, manifest first. */
export async function serviceWorkerScript(manifest: PrecacheManifest): Promise<string> {
  const source = await readFile(WORKER_SOURCE, 'utf8');
  const { code } = await transformWithOxc(source, WORKER_SOURCE);
  // A classic worker script: the module marker left by type-only imports must go, and nothing else may
  // import or export (a service worker module would not load in every browser).
  const script = code.replace(/^export \{\};?\s*$/m, '');
  if (/^\s*(import|export)\b/m.test(script)) throw new Error(`${WORKER_SOURCE} must not import or export`);
  return `const BUILD = ${JSON.stringify(manifest)};\n${script}`;
}

/** Vite plugin (build only): emits `sw.js` precaching this build. */
export function offlinePlugin(): Plugin {
  let publicDir = '';
  let copyPublic = true;
  let assetsDir = 'assets';
  return {
    name: 'lojal:offline',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
      copyPublic = config.build.copyPublicDir;
      assetsDir = config.build.assetsDir;
    },
    async generateBundle(_options, bundle) {
      const files: BuiltFile[] = Object.values(bundle).map((out) => ({
        path: out.fileName,
        content: out.type === 'chunk' ? out.code : out.source,
      }));
      if (!files.some((f) => f.path === 'index.html')) return; // not the app build (e.g. a worker bundle)
      if (copyPublic) files.push(...(await publicFiles(publicDir)));
      const manifest = buildManifest(files, sha256, { workerFile: WORKER_FILE, assetsDir });
      this.emitFile({ type: 'asset', fileName: WORKER_FILE, source: await serviceWorkerScript(manifest) });
    },
  };
}
