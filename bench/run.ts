/**
 * `npm run bench [-- --sizes 100000,1000000,10000000 --threads 1 --repeat 3]`
 *
 * `npm run bench` builds into dist/; to leave it alone, build elsewhere and point the bench there:
 * `npx vite build --outDir /tmp/x && LOJAL_DIST=/tmp/x npx tsx bench/run.ts --sizes 10000000`.
 *
 * For each size: generates a shop of about that many orders (bench/data, not committed), opens the built
 * app in headless Chromium, drops the file through the real file input and reads the app's own timings
 * (`lojal:load`, `lojal:query:*` performance measures) for the load and for every page's queries. Then it
 * runs the same loader and the very same SQL on native DuckDB (`@duckdb/node-api`, one thread unless
 * told otherwise) and prints one JSON line per measurement: milliseconds in the browser, in native
 * DuckDB, and their ratio. The tab's peak JS heap and the wasm memory are reported per size. With
 * `--repeat N` each size is measured N times, browser and native one after the other each time (the
 * machine's load changes; a ratio is only fair between runs made close together), and a `load-median`
 * line gives the medians. With `--shopify`, a Shopify-style orders export with as many lines as the
 * plain orders file is loaded too (the order's columns on its first line only, refunds, cancellations),
 * and a `load-shopify` line prints its load time next to the plain file's.
 *
 * Beside Lojal, per size: `drop-to-cohorts`, the wall time from confirming the drop until the cohort
 * heatmap shows when the user opens Cohorts at once; `floor`, plain native DuckDB on one thread reading
 * the file into a table and running a monthly cohort query (bench/floor.ts: the speed of parsing
 * itself); and `pandas`, the same notebook work in pandas (bench/pandas_cohort.py), when a python3
 * with pandas is there. Measurements only: nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { parseArgs } from '../src/cli/args';
import { loadFromArgs } from '../src/cli/files';
import { createNativeEngine } from '../src/lib/engine/native';
import { writeLargeShop } from '../scripts/sample/large';
import { launchBrowser, serveDist } from '../test/e2e/harness';
import { floor } from './floor';
import { writeShopifyExport } from './shopify';

const argv = process.argv.slice(2);
const option = (flag: string, fallback: string) => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : fallback;
};
const sizes = option('--sizes', '100000,1000000').split(',').map(Number);
const threads = Number(option('--threads', '1'));
const repeat = Math.max(1, Number(option('--repeat', '1')));
const SECTIONS = ['cohorts', 'churn', 'clv', 'customers', 'value', 'drivers'];
const shopify = argv.includes('--shopify');

interface Measure {
  name: string;
  ms: number;
  sql: string | null;
}

const print = (line: Record<string, unknown>) => console.log(JSON.stringify(line));

async function measures(page: Page): Promise<Measure[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('lojal:'))
      .map((m) => ({
        name: m.name,
        ms: m.duration,
        sql: ((m as PerformanceMeasure).detail as { sql?: string } | null)?.sql ?? null,
      })),
  );
}

/**
 * Wait until the page has produced new measures and then none for `quietMs`; give up after `firstMs`
 * when nothing at all comes (a page without queries) or after `maxMs`.
 */
async function settle(
  page: Page,
  before: number,
  quietMs = 2000,
  firstMs = 8000,
  maxMs = 300_000,
): Promise<Measure[]> {
  const started = Date.now();
  let last = before;
  let lastChange = Date.now();
  for (;;) {
    const all = await measures(page);
    if (all.length !== last) {
      last = all.length;
      lastChange = Date.now();
    }
    const waited = Date.now() - started;
    if (all.length > before && Date.now() - lastChange > quietMs) return all.slice(before);
    if ((all.length === before && waited > firstMs) || waited > maxMs) return all.slice(before);
    await page.waitForTimeout(100);
  }
}

/** Resident memory of Chromium's renderer processes (the tab, with its wasm heap and worker), in bytes. */
function rendererRss(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** Sample the renderer's memory every 200 ms until stopped; returns the peak in MB. */
function watchMemory(): () => number {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, rendererRss())), 200);
  return () => (clearInterval(timer), Math.round(peak / 1e6));
}

async function heap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

