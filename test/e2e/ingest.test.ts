import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foreignRequests, readMetrics, useApp } from './harness';

/**
 * Real exports dropped into the browser: a Norwegian `;`/decimal-comma file (UTF-8) and a Danish one
 * saved by Excel as Windows-1252, next to two files that cannot be read. Through the preview, the
 * day/month choice and Load, to the overview numbers and the Data page, all worked out by hand.
 */

const app = useApp();

// Line 8 repeats line 7 exactly; 1006 has no readable amount; the last row has no customer.
const NORWEGIAN = [
  'Ordrenummer;Kundenr;Ordredato;Beløp;Status;Kanal',
  '1001;00042;05.01.2024;1 234,50;Fullført;nettbutikk',
  '1002;00042;05.01.2024;100,00;Fullført;nettbutikk',
  '1003;00042;10.02.2024;99,50;Fullført;butikk',
  '1004;00077;31.12.2023;-50,00;Refundert;butikk',
  '1005;00077;15.01.2024;500,00;Fullført;butikk',
  '1006;00099;20.01.2024;ikke oppgitt;Fullført;butikk',
  '1007;00099;21.01.2024;300,00;Kansellert;nettbutikk',
  '1007;00099;21.01.2024;300,00;Kansellert;nettbutikk',
  '1008;;22.01.2024;10,00;Fullført;butikk',
].join('\r\n');

// Every date has day and month ≤ 12, so the file cannot say which comes first; "xx" is no date.
const DANISH = [
  'Kunde-ID;Dato;Beløb;Butik',
  'K-17;03.02.2024;kr 1.234,50;København',
  'K-18;04.02.2024;kr 99,00;Århus',
  'K-17;05.03.2024;kr 12.000,00;København',
  'K-19;06.03.2024;kr 450,00;Ærø',
  'K-20;xx;kr 10,00;Ærø',
].join('\r\n');

/** Windows-1252 bytes, as Excel on Windows saves "CSV (semicolon delimited)" in Denmark. */
function cp1252(text: string): Buffer {
  const high: Record<string, number> = { æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5 };
  return Buffer.from(
    [...text].map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
      if (high[ch] === undefined) throw new Error(`no Windows-1252 byte for ${ch} in this test`);
      return high[ch];
    }),
  );
}

const card = (name: string) => app.page.locator(`[data-testid="file-preview"][data-file="${name}"]`);

