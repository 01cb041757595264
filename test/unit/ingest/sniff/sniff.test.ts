import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffBytes, sniffFile } from '../../../../src/lib/ingest/sniff';
import { cp1252, gzip, namedBlob, utf16, utf8, zipHead } from './bytes';
import { CDNOW, DANISH, NORWEGIAN, ONLINE_RETAIL, SUBSCRIPTIONS, TELCO } from './fixtures';

describe('sniffBytes on real-looking exports', () => {
  it('sniffBytes(Norwegian Windows-1252 export Kundenr;Ordredato;Beløp)', () => {
    const r = sniffBytes(cp1252(NORWEGIAN), 'ordrer.csv');
    expect([r.kind, r.encoding, r.bom]).toEqual(['text', 'windows-1252', 0]);
    expect(r.dialect).toEqual({ delimiter: ';', quote: '"', header: true, lineEnding: 'CRLF', skipLines: 0 });
    expect(r.headers).toEqual(['Kundenr', 'Ordredato', 'Beløp']);
    expect(r.rows[0]).toEqual(['1001', '31.12.2024', '1 234,50']);
    expect(r.role.role).toBe('orders');
    expect(r.mapping.fields).toEqual({ customerId: 0, orderDate: 1, amount: 2 });
    expect(r.numberFormat).toMatchObject({ decimal: ',', thousands: ' ', currency: false, confidence: 1 });
    expect(r.numberFormats[2]).toMatchObject({ decimal: ',', thousands: ' ' });
    expect(r.dateFormat).toMatchObject({ format: 'DD.MM.YYYY', ambiguous: false });
    expect(r.dateFormats[1]?.format).toBe('DD.MM.YYYY');
    expect(r.warnings).toEqual([expect.stringMatching(/Windows-1252/)]);
  });

  it('sniffBytes(Danish UTF-8-with-BOM export Kunde-ID;Dato;Beløb;Butik with kr 1.234,50)', () => {
    const r = sniffBytes(utf8(DANISH, true), 'salg.csv');
    expect([r.encoding, r.bom]).toEqual(['utf-8', 3]);
    expect(r.headers).toEqual(['Kunde-ID', 'Dato', 'Beløb', 'Butik']);
    expect(r.mapping.fields).toEqual({ customerId: 0, orderDate: 1, amount: 2 });
    expect(r.mapping.attributes).toEqual([3]);
    expect(r.numberFormat).toMatchObject({ decimal: ',', thousands: '.', currency: true });
    // 03.02.2024 … 06.03.2024: no part above 12, so the user is asked, day-first assumed.
    expect(r.dateFormat).toMatchObject({ format: 'DD.MM.YYYY', ambiguous: true });
    expect(r.warnings).toEqual([expect.stringContaining('03.02.2024 is 2024-02-03')]);
  });

  it('sniffBytes(Online Retail line items) finds month-first dates, unit price × quantity and C-cancellations', () => {
    const r = sniffBytes(utf8(ONLINE_RETAIL), 'Online Retail.csv');
    expect(r.dialect.delimiter).toBe(',');
    expect(r.rows[5][2]).toBe('JAM MAKING SET, PRINTED');
    expect(r.role.role).toBe('orders');
    expect(r.mapping.fields).toEqual({ orderId: 0, quantity: 3, orderDate: 4, unitPrice: 5, customerId: 6 });
    expect(r.mapping.attributes).toContain(7);
    expect(r.dateFormat).toMatchObject({ format: 'MM/DD/YYYY', ambiguous: false });
    expect(r.numberFormat).toMatchObject({ decimal: '.', thousands: '' });
    expect(r.cancellation.orderPrefixes).toEqual(['C']);
    expect(r.warnings).toEqual([]);
  });

  it('sniffBytes(telco tenure table) is a tenure file with tenure and Churn', () => {
    const r = sniffBytes(utf8(TELCO), 'telco.csv');
    expect(r.role.role).toBe('tenure');
    expect(r.mapping.fields).toEqual({ customerId: 0, duration: 5, event: 10 });
    expect(r.mapping.attributes).toEqual(expect.arrayContaining([1, 3, 7]));
    expect(r.numberFormats[8]).toMatchObject({ decimal: '.' });
    expect(r.warnings).toEqual([]);
  });

  it('sniffBytes(subscriptions) maps start, end, plan and monthly price', () => {
    const r = sniffBytes(utf8(SUBSCRIPTIONS), 'subs.csv');
    expect(r.role.role).toBe('subscriptions');
    expect(r.mapping.fields).toEqual({
      customerId: 0,
      plan: 1,
      startDate: 2,
      endDate: 3,
      recurringAmount: 4,
    });
    expect(r.dateFormat.format).toBe('YYYY-MM-DD');
  });

  it('sniffBytes(CDNOW whitespace text without header) names the columns and guesses from values', () => {
    const r = sniffBytes(utf8(CDNOW), 'CDNOW_master.txt');
    expect(r.dialect).toMatchObject({ delimiter: 'whitespace', quote: '', header: false });
    expect(r.headers).toEqual(['column1', 'column2', 'column3', 'column4']);
    expect(r.rows).toHaveLength(6);
    expect(r.mapping.fields).toEqual({ customerId: 0, orderDate: 1, quantity: 2, amount: 3 });
    expect(r.dateFormat.format).toBe('YYYYMMDD');
    expect(r.warnings).toEqual([expect.stringContaining('column1, column2')]);
  });

  it('sniffBytes(Excel "Unicode text": UTF-16LE with BOM, tab-delimited)', () => {
    const r = sniffBytes(
      utf16('Kundenr\tKjøpsdato\tBeløp\r\n17\t31.12.2024\t1 234,50\r\n18\t01.01.2025\t99,00\r\n'),
      'x.txt',
    );
    expect([r.kind, r.encoding, r.bom]).toEqual(['text', 'utf-16le', 2]);
    expect(r.dialect).toMatchObject({ delimiter: '\t', lineEnding: 'CRLF', header: true });
    expect(r.headers).toEqual(['Kundenr', 'Kjøpsdato', 'Beløp']);
    expect(r.mapping.fields).toEqual({ customerId: 0, orderDate: 1, amount: 2 });
  });

  it("sniffBytes(Excel's sep=; first line) skips it and says so", () => {
    const r = sniffBytes(
      utf8('sep=;\r\nKundenr;Dato;Beløp\r\n1;01.02.2024;1,5\r\n1;13.02.2024;2,5\r\n'),
      'x.csv',
    );
    expect(r.dialect).toMatchObject({ delimiter: ';', skipLines: 1 });
    expect(r.headers).toEqual(['Kundenr', 'Dato', 'Beløp']);
    expect(r.warnings).toContain('The first line is not part of the table and will be skipped.');
  });

  it('sniffBytes(repeated and empty header names) renames them and says so', () => {
    const r = sniffBytes(utf8('id,amount,amount,\n1,2.5,3.5,x\n'), 'x.csv');
    expect(r.headers).toEqual(['id', 'amount', 'amount_2', 'column4']);
    expect(r.originalHeaders).toEqual(['id', 'amount', 'amount', '']);
    expect(
      r.warnings.some((w) => w.includes('"amount" → "amount_2"') && w.includes('(empty) → "column4"')),
    ).toBe(true);
  });

  it('sniffBytes(the start of a bigger file) leaves out the cut last line', () => {
    const text = 'id;amount\n1;2,5\n2;3,5\n3;4,';
    expect(sniffBytes(utf8(text), 'x.csv', { complete: false }).rows).toEqual([
      ['1', '2,5'],
      ['2', '3,5'],
    ]);
    expect(sniffBytes(utf8(text), 'x.csv').rows).toHaveLength(3);
  });

  it('sniffBytes(an xlsx renamed .csv) tells the user to save as CSV', () => {
    const r = sniffBytes(zipHead('[Content_Types].xml'), 'orders.csv');
    expect(r.kind).toBe('xlsx');
    expect(r.headers).toEqual([]);
    expect(r.warnings).toEqual([expect.stringContaining('Save As')]);
  });

  it('sniffBytes(empty file) is empty with a warning', () => {
    const r = sniffBytes(new Uint8Array(), 'x.csv');
    expect(r.kind).toBe('empty');
    expect(r.warnings).toEqual(['The file is empty.']);
  });

  it('sniffBytes(header only) warns that there are no data rows', () => {
    const r = sniffBytes(utf8('Kundenr;Dato;Beløp\n'), 'x.csv');
    expect(r.headers).toEqual(['Kundenr', 'Dato', 'Beløp']);
    expect(r.warnings).toContain('The file has no data rows.');
  });

  it('sniffBytes(an orders file without a customer column) asks for it', () => {
    const r = sniffBytes(utf8('Dato;Beløp\n01.02.2024;12,50\n13.02.2024;3,00\n'), 'x.csv');
    expect(r.warnings).toContain('No column looks like the customer id. Choose it in the column mapping.');
  });
});