async function inBrowser(
  url: string,
  ordersFile: string,
  size: number,
  sections = SECTIONS,
): Promise<{
  load: number;
  queries: Measure[];
  sample: number | null;
  peakHeapMb: number;
  peakTabMb: number;
}> {
  const browser = await launchBrowser();
  const stopWatching = watchMemory();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(url);
    // Timed from a page whose engine is ready: it starts (and warms up) while the landing page is read.
    await page.waitForSelector('[data-engine="ready"]', { timeout: 120_000 });
    await page.getByTestId('file-input').setInputFiles(ordersFile);
    // A preview step may ask to confirm the guesses first; when the files will not fit the tab's
    // memory, take the sample it offers, as a user would.
    const confirm = page.getByTestId('ingest-load');
    let sample: number | null = null;
    const go = async () => {
      const check = page.getByTestId('memory-check');
      if ((await check.count()) && (await check.getAttribute('data-fit')) === 'too-large') {
        sample = Number(await page.getByTestId('sample-share').inputValue());
        await page.getByTestId('load-sample').click();
      } else await confirm.click();
    };
    await Promise.race([
      confirm.waitFor({ timeout: 600_000 }).then(go),
      page.waitForSelector('[data-metric="customers"][data-value]', { timeout: 600_000 }),
    ]);
    await page.waitForSelector('[data-metric="customers"][data-value]', { timeout: 600_000 });
    let peak = await heap(page);
    // A page's queries run one after another, each up to tens of seconds at 10M orders: a quiet gap of
    // 2 s would move on before the slowest had finished.
    const millions = size / 1e6;
    const quiet = Math.max(2000, millions * 4000);
    const first = await settle(page, 0, Math.max(1500, millions * 4000), Math.max(8000, millions * 8000));
    // The load's own steps (`lojal:load:…`) are in the performance panel, not page queries.
    const queries = first.filter((m) => m.name !== 'lojal:load' && !m.name.startsWith('lojal:load:'));
    const load = first.find((m) => m.name === 'lojal:load')?.ms ?? NaN;
    for (const section of sections) {
      const before = (await measures(page)).length;
      await page.click(`[data-section="${section}"]`);
      queries.push(
        ...(await settle(page, before, quiet, Math.max(8000, millions * 8000))).map((m) => ({
          ...m,
          name: `${m.name}@${section}`,
        })),
      );
      peak = Math.max(peak, await heap(page));
    }
    return { load, queries, sample, peakHeapMb: Math.round(peak / 1e6), peakTabMb: stopWatching() };
  } finally {
    stopWatching();
    await browser.close();
  }
}

/**
 * Wall time from confirming the drop of `ordersFile` to the first cohort heatmap, opening Cohorts as
 * soon as the data are there (a fresh tab, nothing cached).
 */
async function dropToCohorts(
  url: string,
  ordersFile: string,
): Promise<{ loadedMs: number; cohortsMs: number }> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(url);
    // Timed from a page whose engine is ready: it starts (and warms up) while the landing page is read.
    await page.waitForSelector('[data-engine="ready"]', { timeout: 120_000 });
    await page.getByTestId('file-input').setInputFiles(ordersFile);
    let started = Date.now();
    const confirm = page.getByTestId('ingest-load');
    await Promise.race([
      confirm.waitFor({ timeout: 600_000 }).then(async () => {
        started = Date.now();
        await confirm.click();
      }),
      page.waitForSelector('[data-metric="customers"][data-value]', { timeout: 600_000 }),
    ]);
    await page.waitForSelector('[data-metric="customers"][data-value]', { timeout: 600_000 });
    const loaded = Date.now();
    await page.click('[data-section="cohorts"]');
    await page.waitForSelector('[data-row="cohort"] [data-k="1"]', { timeout: 600_000 });
    return { loadedMs: loaded - started, cohortsMs: Date.now() - started };
  } finally {
    await browser.close();
  }
}

/** A python3 that has pandas, or null. */
function pandasPython(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', 'import pandas'], { encoding: 'utf8' });
    if (r.status === 0) return python;
  }
  return null;
}