describe('dropping real exports: preview, mapping, load and the ledger', () => {
  it('previews each file with what was detected, and names the files it cannot read', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByTestId('file-input').setInputFiles([
      { name: 'ordrer.csv', mimeType: 'text/csv', buffer: Buffer.from(NORWEGIAN, 'utf8') },
      { name: 'salg.csv', mimeType: 'text/csv', buffer: cp1252(DANISH) },
      {
        name: 'regnskap.csv',
        mimeType: 'text/csv',
        buffer: readFileSync(path.resolve('test/fixtures/ingest/workbook-renamed.csv')),
      },
      { name: 'tom.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
    ]);
    await app.page.waitForSelector('[data-testid="ingest-preview"]');

    const no = card('ordrer.csv');
    expect(await no.getByTestId('encoding').inputValue()).toBe('utf-8');
    expect(await no.getByTestId('delimiter').inputValue()).toBe(';');
    expect(await no.getByTestId('decimal').inputValue()).toBe(',');
    expect(await no.getByTestId('thousands').inputValue()).toBe(' ');
    expect(await no.getByTestId('date-format').inputValue()).toBe('DD.MM.YYYY');
    expect(await no.getByTestId('line-ending').textContent()).toContain('CRLF');
    expect(await no.locator('select[data-field="customerId"]').inputValue()).toBe('1');
    expect(await no.locator('select[data-field="amount"]').inputValue()).toBe('3');
    expect(await no.locator('input[data-status="Kansellert"]').isChecked()).toBe(true);
    expect(await no.locator('input[data-status="Fullført"]').isChecked()).toBe(false);
    expect(await no.getByTestId('preview-table').locator('tbody tr').count()).toBe(8);
    expect(await no.getByTestId('preview-table').locator('tbody tr').first().textContent()).toContain(
      '00042',
    );

    const dk = card('salg.csv');
    expect(await dk.getByTestId('encoding').inputValue()).toBe('windows-1252');
    expect(await dk.getByTestId('thousands').inputValue()).toBe('.');
    expect(await dk.getByTestId('currency').textContent()).toContain('Written with amounts');
    expect(await dk.getByTestId('preview-table').textContent()).toContain('København');
    expect(await dk.getByTestId('preview-table').textContent()).toContain('Ærø');

    expect(await card('regnskap.csv').getByTestId('file-problem').textContent()).toMatch(
      /regnskap\.csv: This is an Excel workbook.*Save As/,
    );
    expect(await card('tom.csv').getByTestId('file-problem').textContent()).toMatch(
      /tom\.csv: The file is empty/,
    );
  });

  it('asks whether ambiguous dates are day-first, and the answer changes the date format', async () => {
    const dk = card('salg.csv');
    const choice = dk.getByTestId('date-order');
    expect(await choice.textContent()).toContain('03.02.2024');
    await choice.locator('input[value="month"]').check();
    expect(await dk.getByTestId('date-format').inputValue()).toBe('MM.DD.YYYY');
    await choice.locator('input[value="day"]').check();
    expect(await dk.getByTestId('date-format').inputValue()).toBe('DD.MM.YYYY');
    await app.page.screenshot({ path: 'test-results/ingest-preview.png', fullPage: true });
  });

  it('loads both readable files and shows the hand-worked overview', async () => {
    await app.page.getByTestId('ingest-load').click();
    await app.page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
    const shown = await readMetrics(app.page);
    // Norwegian: 00042 (05.01 twice = one occasion, 10.02), 00077 (a refund, 15.01), 00099 (only a
    // cancelled order). Danish: K-17 (03.02, 05.03), K-18, K-19. Revenue 1 884 + 13 783.50.
    expect(shown).toMatchObject({ customers: 6, orders: 8, occasions: 7, refunds: 1 });
    expect(shown.revenue).toBeCloseTo(15_667.5, 6);
    expect(shown.repeatRate).toBeCloseTo(2 / 5, 12);
    expect(shown.averageOrderValue).toBeCloseTo(15_667.5 / 8, 6);
  });

  it('accounts for every row on the Data page, with reasons, lines and hygiene', async () => {
    await app.page.click('[data-section="data"]');
    const ledger = app.page.getByTestId('row-ledger').locator('[data-rows-read]');
    await ledger.waitFor();
    expect(await ledger.getAttribute('data-rows-read')).toBe('14');
    expect(await ledger.getAttribute('data-rows-loaded')).toBe('10');
    expect(await ledger.getAttribute('data-rows-rejected')).toBe('4');

    const rejects = app.page.getByTestId('rejects');
    for (const reason of ['unparseable amount', 'duplicate', 'missing customer id', 'unparseable date'])
      expect(await rejects.locator(`tr[data-reason="${reason}"]`).first().getAttribute('data-count')).toBe(
        '1',
      );
    const rows = app.page.getByTestId('rejected-rows').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const lines = await rows.evaluateAll((trs) =>
      trs.map(
        (tr) =>
          `${tr.children[0].textContent}:${tr.getAttribute('data-line')}:${tr.getAttribute('data-reason')}`,
      ),
    );
    expect(lines).toEqual([
      'ordrer.csv:7:unparseable amount',
      'ordrer.csv:9:duplicate',
      'ordrer.csv:10:missing customer id',
      'salg.csv:6:unparseable date',
    ]);

    const hygiene = app.page.getByTestId('hygiene');
    await hygiene.locator('tr[data-rule="refunds"]').waitFor();
    const count = (rule: string) => hygiene.locator(`tr[data-rule="${rule}"]`).getAttribute('data-count');
    expect(await count('refunds')).toBe('1');
    expect(await count('cancelled')).toBe('1');
    expect(await count('duplicates')).toBe('1');
    expect(await count('after-as-of')).toBe('0');
    // Counting the cancelled order would add it to orders and its 300 to revenue.
    expect(await hygiene.locator('tr[data-rule="cancelled"]').textContent()).toContain(
      '9 orders instead of 8',
    );
    expect(await hygiene.locator('tr[data-rule="cancelled"]').textContent()).toContain('15,967.50');
    // The repeated row is a cancelled order: counting it twice would change nothing.
    expect(await hygiene.locator('tr[data-rule="duplicates"]').textContent()).toContain(
      'would not change revenue',
    );
    await app.page.screenshot({ path: 'test-results/ingest-data.png', fullPage: true });
  });

  it('offers the confirmed mapping again for the next export with the same columns', async () => {
    await app.page.getByRole('button', { name: /Load other files/ }).click();
    await app.page.getByTestId('file-input').setInputFiles({
      name: 'ordrer-februar.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(NORWEGIAN, 'utf8'),
    });
    await app.page.waitForSelector('[data-testid="ingest-preview"]');
    expect(await card('ordrer-februar.csv').textContent()).toContain('confirmed before');
  });

  it('made no request to any other origin, and raised no page error', () => {
    expect(foreignRequests(app.log.urls, app.server.origin)).toEqual([]);
    expect(app.log.errors).toEqual([]);
  });
});
