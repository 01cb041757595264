import { createWriteStream } from 'node:fs';
import Papa from 'papaparse';
import { buildOccasionsSql } from '../lib/analysis/occasions';
import { literal } from '../lib/analysis/sql';
import { FORMULA_START } from '../lib/components/customers/csv';
import { buildNeutralisedSql } from '../lib/export/neutraliseSql';
import type { Command } from './commands';

/** What `lojal export-occasions --json` prints; the table itself goes to `--out FILE` (or stdout). */
export interface ExportOccasionsJson {
  file: string | null;
  rows: number;
  customers: number;
  /** Data rows of the input that were loaded: the occasions table is this many times smaller. */
  inputRows: number;
}

/**
 * `lojal export-occasions [--out FILE] FILE...`: the compact customer-day table every analysis needs
 * (see buildOccasionsSql), as CSV that the dashboard opens like any orders file. With the native engine
 * DuckDB writes the file itself, streaming, so histories larger than memory work too.
 */
export const exportOccasions: Command<ExportOccasionsJson> = {
  options: ['out'],
  async run(engine, info, args) {
    const out = args.extra.out ?? null;
    const sql = buildOccasionsSql(info.attributes);
    const [{ rows, customers }] = await engine.query<{ rows: number; customers: number }>(
      `SELECT count(*) AS rows, count(DISTINCT customer_id) AS customers FROM (${sql})`,
    );
    if (out && args.shared.engine === 'native') {
      // Formula cells are neutralised as in every export of the app, by DuckDB itself while it streams.
      const columns = await engine.query<{ column_name: string; column_type: string }>(`DESCRIBE (${sql})`);
      const safe = buildNeutralisedSql(
        sql,
        columns.map((c) => ({ name: c.column_name, type: c.column_type })),
      );
      await engine.exec(`COPY (${safe}) TO ${literal(out)} (HEADER, DELIMITER ',')`);
    } else {
      const data = await engine.query(sql);
      const csv =
        Papa.unparse(data as Record<string, unknown>[], { escapeFormulae: FORMULA_START, newline: '\n' }) +
        '\n';
      if (out) {
        await new Promise<void>((resolve, reject) => {
          const stream = createWriteStream(out);
          stream.on('error', reject);
          stream.end(csv, () => resolve());
        });
      } else if (!args.shared.json) process.stdout.write(csv);
    }
    return { file: out, rows, customers, inputRows: info.rows.loaded };
  },
  text(r) {
    return r.file
      ? `${r.file}: ${r.rows} rows for ${r.customers} customers (from ${r.inputRows} input rows)`
      : '';
  },
};
