import { describe, expect, it } from 'vitest';
import { dedupeHeaders, detectDialect, parsePreview, type Dialect } from '../../../../src/lib/ingest/sniff';
import { CDNOW, DANISH, NORWEGIAN, ONLINE_RETAIL, TELCO } from './fixtures';

type Expect = Partial<Dialect>;

describe('detectDialect', () => {
  const cases: [string, string, Expect][] = [
    [
      "';' with decimal commas",
      'id;amount;fee\n1;1,5;0,25\n2;12,75;1,00\n3;3,5;0,5\n',
      { delimiter: ';', header: true },
    ],
    [
      "';' where every cell has a decimal comma (no header)",
      '1,5;2,5;3,5\n4,5;5,5;6,5\n7,5;8,5;9,5\n',
      { delimiter: ';', header: false },
    ],
    [
      "';' Norwegian export, CRLF",
      NORWEGIAN,
      { delimiter: ';', header: true, lineEnding: 'CRLF', quote: '"' },
    ],
    ["';' Danish export with kr 1.234,50", DANISH, { delimiter: ';', header: true }],
    ["',' Online Retail with quoted commas", ONLINE_RETAIL, { delimiter: ',', header: true, quote: '"' }],
    ["',' telco tenure table", TELCO, { delimiter: ',', header: true }],
    ["',' with quoted decimal-comma amounts", 'id,amount\n1,"1,5"\n2,"2,5"\n3,"7,25"\n', { delimiter: ',' }],
    [
      'tab (Excel "Unicode text")',
      'Kundenr\tBeløp\r\n1\t12,50\r\n2\t1 234,00\r\n',
      { delimiter: '\t', lineEnding: 'CRLF' },
    ],
    ["'|'", 'id|name|amount\n1|Ola Nordmann|10\n2|Kari|20\n', { delimiter: '|', header: true }],
    ['CR line endings (old Mac Excel)', 'id;amount\r1;2,5\r2;3,5\r', { delimiter: ';', lineEnding: 'CR' }],
    ['whitespace-aligned CDNOW without header', CDNOW, { delimiter: 'whitespace', quote: '', header: false }],
    [
      'whitespace-aligned with a header',
      'id  date      qty amount\n01  19970101  1   11.77\n02  19970112  5   77.00\n',
      { delimiter: 'whitespace', header: true },
    ],
    [
      "Excel's sep=; line",
      'sep=;\r\nid;amount\r\n1;1,5\r\n2;2,5\r\n',
      { delimiter: ';', skipLines: 1, header: true, lineEnding: 'CRLF' },
    ],
    [
      "Excel's sep=, overriding a ;-looking body",
      'sep=,\nname,note\nOla,a;b\nKari,c;d\n',
      { delimiter: ',', skipLines: 1 },
    ],
    ['a "sep=" line naming a tab', 'sep=\t\nid\tamount\n1\t2\n', { delimiter: '\t', skipLines: 1 }],
    [
      'a report title and blank line before the table',
      'Sales report 2024\n\nid,date,amount\n1,2024-01-01,10.5\n2,2024-01-02,11.5\n',
      { delimiter: ',', skipLines: 2, header: true },
    ],
    [
      'a header over rows with a trailing delimiter',
      'a,b,c\n1,2,3,\n4,5,6,\n',
      { delimiter: ',', skipLines: 0, header: true },
    ],
    [
      'quoted fields with delimiters and line breaks',
      'name;note\n"Ola";"a;b\nc"\n"Kari";"x;y"\n"Per";"z"\n',
      { delimiter: ';', quote: '"', header: true },
    ],
    ['single-quoted fields', "'a';'b'\n'1;2';'3'\n'4;5';'6'\n", { delimiter: ';', quote: "'" }],
    ['a single column', 'email\na@b.no\nc@d.no\n', { delimiter: ',', header: true }],
    [
      'names only (every cell text, distinct)',
      'name,city\nOla,Oslo\nKari,Bergen\n',
      { delimiter: ',', header: true },
    ],
    [
      'a first row of data that repeats below',
      'Oslo;Ja\nBergen;Nei\nOslo;Ja\n',
      { delimiter: ';', header: false },
    ],
    [
      'numbers in the first row (no header)',
      '1001;31.12.2024;1234,50\n1002;01.01.2025;99,00\n',
      { delimiter: ';', header: false },
    ],
    ['lifelines-style T and E columns', 'T,E\n5,1\n6,0\n12,1\n', { delimiter: ',', header: true }],
  ];
  it.each(cases)('detectDialect(%s)', (_name, text, expected) => {
    expect(detectDialect(text)).toMatchObject(expected);
  });

  it("detectDialect(';' with decimal commas) ignores a trailing partial line", () => {
    const whole = 'id;amount;fee\n1;1,5;0,25\n2;12,75;1,00\n3;3,5;0,5\n';
    const cut = whole + '4;9,';
    expect(detectDialect(cut)).toEqual(detectDialect(whole));
    expect(detectDialect(cut).delimiter).toBe(';');
  });

  it('detectDialect(a sample cut inside a quoted field) still finds the layout', () => {
    const text = 'id,note,amount\n1,"ok",10.5\n2,"fine",11.5\n3,"a long note, cut';
    expect(detectDialect(text)).toMatchObject({ delimiter: ',', quote: '"', header: true });
  });

  it('detectDialect(empty text) falls back to comma with a header', () => {
    expect(detectDialect('')).toEqual({
      delimiter: ',',
      quote: '"',
      header: false,
      lineEnding: 'LF',
      skipLines: 0,
    });
  });
});

