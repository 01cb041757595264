import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { refOverview } from '../helpers/reference';
import { sampleOrderLines } from '../helpers/sampleOrders';
import { launchBrowser, readMetrics, serveDist } from './harness';
import type { PrecacheManifest } from '../../src/lib/offline/manifest';

const DIST = process.env.LOJAL_DIST ?? 'dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The manifest baked into a build's sw.js (its first line). */
async function manifestOf(dir: string): Promise<PrecacheManifest> {
  const first = (await readFile(path.join(dir, 'sw.js'), 'utf8')).split('\n')[0];
  return JSON.parse(first.replace(/^const BUILD = /, '').replace(/;$/, '')) as PrecacheManifest;
}

/** Wait until the page says the app is saved, then list the cache names and cached URLs. */
async function waitForOfflineCopy(page: Page): Promise<{ names: string[]; urls: string[] }> {
  await page.waitForSelector('[data-testid="offline-status"][data-status="ready"]', { timeout: 110_000 });
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return { names, urls };
  });
}

describe('offline: after one visit the app loads and computes with the network off', () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveDist();
    context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('caches every file of the build, the two engines, both workers and the sample, on the first visit', async () => {
    await page.goto(server.url);
    const { names, urls } = await waitForOfflineCopy(page);
    const manifest = await manifestOf(DIST);
    expect(names).toEqual([`lojal:${new URL(server.url).pathname}:${manifest.version}`]);
    const expected = [...manifest.hashed, ...manifest.unhashed].map((f) => new URL(f, server.url).href);
    expect(urls.sort()).toEqual(expected.sort());
    for (const pattern of [
      /duckdb-mvp-.*\.wasm$/,
      /duckdb-eh-.*\.wasm$/,
      /duckdb-browser-mvp\.worker-.*\.js$/,
      /duckdb-browser-eh\.worker-.*\.js$/,
      /\/index\.html$/,
      /\/sample\/orders\.csv$/,
      /\/sample\/customers\.csv$/,
      /\/sample\/subscriptions\.csv$/,
    ])
      expect(
        urls.some((u) => pattern.test(u)),
        String(pattern),
      ).toBe(true);
  });

  it('reloads with the network off and the server stopped, loads the sample and shows the overview', async () => {
    await server.close();
    await context.setOffline(true);
    const fromNetwork: string[] = [];
    page.on('response', (r) => {
      if (!r.fromServiceWorker() && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        fromNetwork.push(r.url());
    });
    await page.reload();
    await page.waitForSelector('[data-testid="offline-status"][data-status="ready"]', { timeout: 30_000 });
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    const shown = await readMetrics(page);
    const expected = refOverview(sampleOrderLines(path.join(DIST, 'sample/orders.csv')));
    expect(shown.customers).toBe(expected.customers);
    expect(shown.orders).toBe(expected.orders);
    expect(shown.occasions).toBe(expected.occasions);
    expect(shown.revenue).toBeCloseTo(expected.revenue, 4);
    expect(shown.repeatRate).toBeCloseTo(expected.repeatRate!, 10);
    expect(fromNetwork).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'test-results/offline-overview.png' });
  });
});

describe('offline: a new version replaces the old one cleanly', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveDist>>;
  let context: BrowserContext;

  beforeAll(async () => {
    // A copy of the build, served from another sub-path, that can be "deployed" again in place.
    dir = await mkdtemp(path.join(tmpdir(), 'lojal-update-'));
    await cp(DIST, dir, { recursive: true });
    server = await serveDist('/another/place/', dir);
    context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows "new version — reload", and after the click runs the new build with only its cache', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const before = await waitForOfflineCopy(page);
    expect(before.names).toHaveLength(1);
    await expect(page.getByTestId('update-prompt').count()).resolves.toBe(0);

    // Deploy a new build: a changed page, so a changed manifest version inside sw.js.
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    await writeFile(path.join(dir, 'index.html'), html.replace('<body>', '<body data-build="next">'));
    const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
    const old = (await manifestOf(dir)).version;
    await writeFile(
      path.join(dir, 'sw.js'),
      sw.replace(`"version":"${old}"`, `"version":"next${old.slice(4)}"`),
    );

    // The old version still serves this reload; the browser finds the new worker and installs it.
    await page.reload();
    await page.getByTestId('update-prompt').waitFor({ timeout: 110_000 });
    await page.screenshot({ path: 'test-results/update-prompt.png' });
    expect(await page.getAttribute('body', 'data-build')).toBeNull();

    await Promise.all([
      page.waitForEvent('load', { timeout: 60_000 }),
      page.getByTestId('update-prompt').getByRole('button').click(),
    ]);
    expect(await page.getAttribute('body', 'data-build')).toBe('next');
    const after = await waitForOfflineCopy(page);
    expect(after.names).toEqual([before.names[0].replace(old, `next${old.slice(4)}`)]);
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
  });
});
