/**
 * Screenshots of the built app for review and the README: the landing page, then every section after
 * loading the sample data. Usage: `npx tsx scripts/screenshot.ts [OUT_DIR]` (after `npm run build`).
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser, serveDist } from '../test/e2e/harness';

const out = process.argv[2] ?? 'test-results/screens';
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(server.url);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/landing.png` });
  await page.getByTestId('try-sample').click();
  await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
  for (const section of ['overview', 'cohorts', 'churn', 'clv', 'customers', 'value', 'drivers', 'data']) {
    await page.click(`[data-section="${section}"]`);
    await page.waitForTimeout(section === 'overview' ? 300 : 2500);
    await page.screenshot({ path: `${out}/${section}.png`, fullPage: true });
  }
  console.error(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
