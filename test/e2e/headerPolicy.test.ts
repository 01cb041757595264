import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './harness';
import { shippedHeaders } from '../helpers/hostHeaders';

/*
 * The policy shipped for servers (public/_headers, the same in .htaccess and docs/hosting/), sent as an
 * HTTP header, governs the DuckDB workers too, which index.html's meta tag does not reach. A whole
 * session must run under it with no violation, and a request from inside the engine's worker to
 * another origin must be refused.
 */
const shipped = shippedHeaders();
const POLICY = shipped['Content-Security-Policy'];

let browser: Browser;
let page: Page;
let app: Awaited<ReturnType<typeof serveDist>>;
let other: Server;
let otherHits = 0;
let otherOrigin = '';
const errors: string[] = [];

beforeAll(async () => {
  app = await serveDist('/lojal/', undefined, {
    ...shipped,
    'Content-Security-Policy': `${POLICY}; report-uri /lojal/csp-report`,
  });
  other = createServer((_req, res) => (otherHits++, res.writeHead(200).end('reached')));
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  otherOrigin = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy|EvalError/i.test(m.text())) errors.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await new Promise((r) => other?.close(r));
});

describe('the shipped header policy covers the page and its workers', () => {
  it('runs a whole session (load, every section, the fitted models) with no violation', async () => {
    await page.goto(app.url);
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    const sections = await page.$$eval('[data-section]', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-section') ?? '')),
    ]);
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const section of sections) {
      await page.locator(`[data-section="${section}"]`).first().click();
      if (section === 'clv') {
        await page.getByTestId('clv-answer').waitFor({ timeout: 90_000 });
        await page.getByTestId('model-details').locator('summary').click();
        await page.getByTestId('fit-ready').waitFor({ timeout: 90_000 });
      }
      await page.waitForTimeout(1500);
    }
    await page.waitForTimeout(500);
    expect(app.reports).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses a request from inside the DuckDB worker to another origin, and reports it', async () => {
    const engine = page.workers().find((w) => w.url().includes('duckdb-watched'));
    expect(engine).toBeDefined();
    const outcome = await engine!.evaluate(
      (url) =>
        fetch(url).then(
          () => 'reached',
          () => 'refused',
        ),
      `${otherOrigin}/x`,
    );
    await page.waitForTimeout(500);
    expect(outcome).toBe('refused');
    expect(otherHits).toBe(0);
    expect(app.reports.map((r) => JSON.parse(r)['csp-report']['violated-directive'])).toEqual([
      'connect-src',
    ]);
  });
});

describe('a host policy without WebAssembly', () => {
  it("says at once that 'wasm-unsafe-eval' is missing, instead of timing out", async () => {
    const strict = await serveDist('/lojal/', undefined, {
      'Content-Security-Policy': POLICY.replace(" 'wasm-unsafe-eval'", ''),
    });
    const probe = await browser.newPage();
    try {
      await probe.goto(strict.url);
      const started = Date.now();
      await probe.getByTestId('try-sample').click();
      await probe.getByText(/does not allow WebAssembly/).waitFor({ timeout: 15_000 });
      expect(Date.now() - started).toBeLessThan(15_000);
      await expect(probe.getByText(/'wasm-unsafe-eval'/).count()).resolves.toBeGreaterThan(0);
    } finally {
      await probe.close();
      await strict.close();
    }
  });
});
