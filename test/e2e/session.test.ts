import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { foreignRequests, launchBrowser, readMetrics, serveDist } from './harness';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  // Every request of the session: the page, its workers and the service worker.
  context.on('request', (r) => requests.push(r.url()));
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every entry under the origin-private root, as `path (bytes)` for files. */
function opfsListing(p: Page): Promise<string[]> {
  return p.evaluate(async () => {
    type Dir = { entries(): AsyncIterable<[string, { kind: string; getFile?(): Promise<File> }]> };
    const out: string[] = [];
    async function walk(dir: Dir, prefix: string): Promise<void> {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') {
          out.push(`${prefix}${name}/`);
          await walk(handle as unknown as Dir, `${prefix}${name}/`);
        } else out.push(`${prefix}${name} (${(await handle.getFile!()).size})`);
      }
    }
    await walk((await navigator.storage.getDirectory()) as unknown as Dir, '');
    return out.sort();
  });
}

const lojalKeys = (p: Page) =>
  p.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('lojal')),
  );

/** The headline numbers once every one of them has its value, and the row ledger. */
async function readNumbers(p: Page) {
  await p.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
  await p.waitForFunction(
    () => [...document.querySelectorAll('[data-metric]')].every((e) => e.getAttribute('data-value') !== ''),
    undefined,
    { timeout: 60_000 },
  );
  const ledger = p.getByTestId('row-ledger');
  await ledger.waitFor({ timeout: 30_000 });
  return { metrics: await readMetrics(p), ledger: await ledger.innerText() };
}

const sampleSize = (name: string) => readFileSync(`public/sample/${name}`).length;

describe('saved sessions: kept only on request, reopened the same, forgotten completely', () => {
  let before: Awaited<ReturnType<typeof readNumbers>>;

  it('stores nothing after loading until the user opts in', async () => {
    await page.goto(server.url);
    await page.getByTestId('try-sample').click();
    before = await readNumbers(page);
    expect(before.metrics.customers).toBeGreaterThan(0);
    const toggle = page.getByTestId('keep-toggle');
    await expect(toggle.isChecked()).resolves.toBe(false);
    // The opt-in says what, where and how large before anything is written.
    const what = await page.getByTestId('keep-session').innerText();
    expect(what).toMatch(/orders\.csv, customers\.csv, subscriptions\.csv \(\d[\d.,]* MB\)/);
    expect(what).toMatch(/origin-private file system/);
    expect(await opfsListing(page)).toEqual([]);
    expect(await lojalKeys(page)).toEqual([]);
  });

  it('keeps the loaded files and their plan in OPFS when the box is ticked', async () => {
    await page.getByTestId('keep-toggle').check();
    await page.waitForSelector('[data-testid="keep-session"][data-kept="true"]', { timeout: 30_000 });
    const listing = await opfsListing(page);
    const session = listing.find((e) => /^lojal-sessions\/s-[^/]+\/$/.test(e))!;
    expect(session).toBeDefined();
    expect(listing).toEqual([
      'lojal-sessions/',
      session,
      `${session}file-0 (${sampleSize('orders.csv')})`,
      `${session}file-1 (${sampleSize('customers.csv')})`,
      `${session}file-2 (${sampleSize('subscriptions.csv')})`,
      expect.stringMatching(new RegExp(`^${session}manifest\\.json \\(\\d+\\)$`)),
    ]);
    await expect(page.getByTestId('keep-session').innerText()).resolves.toMatch(/Kept on this device/);
  });

  it('lists the session after a reload and opens it with the same numbers and ledger', async () => {
    await page.reload();
    const list = page.getByTestId('saved-sessions');
    await list.waitFor({ timeout: 30_000 });
    const items = list.locator('li[data-session]');
    await expect(items.count()).resolves.toBe(1);
    const text = await items.first().innerText();
    expect(text).toMatch(/orders\.csv, customers\.csv, subscriptions\.csv/);
    expect(text).toMatch(/3 files · \d[\d.,]* MB · saved /);
    await items.first().getByTestId('session-open').click();
    const after = await readNumbers(page);
    expect(after).toEqual(before);
    await expect(page.getByTestId('keep-toggle').isChecked()).resolves.toBe(true);
  });

  it('"Forget all data" deletes the session, the remembered choices and shows storage empty', async () => {
    // Back to the start page; a language choice puts a key in local storage.
    await page.locator('aside button.new').click();
    await page.getByTestId('locale-picker').first().selectOption('nb');
    expect(await lojalKeys(page)).toEqual(['lojal.locale']);
    await page.locator('section.privacy').getByTestId('forget-all').click();
    const report = page.locator('section.privacy').getByTestId('storage-report');
    await report.waitFor({ timeout: 30_000 });
    await expect(report.getByTestId('report-files').getAttribute('data-count')).resolves.toBe('0');
    await expect(report.getByTestId('report-keys').getAttribute('data-count')).resolves.toBe('0');
    await expect(report.innerText()).resolves.toMatch(/Privat fillagring: tom/);
    expect(await opfsListing(page)).toEqual([]);
    expect(await lojalKeys(page)).toEqual([]);
    await expect(page.getByTestId('saved-sessions').count()).resolves.toBe(0);
    await page.reload();
    await page.getByTestId('try-sample').waitFor();
    await expect(page.getByTestId('saved-sessions').count()).resolves.toBe(0);
  });

  it('made no request to another origin and raised no page error', () => {
    expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(foreignRequests(requests, server.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