async function natively(ordersFile: string, sqls: string[]) {
  const engine = await createNativeEngine({ threads });
  try {
    const started = performance.now();
    await loadFromArgs(engine, parseArgs(['summary', ordersFile], { summary: [] }));
    const load = performance.now() - started;
    const times: number[] = [];
    for (const sql of sqls) {
      const t = performance.now();
      await engine.query(sql);
      times.push(performance.now() - t);
    }
    return { load, times };
  } finally {
    await engine.close();
  }
}

const server = await serveDist();
try {
  for (const size of sizes) {
    const loads: { browser: number; native: number; ratio: number }[] = [];
    for (let run = 0; run < repeat; run++) loads.push(await measureSize(size));
    if (repeat > 1) {
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      print({
        orders: size,
        step: 'load-median',
        runs: repeat,
        browserMs: Math.round(median(loads.map((l) => l.browser))),
        nativeMs: Math.round(median(loads.map((l) => l.native))),
        ratio: median(loads.map((l) => l.ratio)),
      });
    }
  }
} finally {
  await server.close();
}

/** The number of lines of a file, read in chunks (a 10M-line file is too long for one string). */
function countLines(file: string): number {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  let n = 0;
  try {
    for (let got = readSync(fd, buf); got > 0; got = readSync(fd, buf))
      for (let i = 0; i < got; i++) if (buf[i] === 10) n++;
  } finally {
    closeSync(fd);
  }
  return n;
}

/** One browser run and one native run of a size, printed as they come. */
async function measureSize(size: number) {
  const files = await writeLargeShop(size, 'bench/data');
  const browser = await inBrowser(server.url, files.orders, size);
  const native = await natively(
    files.orders,
    browser.queries.map((q) => q.sql ?? 'SELECT 1'),
  );
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  print({
    orders: size,
    step: 'load',
    browserMs: Math.round(browser.load),
    nativeMs: Math.round(native.load),
    ratio: ratio(browser.load, native.load),
    nativeThreads: threads,
    // The share of customers the tab loaded when the file did not fit (native loads them all).
    sample: browser.sample,
  });
  browser.queries.forEach((q, i) =>
    print({
      orders: size,
      step: q.name.replace(/^lojal:query:/, ''),
      browserMs: Math.round(q.ms),
      nativeMs: q.sql ? Math.round(native.times[i]) : null,
      ratio: q.sql ? ratio(q.ms, native.times[i]) : null,
    }),
  );
  print({
    orders: size,
    step: 'peak-memory',
    tabMb: browser.peakTabMb,
    jsHeapMb: browser.peakHeapMb,
    cores: availableParallelism(),
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  });
  if (shopify) {
    // The same number of lines, written as Shopify exports them; load time only.
    const lines = countLines(files.orders) - 1;
    const file = await writeShopifyExport(lines, 'bench/data');
    const b = await inBrowser(server.url, file, size, []);
    const n = await natively(file, []);
    print({
      orders: size,
      step: 'load-shopify',
      lines,
      browserMs: Math.round(b.load),
      nativeMs: Math.round(n.load),
      plainBrowserMs: Math.round(browser.load),
      plainNativeMs: Math.round(native.load),
      browserRatioToPlain: ratio(b.load, browser.load),
      nativeRatioToPlain: ratio(n.load, native.load),
    });
  }
  const drop = await dropToCohorts(server.url, files.orders);
  const plain = await floor(files.orders, 1);
  const floorMs = plain.readMs + plain.cohortMs;
  print({
    orders: size,
    step: 'drop-to-cohorts',
    browserMs: drop.cohortsMs,
    loadedMs: drop.loadedMs,
    floorMs: Math.round(floorMs),
    ratio: ratio(drop.cohortsMs, floorMs),
  });
  print({
    orders: size,
    step: 'floor',
    readMs: Math.round(plain.readMs),
    cohortMs: Math.round(plain.cohortMs),
    threads: 1,
  });
  const python = pandasPython();
  if (python) {
    const r = spawnSync(python, ['bench/pandas_cohort.py', files.orders], { encoding: 'utf8' });
    const line =
      r.status === 0 ? JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') : { error: r.stderr.trim() };
    print({ orders: size, ...line });
  } else print({ orders: size, step: 'pandas', skipped: 'no python3 with pandas' });
  return { browser: browser.load, native: native.load, ratio: ratio(browser.load, native.load) };
}