describe('sniffFile', () => {
  it('sniffFile(a gzipped CSV made with CompressionStream) reads it decompressed', async () => {
    const r = await sniffFile(namedBlob(await gzip(NORWEGIAN), 'ordrer.csv.gz'));
    expect([r.fileName, r.kind, r.compression]).toEqual(['ordrer.csv.gz', 'text', 'gzip']);
    expect(r.headers).toEqual(['Kundenr', 'Ordredato', 'Beløp']);
    expect(r.rows).toHaveLength(4);
  });

  it('sniffFile(a large file) previews whole lines only', async () => {
    const text = 'id;amount\n' + Array.from({ length: 5000 }, (_, i) => `${i};${i},25`).join('\n');
    const r = await sniffFile(namedBlob(utf8(text), 'big.csv'), 1000);
    expect(r.rows.length).toBe(50);
    for (const row of r.rows) expect(row[1]).toMatch(/^\d+,25$/);
  });

  it('sniffFile(a damaged gzip) reports it instead of throwing', async () => {
    const bad = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]);
    const r = await sniffFile(namedBlob(bad, 'x.csv.gz'));
    expect([r.kind, r.compression]).toEqual(['gzip', 'gzip']);
    expect(r.warnings).toEqual([expect.stringContaining('could not be decompressed')]);
  });
});

