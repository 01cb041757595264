import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { forTerminal, jsonForTerminal } from '../../../src/cli/terminal';
import { buildNeutralisedSql } from '../../../src/lib/export/neutraliseSql';
import { runCli, tempFiles } from '../../helpers/cli';

const ESC = '\u001b';
/** Any control character a terminal could act on (line breaks and tabs aside). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CSI = '\u009b';

describe('forTerminal / jsonForTerminal', () => {
  it.each([
    [`${ESC}[2Jgone`, '\\x1b[2Jgone'],
    [`bell\u0007 and del\u007f`, 'bell\\x07 and del\\x7f'],
    [`${CSI}31m`, '\\x9b31m'],
    ['tab\tand\nline stay, æøå too', 'tab\tand\nline stay, æøå too'],
  ])('forTerminal(%j) is %j', (text, shown) => {
    expect(forTerminal(text)).toBe(shown);
  });

  it('jsonForTerminal escapes DEL and C1 controls so that the JSON still reads back the same', () => {
    const value = { name: `a${CSI}b\u007fc${ESC}d` };
    const safe = jsonForTerminal(JSON.stringify(value));
    expect(safe).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(safe)).toEqual(value);
  });
});

describe('the command line never sends raw control characters from a file to the terminal', () => {
  // A file name is text from outside too, and it is echoed in every reject of the ledger.
  const name = `orders${ESC}[2J${CSI}7.csv`;
  const files = tempFiles({
    [name]: 'customer_id,order_date,amount\nc1,2024-01-02,10\nc2,2024-01-03,12\nc3,not a date,5\n',
  });

  it('escapes them in an error naming a column', () => {
    const r = runCli(['summary', '--customer-id', `${ESC}[31mwho`, files[name]]);
    expect(r.code).toBeGreaterThan(0);
    expect(r.stderr).toContain('\\x1b[31mwho');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('escapes them in JSON output, which still reads back to the same names', () => {
    const r = runCli(['summary', '--json', files[name]]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('\\u009b7.csv');
    expect(JSON.parse(r.stdout).rejects[0].file).toBe(files[name]);
  });
});

/** A shop whose text cells and one header would run as spreadsheet formulas. */
const HOSTILE = [
  'customer_id,order_date,amount,channel,"=HYPERLINK(""x"")"',
  '"=1+1',
  'more",2024-01-02,10,"=cmd|\' /C calc\'!A0",north',
  '+c2,2024-01-03,12,"@SUM(A1)",north',
  'c3,2024-01-04,-5,"-2+3",south',
  'c4,2024-01-05,7,"plain, ok",north',
  'c4,2024-01-06,7,"plain, ok",north',
].join('\n');

describe.each(['wasm', 'native'])('lojal export-occasions --engine %s', (engine) => {
  it('neutralises every formula cell and header, line breaks and all, and keeps numbers as numbers', () => {
    const files = tempFiles({ 'orders.csv': `${HOSTILE}\n` });
    const out = files['orders.csv'].replace('orders.csv', 'occasions.csv');
    const r = runCli(['export-occasions', '--engine', engine, '--out', out, files['orders.csv']]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const parsed = Papa.parse<string[]>(readFileSync(out, 'utf8').trim(), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(['customer_id', 'order_date', 'amount', 'kind', 'channel', `'=HYPERLINK("x")`]);
    const byDate = Object.fromEntries(rows.map((row) => [row[1], row]));
    expect(byDate['2024-01-02'][0]).toBe("'=1+1\nmore");
    expect(byDate['2024-01-02'][4]).toBe("'=cmd|' /C calc'!A0");
    expect(byDate['2024-01-03'][0]).toBe("'+c2");
    expect(byDate['2024-01-03'][4]).toBe("'@SUM(A1)");
    expect(byDate['2024-01-04'][4]).toBe("'-2+3");
    expect(byDate['2024-01-05'][4]).toBe('plain, ok');
    // The refund's amount is a number, not text: it stays -5.
    expect(Number(byDate['2024-01-04'][2])).toBe(-5);
  });
});

describe('buildNeutralisedSql', () => {
  it('wraps text columns only, and renames formula-looking columns', () => {
    const sql = buildNeutralisedSql('SELECT 1', [
      { name: 'id', type: 'VARCHAR' },
      { name: 'amount', type: 'DOUBLE' },
      { name: '=x', type: 'VARCHAR' },
    ]);
    expect(sql).toContain(`CASE WHEN regexp_matches("id"`);
    expect(sql).toContain('"amount" AS "amount"');
    expect(sql).toContain(`AS "'=x"`);
  });
});
