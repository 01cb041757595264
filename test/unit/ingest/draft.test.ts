import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverviewSql, type OverviewRow } from '../../../src/lib/analysis/overview';
import type { Engine } from '../../../src/lib/engine/types';
import { loadDataset } from '../../../src/lib/ingest/load';
import { recallMapping, type KeyValueStore } from '../../../src/lib/ingest/mappingMemory';
import { fileProblem, inputsFor, sniffFiles } from '../../../src/lib/ingest/plan';
import { IngestDraft } from '../../../src/lib/state/ingest.svelte';
import { freshEngine } from '../../helpers/engine';

const DIR = path.resolve('test/fixtures/ingest');
const fixture = async (name: string) => new File([await openAsBlob(path.join(DIR, name))], name);

/** A Map standing in for the browser's localStorage. */
function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
});
afterAll(async () => {
  await engine?.close();
});

describe('IngestDraft (the preview before loading)', () => {
  it('shows each file with its guesses, and a workbook renamed .csv as a problem naming it', async () => {
    const draft = new IngestDraft(memoryStore());
    await draft.add([await fixture('semicolon-decimal-comma.csv'), await fixture('workbook-renamed.csv')]);
    const [orders, workbook] = draft.files;
    expect(orders.problem).toBeNull();
    expect(orders.spec?.fields).toEqual({ customerId: 0, orderDate: 1, amount: 2 });
    expect(orders.spec?.attributes).toEqual([3]);
    expect(workbook.problem).toMatch(/^workbook-renamed\.csv: This is an Excel workbook.*Save As/);
    expect(draft.ready).toBe(true);
    expect(draft.confirm().map((p) => p.file.name)).toEqual(['semicolon-decimal-comma.csv']);
  });

  it('is not ready while a required field has no column, and a column holds one field at most', async () => {
    const draft = new IngestDraft(memoryStore());
    await draft.add([await fixture('semicolon-decimal-comma.csv')]);
    const id = draft.files[0].id;
    draft.setField(id, 'customerId', null);
    expect(draft.files[0].missing).toEqual(['customerId']);
    expect(draft.ready).toBe(false);
    // Kanal (column 3) as the customer id: it stops being an attribute; amount keeps column 2.
    draft.setField(id, 'customerId', 3);
    expect(draft.files[0].spec?.fields).toEqual({ customerId: 3, orderDate: 1, amount: 2 });
    expect(draft.files[0].spec?.attributes).toEqual([]);
    draft.setField(id, 'amount', 1);
    expect(draft.files[0].spec?.fields).toEqual({ customerId: 3, amount: 1 });
  });

  it('remembers a confirmed mapping per header signature and offers it for the next such file', async () => {
    const store = memoryStore();
    const first = new IngestDraft(store);
    await first.add([await fixture('semicolon-decimal-comma.csv')]);
    first.setAttribute(first.files[0].id, 3, false);
    first.setDateLayout(first.files[0].id, 'MM.DD.YYYY');
    first.confirm();
    const signature = first.files[0].firstSignature;
    expect(recallMapping(store, signature, 4)?.choices).toMatchObject({
      attributes: [],
      dateLayout: 'MM.DD.YYYY',
    });
    // Stored mappings that do not fit the file are ignored.
    expect(recallMapping(store, signature, 2)).toBeNull();

    const next = new IngestDraft(store);
    await next.add([await fixture('semicolon-decimal-comma.csv')]);
    expect(next.files[0].remembered).toBe(true);
    expect(next.files[0].spec).toMatchObject({ attributes: [], dateLayout: 'MM.DD.YYYY' });
    const other = new IngestDraft(store);
    await other.add([await fixture('tab-separated.tsv')]);
    expect(other.files[0].remembered).toBe(false);
  });

  it('reads the file again when the user picks another separator or says there is no header', async () => {
    const draft = new IngestDraft(memoryStore());
    await draft.add([await fixture('semicolon-decimal-comma.csv')]);
    const id = draft.files[0].id;
    draft.setReading(id, { dialect: { delimiter: ',' } });
    expect(draft.files[0].planned.sniff.dialect.delimiter).toBe(',');
    draft.setReading(id, { dialect: { delimiter: ';', header: false } });
    expect(draft.files[0].planned.sniff.headers).toEqual(['column1', 'column2', 'column3', 'column4']);
    expect(draft.files[0].planned.sniff.rows).toHaveLength(6);
  });

  it('a new role gets fields guessed for that role', async () => {
    const draft = new IngestDraft(memoryStore());
    await draft.add([await fixture('customers.csv')]);
    expect(draft.files[0].spec?.role).toBe('customers');
    draft.setRole(draft.files[0].id, 'subscriptions');
    expect(draft.files[0].spec?.role).toBe('subscriptions');
    expect(draft.files[0].missing).toEqual(['startDate']);
  });

  it('loads with the day/month order the user chose for ambiguous dates', async () => {
    const draft = new IngestDraft(memoryStore());
    await draft.add([await fixture('dates-ambiguous.csv')]);
    const file = draft.files[0];
    expect(file.planned.sniff.dateFormat).toMatchObject({ ambiguous: true, format: 'DD/MM/YYYY' });
    draft.setDateLayout(file.id, 'MM/DD/YYYY');
    await loadDataset(engine, await inputsFor(draft.confirm()));
    const [o] = await engine.query<OverviewRow>(buildOverviewSql());
    // 05/01 … 12/03 month-first: 1 May, 1 Jun, 2 Oct, 3 Jan, 3 Dec.
    expect([o.firstDate, o.lastDate]).toEqual(['2024-01-03', '2024-12-03']);
  });
});

describe('files the browser cannot take', () => {
  const sized = async (name: string, size: number) => {
    const real = await fixture(name);
    const planned = (await sniffFiles([real]))[0];
    return { ...planned, file: Object.defineProperty(real, 'size', { value: size }) };
  };

  it('fileProblem(): a UTF-8 file above 1 GiB and a Windows-1252 file above 256 MiB are too large', async () => {
    expect(fileProblem(await sized('utf8-no-bom.csv', 900 * 2 ** 20))).toBeNull();
    expect(fileProblem(await sized('utf8-no-bom.csv', 1.5 * 2 ** 30))).toMatch(
      /^utf8-no-bom\.csv: is too large for the browser's memory \(1536 MB/,
    );
    expect(fileProblem(await sized('windows1252-danish.csv', 300 * 2 ** 20))).toMatch(
      /^windows1252-danish\.csv: is too large .*saved as windows-1252.*Save it as "CSV UTF-8"/,
    );
  });

  it('running out of memory while loading becomes an error naming the file, not a crash', async () => {
    const failing: Engine = {
      ...engine,
      registerFile: (name, source) => engine.registerFile(name, source),
      exec: async (sql) => {
        if (sql.includes('read_csv'))
          throw new Error('Out of Memory Error: failed to allocate data of size 64.0 MiB');
        return engine.exec(sql);
      },
      query: (sql, options) => engine.query(sql, options),
      onProgress: (listener) => engine.onProgress(listener),
    };
    const inputs = await inputsFor(await sniffFiles([await fixture('utf8-no-bom.csv')]));
    await expect(loadDataset(failing, inputs)).rejects.toThrow(
      /^utf8-no-bom\.csv: is too large for this browser's memory/,
    );
  });
});
