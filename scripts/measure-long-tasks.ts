/**
 * Main-thread long tasks and slow work on a big shop, in the built app in headless Chromium:
 * `tsx scripts/measure-long-tasks.ts [orders.csv] [customers.csv]` (default: bench/data, 1M orders;
 * the build is LOJAL_DIST or dist/). Loads the files, opens every section, then presses every CSV
 * and PNG export of the section; prints one JSON line per step with the main thread's long tasks
 * (PerformanceObserver 'longtask': total, count, longest), the queries that ran longer than 300 ms, and
 * whether a figure showed its progress state meanwhile.
 */
import path from 'node:path';
import { launchBrowser, serveDist } from '../test/e2e/harness';

const orders = path.resolve(process.argv[2] ?? 'bench/data/orders-1000000.csv');
const customers = path.resolve(process.argv[3] ?? 'bench/data/customers-1000000.csv');
const SECTIONS = ['overview', 'cohorts', 'churn', 'clv', 'customers', 'drivers', 'data'];

const server = await serveDist();
const browser = await launchBrowser();
const print = (line: Record<string, unknown>) => console.log(JSON.stringify(line));
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __long: { start: number; ms: number }[]; __progressSeen: number };
    w.__long = [];
    w.__progressSeen = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="query-progress"]')) w.__progressSeen++;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url);
  const take = () =>
    page.evaluate(() => {
      const w = window as unknown as { __long: { start: number; ms: number }[]; __progressSeen: number };
      const long = w.__long.splice(0);
      const seen = w.__progressSeen;
      w.__progressSeen = 0;
      const queries = performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('lojal:'))
        .map((m) => ({ name: m.name, ms: Math.round(m.duration) }));
      performance.clearMeasures();
      return {
        longTotal: Math.round(long.reduce((s, l) => s + l.ms, 0)),
        longCount: long.length,
        longest: Math.round(Math.max(0, ...long.map((l) => l.ms))),
        over200: long.filter((l) => l.ms > 200).map((l) => Math.round(l.ms)),
        slowQueries: queries.filter((q) => q.ms > 300),
        progressShown: seen > 0,
      };
    });
  /** Wait until no query measure arrived for `quietMs` and no progress state is on the page. */
  const settle = async (quietMs = 2500) => {
    let last = -1;
    let since = Date.now();
    const started = Date.now();
    while (Date.now() - started < 600_000) {
      const n = await page.evaluate(
        () =>
          performance.getEntriesByType('measure').length +
          (document.querySelector('[data-testid="query-progress"], [aria-busy="true"]') ? 1e6 : 0),
      );
      if (n !== last) {
        last = n;
        since = Date.now();
      } else if (n < 1e6 && Date.now() - since > quietMs) return;
      await page.waitForTimeout(100);
    }
  };

  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles([orders, customers]);
  const confirm = page.getByTestId('ingest-load');
  await Promise.race([
    confirm.waitFor({ timeout: 600_000 }).then(() => confirm.click()),
    page.waitForSelector('[data-metric="customers"][data-value]', { timeout: 600_000 }),
  ]);
  await page.waitForSelector('[data-metric="customers"][data-value]', { timeout: 600_000 });
  await settle();
  print({ step: 'load+overview', wallMs: Date.now() - t0, ...(await take()) });

  for (const section of SECTIONS) {
    const started = Date.now();
    await page.click(`[data-section="${section}"]`);
    await page.waitForTimeout(300);
    if (section === 'clv') {
      // The model fit runs in its own worker; wait for its figures.
      await page
        .waitForSelector('[data-testid="model-fit"] svg, [data-testid="p-alive"] svg', { timeout: 600_000 })
        .catch(() => {});
    }
    await settle();
    print({ step: `open ${section}`, wallMs: Date.now() - started, ...(await take()) });

    const buttons = page.locator(
      '[data-testid="export-csv"], [data-testid="export-png"], [data-testid="customers-csv"]',
    );
    const count = await buttons.count();
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      if (!(await button.isVisible())) continue;
      const label = `${section} ${(await button.textContent())?.trim()} #${i}`;
      const clicked = Date.now();
      const download = page.waitForEvent('download', { timeout: 30_000 }).catch(() => null);
      await button.click();
      const file = await download;
      print({
        step: `export ${label}`,
        wallMs: Date.now() - clicked,
        file: file?.suggestedFilename() ?? null,
        ...(await take()),
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
}
