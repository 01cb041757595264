import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { foreignRequests, launchBrowser, serveDist } from './harness';

const SECTIONS = ['overview', 'cohorts', 'churn', 'clv', 'customers', 'value', 'drivers', 'data'];
/** Buttons and links that save something: "Download …", "Export …", "CSV", "SVG", "PNG". */
const EXPORT = /\b(download|export|csv|svg|png)\b/i;

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];
const downloads: string[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  // Every request of the session: the page, its workers and the service worker.
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Violations inside workers never reach the document's event: Chromium still logs them.
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Wait until the section stops adding or removing controls (charts drawn, models fitted). */
async function settle(p: Page, maxMs = 30_000): Promise<void> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - start < maxMs) {
    const n = await p.locator('main button, main a, main svg, main table').count();
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 1500) return;
    await p.waitForTimeout(250);
  }
}

/** Click every visible export control of the current section once; returns what was clicked. */
async function clickExports(p: Page, section: string): Promise<string[]> {
  const clicked: string[] = [];
  const seen = new Set<string>();
  // A click may reveal more (an export menu): look again until nothing new shows up.
  for (let round = 0; round < 3; round++) {
    const controls = p.locator('main').getByRole('button', { name: EXPORT });
    const links = p.locator('main a[download]');
    const all = [...(await controls.all()), ...(await links.all())];
    let fresh = 0;
    for (const [i, control] of all.entries()) {
      if (!(await control.isVisible()) || !(await control.isEnabled())) continue;
      const key = `${section}:${i}:${(await control.innerText()).trim()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      fresh++;
      const download = p.waitForEvent('download', { timeout: 15_000 }).catch(() => null);
      await control.click();
      await download;
      clicked.push(key);
    }
    if (fresh === 0) break;
  }
  return clicked;
}

describe('privacy: a whole session never leaves the page’s origin', () => {
  it('loads, opens the sample, visits every section and clicks every export button', async () => {
    await page.goto(server.url);
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    const clicked: string[] = [];
    for (const section of SECTIONS) {
      await page.click(`[data-section="${section}"]`);
      await settle(page);
      if (section === 'clv') {
        // Everything the page shows once the models are fitted in their worker.
        await page.getByTestId('clv-answer').waitFor({ timeout: 90_000 });
        // The fit details are one click below: open them, so their exports are pressed too.
        await page.getByTestId('model-details').locator('summary').click();
        await page.getByTestId('fit-ready').waitFor({ timeout: 90_000 });
        await page.getByTestId('formula-value').waitFor({ timeout: 30_000 });
        await settle(page);
      }
      if (section === 'cohorts') {
        // The customers behind a heatmap cell have their own export.
        await page.locator('[data-row="cohort"] [data-k="1"]').first().click();
        await page.getByTestId('cell-download').waitFor({ timeout: 30_000 });
      }
      clicked.push(...(await clickExports(page, section)));
    }
    console.info(`exports clicked: ${clicked.join(' | ')}\ndownloads: ${downloads.join(', ')}`);
    expect(clicked.length).toBeGreaterThan(0);
    expect(downloads.length).toBeGreaterThan(0);
  });

  it('made no request to any other origin', () => {
    expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(foreignRequests(requests, server.origin)).toEqual([]);
  });

  it('raised no Content-Security-Policy violation and no page error', async () => {
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('stored only what the privacy note lists: app files, confirmed layouts and the language choice', async () => {
    const stored = await page.evaluate(async () => {
      const opfs: string[] = [];
      const root = (await navigator.storage.getDirectory()) as unknown as {
        keys(): AsyncIterable<string>;
      };
      for await (const name of root.keys()) opfs.push(name);
      const cached: string[] = [];
      for (const name of await caches.keys())
        cached.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
      return {
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        indexedDb: (await indexedDB.databases()).map((d) => d.name),
        cookies: document.cookie,
        opfs,
        cached,
      };
    });
    expect(stored.local.filter((k) => !/^lojal\.(locale|currency|mapping\.)/.test(k))).toEqual([]);
    expect(stored).toMatchObject({ session: [], indexedDb: [], cookies: '', opfs: [] });
    // The offline copy holds files of the app only (under its folder), never a blob or a user file.
    expect(stored.cached.filter((u) => !u.startsWith(server.url))).toEqual([]);
    expect(stored.cached.filter((u) => /\/(uploads|blob:)/.test(u))).toEqual([]);
  });

  it('has the policy in force: a request to another origin and an inline script are refused', async () => {
    const probe = await context.newPage();
    await probe.goto(server.url);
    const result = await probe.evaluate(async () => {
      const refused = await fetch('https://example.com/').then(
        () => false,
        () => true,
      );
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return {
        refused,
        inlineRan: 'inlineRan' in window,
        violations: (window as unknown as { cspViolations: string[] }).cspViolations.map(
          (v) => v.split(' ')[0],
        ),
      };
    });
    expect(result).toEqual({
      refused: true,
      inlineRan: false,
      violations: ['connect-src', 'script-src-elem'],
    });
    await probe.close();
  });
});
