import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * Serve the built app under a sub-path, as any static host would. The build is `dist/` unless
 * `LOJAL_DIST` names another folder. `headers` go on every response (a host's own headers); the
 * Content-Security-Policy violation reports the browser posts to `<subPath>csp-report` are kept in
 * `reports`.
 */
export async function serveDist(
  subPath = '/tools/lojal/',
  dir = process.env.LOJAL_DIST ?? 'dist',
  headers: Record<string, string> = {},
): Promise<{ url: string; origin: string; reports: string[]; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const reports: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'POST' && url.pathname === `${subPath}csp-report`) {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => (reports.push(body), res.writeHead(204).end()));
      return;
    }
    if (!url.pathname.startsWith(subPath)) {
      res.writeHead(404).end();
      return;
    }
    let file = path.join(root, decodeURIComponent(url.pathname.slice(subPath.length)) || 'index.html');
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res
        .writeHead(200, {
          ...headers,
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${subPath}`,
    origin,
    reports,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** Debian's Chromium, headless, with everything that would phone home switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Record every request the page makes, and every page error. */
export function recordRequests(page: Page): { urls: string[]; errors: string[] } {
  const log = { urls: [] as string[], errors: [] as string[] };
  page.on('request', (r) => log.urls.push(r.url()));
  page.on('pageerror', (e) => log.errors.push(e.message));
  return log;
}

/** Requests that left the page's origin (data: and blob: URLs stay on the machine). */
export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Read every `data-metric` element's raw value. */
export async function readMetrics(page: Page): Promise<Record<string, number | null>> {
  return page.$$eval('[data-metric]', (els) =>
    Object.fromEntries(
      els.map((e) => {
        const v = e.getAttribute('data-value');
        return [e.getAttribute('data-metric'), v === '' || v === null ? null : Number(v)];
      }),
    ),
  );
}

/** The served app, the browser and one page in it, with every request of that page recorded. */
export interface App {
  readonly server: Awaited<ReturnType<typeof serveDist>>;
  readonly browser: Browser;
  readonly page: Page;
  readonly log: ReturnType<typeof recordRequests>;
}

/**
 * Serve `dist/`, launch Chromium and open one 1360×900 page (plus `options`) before the file's tests,
 * and close them after. Call at the top level of a test file; read the fields inside tests.
 */
export function useApp(options: BrowserContextOptions = {}): App {
  let app: App | null = null;
  beforeAll(async () => {
    const server = await serveDist();
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, ...options });
    app = { server, browser, page, log: recordRequests(page) };
  });
  afterAll(async () => {
    await app?.browser.close();
    await app?.server.close();
  });
  const ready = (): App => {
    if (!app) throw new Error('useApp: read the app inside a test, after beforeAll');
    return app;
  };
  return {
    get server() {
      return ready().server;
    },
    get browser() {
      return ready().browser;
    },
    get page() {
      return ready().page;
    },
    get log() {
      return ready().log;
    },
  };
}
