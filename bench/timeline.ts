/**
 * `npx tsx bench/timeline.ts [orders]` (after `vite build`): where the time goes from dropping a file to
 * the cohort heatmap in the tab. Drops the bench's orders file (generated if missing), confirms the
 * preview, opens Cohorts as soon as the data are there, and prints every `lojal:` performance measure
 * (each load statement, each query) as a line with its start and duration in milliseconds from the
 * click, then the moments the first metric and the heatmap showed. Measurements only.
 */
import { writeLargeShop } from '../scripts/sample/large';
import { launchBrowser, serveDist } from '../test/e2e/harness';

const size = Number(process.argv[2] ?? 1_000_000);
const files = await writeLargeShop(size, 'bench/data');
const server = await serveDist();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(server.url);
  // The engine starts while the user reads the landing page; the drop is timed from a ready page.
  await page.waitForSelector('[data-engine="ready"]', { timeout: 120_000 });
  await page.getByTestId('file-input').setInputFiles(files.orders);
  const confirm = page.getByTestId('ingest-load');
  await confirm.waitFor({ timeout: 600_000 });
  const clicked = await page.evaluate(() => performance.now());
  const wall = Date.now();
  await confirm.click();
  await page.waitForSelector('[data-metric="customers"][data-value]', { timeout: 600_000 });
  const loaded = Date.now() - wall;
  await page.click('[data-section="cohorts"]');
  await page.waitForSelector('[data-row="cohort"] [data-k="1"]', { timeout: 600_000 });
  const cohorts = Date.now() - wall;
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('lojal:'))
      .map((m) => ({ name: m.name, start: m.startTime, ms: m.duration })),
  );
  for (const e of entries.sort((a, b) => a.start - b.start))
    console.log(
      `${String(Math.round(e.start - clicked)).padStart(6)} ${String(Math.round(e.ms)).padStart(6)}  ${e.name}`,
    );
  console.log(
    JSON.stringify({ orders: size, step: 'timeline', metricShownMs: loaded, cohortsShownMs: cohorts }),
  );
} finally {
  await browser.close();
  await server.close();
}