describe('parsePreview', () => {
  const dialect = (d: Partial<Dialect>): Dialect => ({
    delimiter: ',',
    quote: '"',
    header: true,
    lineEnding: 'LF',
    skipLines: 0,
    ...d,
  });

  it('parsePreview(header with repeats and blanks) deduplicates and trims, keeping the originals', () => {
    const p = parsePreview(' amount ,Amount,,id\n1,2,3,4\n', dialect({}));
    expect(p.headers).toEqual(['amount', 'Amount_2', 'column3', 'id']);
    expect(p.originalHeaders).toEqual([' amount ', 'Amount', '', 'id']);
    expect(p.rows).toEqual([['1', '2', '3', '4']]);
  });

  it('parsePreview(no header) names the columns column1, column2, …', () => {
    const p = parsePreview(CDNOW, detectDialect(CDNOW));
    expect(p.headers).toEqual(['column1', 'column2', 'column3', 'column4']);
    expect(p.originalHeaders).toEqual(['', '', '', '']);
    expect(p.rows[0]).toEqual(['00001', '19970101', '1', '11.77']);
    expect(p.rows).toHaveLength(6);
  });

  it('parsePreview(quoted delimiters and line breaks) keeps them inside the cell', () => {
    const text = 'name;note\r\n"Ola";"a;b\r\nc"\r\n"Kari";"say ""hi"""\r\n';
    const p = parsePreview(text, detectDialect(text));
    expect(p.rows).toEqual([
      ['Ola', 'a;b\r\nc'],
      ['Kari', 'say "hi"'],
    ]);
  });

  it('parsePreview(sep=; and CR line endings) skips the directive', () => {
    const text = 'sep=;\rid;amount\r1;1,5\r2;2,5\r';
    const p = parsePreview(text, detectDialect(text));
    expect(p.headers).toEqual(['id', 'amount']);
    expect(p.rows).toEqual([
      ['1', '1,5'],
      ['2', '2,5'],
    ]);
  });

  it('parsePreview(maxRows) stops after that many data rows and skips empty lines', () => {
    const text = 'id\n1\n\n2\n3\n4\n';
    expect(parsePreview(text, dialect({}), 2).rows).toEqual([['1'], ['2']]);
  });

  it('parsePreview(ragged rows) pads or cuts to the header width and counts them', () => {
    const p = parsePreview('a,b,c\n1,2\n1,2,3\n1,2,3,4\n', dialect({}));
    expect(p.rows).toEqual([
      ['1', '2', ''],
      ['1', '2', '3'],
      ['1', '2', '3'],
    ]);
    expect(p.raggedRows).toBe(2);
  });

  it("parsePreview(quote '') splits on the delimiter only", () => {
    const p = parsePreview('a;b\n"x;y\n', dialect({ delimiter: ';', quote: '' }));
    expect(p.rows).toEqual([['"x', 'y']]);
  });

  it('parsePreview(whitespace) splits on runs of spaces and tabs', () => {
    const p = parsePreview('id \t date\n 1   2024 \n', dialect({ delimiter: 'whitespace', quote: '' }));
    expect(p.headers).toEqual(['id', 'date']);
    expect(p.rows).toEqual([['1', '2024']]);
  });

  it('parsePreview(BOM before the header) drops it from the first name', () => {
    expect(parsePreview('\uFEFFid,amount\n1,2\n', dialect({})).headers).toEqual(['id', 'amount']);
  });
});

describe('dedupeHeaders', () => {
  const cases: [string[], string[]][] = [
    [
      ['amount', 'amount'],
      ['amount', 'amount_2'],
    ],
    [
      ['amount', 'amount', 'amount_2'],
      ['amount', 'amount_2', 'amount_2_2'],
    ],
    [
      ['', ' ', 'x'],
      ['column1', 'column2', 'x'],
    ],
    [
      ['', 'column1'],
      ['column1', 'column1_2'],
    ],
    [
      ['ID', 'id', 'Id'],
      ['ID', 'id_2', 'Id_3'],
    ],
  ];
  it.each(cases)('dedupeHeaders(%j)', (names, expected) => {
    expect(dedupeHeaders(names)).toEqual(expected);
  });
});