describe('sniffBytes on random input', () => {
  /** Text built from the characters that matter to a CSV reader, plus letters, digits and æøå. */
  const csvish = fc.string({
    unit: fc.constantFrom(
      ',',
      ';',
      '\t',
      '|',
      ' ',
      '"',
      "'",
      '\n',
      '\r',
      '\r\n',
      'a',
      'B',
      'æ',
      'ø',
      '1',
      '0',
      '.',
      '-',
      '/',
      ':',
      'sep=',
    ),
    maxLength: 300,
  });
  const anyText = fc.oneof(
    csvish,
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );

  it('sniffBytes(any string) never throws and has ≥1 header whenever the text is readable and not blank', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, complete) => {
        const r = sniffBytes(utf8(text), 'random.csv', { complete });
        if (r.kind === 'text') {
          expect(r.headers.length).toBeGreaterThanOrEqual(1);
          expect(new Set(r.headers.map((h) => h.toLowerCase())).size).toBe(r.headers.length);
          for (const row of r.rows) expect(row).toHaveLength(r.headers.length);
        }
        if (text.trim() === '') expect(r.kind).toBe('empty');
      }),
      { numRuns: 1500 },
    );
  });

  it('sniffBytes(any printable string) is text with ≥1 header', () => {
    // Control characters other than tab and line breaks, and the replacement character U+FFFD (the mark
    // of undecodable bytes), make a file binary, so they are left out here.
    const control = (ch: string) =>
      (/^[\t\n\r\f]$/.test(ch) === false && (ch.charCodeAt(0) < 0x20 || ch === '\u007f')) || ch === '\ufffd';
    const printable = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => ![...s].some(control));
    fc.assert(
      fc.property(printable, (text) => {
        const r = sniffBytes(utf8(text), 'random.csv');
        if (text.trim() === '' || text.replace(/^\uFEFF/, '').trim() === '') return r.kind === 'empty';
        return r.kind === 'text' && r.headers.length >= 1;
      }),
      { numRuns: 1000 },
    );
  });

  it('sniffBytes(any bytes) never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 12 }), (bytes, name) => {
        sniffBytes(bytes, name);
      }),
      { numRuns: 1500 },
    );
  });
});
