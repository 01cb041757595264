import { mkdir } from 'node:fs/promises';
import { launchBrowser, serveDist } from '../test/e2e/harness';
const out = '/tmp/drivers-shots';
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
  await page.goto(server.url);
  await page.getByTestId('try-sample').click();
  await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
  await page.click('[data-section="drivers"]');
  await page.waitForSelector('[data-testid="driver"]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid="action-list"], [data-testid="action-empty"]', { timeout: 90_000 });
  await page.screenshot({ path: `${out}/drivers.png`, fullPage: true });
  await page.click('[data-testid="driver-open"]');
  await page.waitForSelector('[data-testid="figure-driver-detail"]');
  await page.click('[data-testid="driver-level-customers"]');
  await page.waitForSelector('[data-testid="drivers-customers"][data-count]:not([data-count=""])');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/drivers-detail.png`, fullPage: true });
} finally {
  await browser.close();
  await server.close();
}
