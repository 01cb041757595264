/**
 * Screenshots of the shell in light and dark mode, in each language, at a laptop and a large-monitor
 * width: the landing page, the overview and every section. Usage (after a build):
 * `LOJAL_DIST=dist npx tsx scripts/screenshot-shell.ts [OUT_DIR] [SECTIONS]` (SECTIONS: comma list).
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser, serveDist } from '../test/e2e/harness';

const out = process.argv[2] ?? 'test-results/shell';
const sections = (process.argv[3] ?? 'overview').split(',').filter(Boolean);
const runs = (process.env.SHOTS ?? 'en-light-1280,en-dark-1280,nb-light-1280,da-dark-1280,en-light-2560')
  .split(',')
  .map((s) => {
    const [locale, scheme, width] = s.split('-');
    return { locale, scheme: scheme as 'light' | 'dark', width: Number(width) };
  });
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const { locale, scheme, width } of runs) {
    const name = `${locale}-${scheme}-${width}`;
    // The browser's language list is what Lojal reads to pick its own.
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: scheme,
      locale,
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`${name} page error:`, e.message));
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="try-sample"]:enabled');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/${name}-landing.png`, fullPage: true });
    await page.getByTestId('try-sample').click();
    await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    for (const section of sections) {
      await page.click(`[data-section="${section}"]`);
      await page.waitForTimeout(section === 'overview' ? 800 : 4000);
      await page.screenshot({ path: `${out}/${name}-${section}.png`, fullPage: true });
    }
    await context.close();
  }
  console.error(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
