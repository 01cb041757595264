import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser, readMetrics, serveDist } from './harness';

/**
 * The database worker dies in the middle of work (as when a tab runs out of memory): the page must say
 * so, start a new engine, read the same files again and keep the user's settings, without a reload.
 * The worker is killed from outside through the DevTools protocol: its running query is interrupted
 * (Runtime.terminateExecution) and the worker closed, exactly as a crash would end it. The app exposes
 * nothing for this.
 */

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];

/** A shop large enough that loading and a cohort query take a while: 8,000 customers, 300,000 lines. */
function ordersCsv(): string {
  const lines = ['order_id,customer_id,order_date,amount,channel'];
  const channels = ['web', 'store', 'app'];
  for (let i = 0; i < 300_000; i++) {
    // Spread deterministically: every customer appears, on days scattered over 1,000 days.
    const customer = (i * 7_919) % 8_000;
    const visit = Math.floor(i / 8_000);
    const day = new Date(Date.UTC(2022, 0, 1) + ((customer * 7 + visit * visit * 3) % 1_000) * 86_400_000);
    const amount = (5 + ((i * 37) % 2_000) / 10).toFixed(2);
    lines.push(`${i},k${customer},${day.toISOString().slice(0, 10)},${amount},${channels[customer % 3]}`);
  }
  return lines.join('\n');
}

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * End the page's DuckDB worker (the one started from duckdb-watched.worker.js) as a crash would: interrupt
 * whatever it is running, then close it.
 */
async function killDatabaseWorker(): Promise<void> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const workers = targetInfos.filter((t) => t.type === 'worker' && t.url.includes('duckdb-watched'));
  expect(workers.length).toBe(1);
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: workers[0].targetId,
    flatten: false,
  });
  const answers = new Map<number, (v: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (m) => {
    const message = JSON.parse(m.message) as { id?: number };
    if (message.id !== undefined) answers.get(message.id)?.(message);
  });
  const call = (id: number, method: string, params: object = {}) =>
    new Promise((resolve) => {
      answers.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  await call(1, 'Runtime.terminateExecution');
  await call(2, 'Runtime.evaluate', { expression: 'close(), 0' });
  await cdp.detach();
}

/** The recovery notice's phase, or null when none is shown. */
const phase = () =>
  page
    .locator('[data-testid="engine-recovery"]')
    .getAttribute('data-phase', { timeout: 500 })
    .catch(() => null);

describe('the database worker dies mid-query', () => {
  it('while loading: the page says so, restarts the engine and loads the same file again', async () => {
    await page.goto(server.url);
    // The engine is up, so the worker dies under the loading query itself.
    await page.getByText('Engine ready').waitFor({ timeout: 60_000 });
    await page.getByTestId('file-input').setInputFiles({
      name: 'orders.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ordersCsv(), 'utf8'),
    });
    await page.getByTestId('ingest-load').click();
    await page.getByTestId('load-progress').waitFor({ timeout: 30_000 });
    const killedAt = Date.now();
    await killDatabaseWorker();
    await page.waitForSelector('[data-testid="engine-recovery"][data-phase="restarting"]', {
      timeout: 10_000,
    });
    const noticedMs = Date.now() - killedAt;
    await page.screenshot({ path: 'test-results/recovery-restarting.png' });
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    await page.waitForSelector('[data-testid="engine-recovery"][data-phase="recovered"]', {
      timeout: 10_000,
    });
    console.info(`worker death noticed after ${noticedMs} ms; recovered after ${Date.now() - killedAt} ms`);
    expect((await readMetrics(page)).customers).toBe(8_000);
    await page.screenshot({ path: 'test-results/recovery-recovered.png' });
  });

  it('again soon after, on a page with settings: the user chooses, and the settings survive', async () => {
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.click('[data-section="cohorts"]');
    await page.waitForSelector('[data-testid="cohort-heatmap"] [data-row="cohort"]', { timeout: 60_000 });
    await page.selectOption('[data-setting="period"]', 'quarter');
    await page.selectOption('[data-setting="by"]', 'channel');
    await page.waitForSelector('[data-row="cohort"][data-segment="web"][data-cohort$="-Q1"]', {
      timeout: 60_000,
    });
    // A new query starts, and the worker dies under it.
    await page.selectOption('[data-setting="measure"]', 'orders');
    await killDatabaseWorker();
    await page.waitForSelector('[data-testid="engine-recovery"][data-phase="failed"]', { timeout: 10_000 });
    const notice = await page.getByTestId('engine-recovery').innerText();
    expect(notice).toMatch(/stopped again/);
    expect(await page.getByTestId('engine-recovery').getAttribute('role')).toBe('alert');
    await page.screenshot({ path: 'test-results/recovery-failed.png', fullPage: true });

    await page.getByTestId('recovery-retry').click();
    await page.waitForSelector('[data-testid="engine-recovery"][data-phase="recovered"]', {
      timeout: 90_000,
    });
    // Same section, same settings, and the table is computed again on the new engine.
    expect(await page.inputValue('[data-setting="period"]')).toBe('quarter');
    expect(await page.inputValue('[data-setting="by"]')).toBe('channel');
    expect(await page.inputValue('[data-setting="measure"]')).toBe('orders');
    await page.waitForSelector('[data-row="cohort"][data-segment="web"][data-cohort$="-Q1"]', {
      timeout: 60_000,
    });
    await expect.poll(() => page.locator('main [role=alert]').count(), { timeout: 30_000 }).toBe(0);
    expect(await phase()).toBe('recovered');
    await page.screenshot({ path: 'test-results/recovery-cohorts.png', fullPage: true });
  });

  it('lost once more: the user takes a sample of customers instead, still on the same page', async () => {
    await killDatabaseWorker();
    await page.waitForSelector('[data-testid="engine-recovery"][data-phase="failed"]', { timeout: 10_000 });
    const offer = page.getByTestId('recovery-sample');
    expect(await offer.innerText()).toMatch(/Analyse a \d+% sample of customers/);
    await offer.click();
    await page.waitForSelector('[data-testid="engine-recovery"][data-phase="recovered"]', {
      timeout: 90_000,
    });
    const share = Number(await page.getByTestId('sample-notice').getAttribute('data-sample'));
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThanOrEqual(0.5);
    expect(await page.inputValue('[data-setting="period"]')).toBe('quarter');
    expect(await page.inputValue('[data-setting="by"]')).toBe('channel');
    await page.waitForSelector('[data-row="cohort"][data-segment="web"][data-cohort$="-Q1"]', {
      timeout: 60_000,
    });
    // The table re-renders once the sampled data's cohort query is back: wait for the smaller sizes.
    const total = () =>
      page.$$eval('[data-row="cohort"][data-size]', (rows) =>
        rows.reduce((s, r) => s + Number(r.getAttribute('data-size')), 0),
      );
    await expect.poll(total, { timeout: 60_000 }).toBeLessThan(8_000 * share * 1.2);
    expect(await total()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/recovery-sample.png' });
  });

  it('raised no page error', () => {
    expect(errors).toEqual([]);
  });
});
