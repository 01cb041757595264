import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyValue,
  DATE_FORMATS,
  dateRegex,
  detectDateFormat,
  parseDate,
  parseFlag,
  type DateDetection,
  type DateFormat,
  type ValueKind,
} from '../../../../src/lib/ingest/sniff';

describe('detectDateFormat', () => {
  const cases: [string, string[], Omit<DateDetection, 'confidence'>][] = [
    [
      'ISO dates',
      ['2024-01-31', '2024-02-01'],
      { format: 'YYYY-MM-DD', ambiguous: false, candidates: ['YYYY-MM-DD'] },
    ],
    [
      'ISO timestamps with T, Z, offsets and fractions',
      [
        '2024-03-01T00:30:00+02:00',
        '2024-03-02T10:00:00Z',
        '2024-03-03 10:00:00.123',
        '2024-03-04T08:15:00+0100',
      ],
      { format: 'YYYY-MM-DD', ambiguous: false, candidates: ['YYYY-MM-DD'] },
    ],
    [
      'YYYY/MM/DD',
      ['2024/03/01', '2024/3/2'],
      { format: 'YYYY/MM/DD', ambiguous: false, candidates: ['YYYY/MM/DD'] },
    ],
    [
      'YYYYMMDD (CDNOW)',
      ['19970101', '19970112'],
      { format: 'YYYYMMDD', ambiguous: false, candidates: ['YYYYMMDD'] },
    ],
    [
      'Norwegian 31.12.2024',
      ['31.12.2024', '01.01.2025'],
      { format: 'DD.MM.YYYY', ambiguous: false, candidates: ['DD.MM.YYYY'] },
    ],
    [
      'dotted with a time',
      ['31.12.2024 08:30', '1.1.2025 23:59:59'],
      { format: 'DD.MM.YYYY', ambiguous: false, candidates: ['DD.MM.YYYY'] },
    ],
    [
      'dotted, no part above 12',
      ['1.2.2024', '3.4.2024'],
      { format: 'DD.MM.YYYY', ambiguous: true, candidates: ['DD.MM.YYYY', 'MM.DD.YYYY'] },
    ],
    [
      '13/01/2024 (day first)',
      ['13/01/2024', '01/02/2024'],
      { format: 'DD/MM/YYYY', ambiguous: false, candidates: ['DD/MM/YYYY'] },
    ],
    [
      'Online Retail 12/1/2010 8:26 with a 12/13/2010',
      ['12/1/2010 8:26', '12/13/2010 9:41'],
      { format: 'MM/DD/YYYY', ambiguous: false, candidates: ['MM/DD/YYYY'] },
    ],
    [
      'Online Retail 12/1/2010 8:26 only',
      ['12/1/2010 8:26', '12/1/2010 8:28'],
      { format: 'DD/MM/YYYY', ambiguous: true, candidates: ['DD/MM/YYYY', 'MM/DD/YYYY'] },
    ],
    [
      'AM/PM times (a US export)',
      ['1/2/2024 3:05 PM', '3/4/2024 10:00 AM'],
      { format: 'MM/DD/YYYY', ambiguous: true, candidates: ['MM/DD/YYYY', 'DD/MM/YYYY'] },
    ],
    [
      '31-12-2024',
      ['31-12-2024', '01-01-2025'],
      { format: 'DD-MM-YYYY', ambiguous: false, candidates: ['DD-MM-YYYY'] },
    ],
    [
      '12-31-2024',
      ['12-31-2024', '01-01-2025'],
      { format: 'MM-DD-YYYY', ambiguous: false, candidates: ['MM-DD-YYYY'] },
    ],
    ['text', ['hello', 'world'], { format: null, ambiguous: false, candidates: [] }],
    ['impossible dates', ['2023-02-29', '2024-13-01'], { format: null, ambiguous: false, candidates: [] }],
    [
      'dates followed by text',
      ['31.12.2024 levert', '01.01.2025 sendt'],
      { format: null, ambiguous: false, candidates: [] },
    ],
    [
      'mostly empty',
      ['', '2024-01-01', ' '],
      { format: 'YYYY-MM-DD', ambiguous: false, candidates: ['YYYY-MM-DD'] },
    ],
  ];
  it.each(cases)('detectDateFormat(%s)', (_name, values, expected) => {
    expect(detectDateFormat(values)).toMatchObject(expected);
  });

  it('detectDateFormat(a few bad values) reports the share that fit', () => {
    expect(detectDateFormat(['2024-01-01', '2024-01-02', '2024-01-03', 'unknown']).confidence).toBe(0.75);
  });

  it('detectDateFormat(day-first proved by one value) wins over month-first', () => {
    expect(detectDateFormat(['01/02/2024', '05/06/2024', '25/12/2024']).format).toBe('DD/MM/YYYY');
  });
});

describe('parseDate', () => {
  const cases: [string, DateFormat, string | null][] = [
    ['2024-03-01T00:30:00+02:00', 'YYYY-MM-DD', '2024-03-01'],
    ['2024-03-01T23:30:00-05:00', 'YYYY-MM-DD', '2024-03-01'],
    ['2024-03-01 00:00:00 UTC', 'YYYY-MM-DD', '2024-03-01'],
    ['2024-3-1', 'YYYY-MM-DD', '2024-03-01'],
    [' 2024-01-05 ', 'YYYY-MM-DD', '2024-01-05'],
    ['2024-02-29', 'YYYY-MM-DD', '2024-02-29'],
    ['2000-02-29', 'YYYY-MM-DD', '2000-02-29'],
    ['2023-02-29', 'YYYY-MM-DD', null],
    ['1900-02-29', 'YYYY-MM-DD', null],
    ['2024-13-01', 'YYYY-MM-DD', null],
    ['2024-00-10', 'YYYY-MM-DD', null],
    ['2024-01-32', 'YYYY-MM-DD', null],
    ['2024-01-01x', 'YYYY-MM-DD', null],
    ['31.12.2024', 'DD.MM.YYYY', '2024-12-31'],
    ['1.2.2024', 'DD.MM.YYYY', '2024-02-01'],
    ['31.04.2024', 'DD.MM.YYYY', null],
    ['31.12.20245', 'DD.MM.YYYY', null],
    ['1.2.2024', 'MM.DD.YYYY', '2024-01-02'],
    ['12/1/2010 8:26', 'MM/DD/YYYY', '2010-12-01'],
    ['12/1/2010 8:26', 'DD/MM/YYYY', '2010-01-12'],
    ['12/13/2010', 'DD/MM/YYYY', null],
    ['31-12-2024', 'DD-MM-YYYY', '2024-12-31'],
    ['12-31-2024', 'MM-DD-YYYY', '2024-12-31'],
    ['2024/3/1', 'YYYY/MM/DD', '2024-03-01'],
    ['19970101', 'YYYYMMDD', '1997-01-01'],
    ['199701011', 'YYYYMMDD', null],
    ['2024-03-01', 'DD.MM.YYYY', null],
    ['', 'YYYY-MM-DD', null],
  ];
  it.each(cases)('parseDate(%j, %s)', (text, format, expected) => {
    expect(parseDate(text, format)).toBe(expected);
  });

  it('parseDate(any timestamp) never depends on the machine time zone', () => {
    expect(process.env.TZ).toBe('Europe/Oslo');
    expect(parseDate('2024-03-31T01:30:00+02:00', 'YYYY-MM-DD')).toBe('2024-03-31');
  });
});

describe('dateRegex', () => {
  it.each(DATE_FORMATS)(
    'dateRegex(%s) has three capture groups, y, m and d once each, no \\d or lookarounds',
    (f) => {
      const { regex, groups } = dateRegex(f);
      expect(new RegExp(`${regex}|`).exec('')!.length - 1).toBe(3);
      expect([...groups].sort()).toEqual(['d', 'm', 'y']);
      expect(regex.startsWith('^')).toBe(true);
      expect(regex).not.toMatch(/\\d|\(\?[=!<]/);
    },
  );

  /** A date written in `format`, possibly with one-digit parts and a time, from year, month, day. */
  const write = (f: DateFormat, y: number, m: number, d: number, short: boolean, time: string) => {
    const p2 = (n: number) => (short ? String(n) : String(n).padStart(2, '0'));
    const yyyy = String(y).padStart(4, '0');
    const parts: Record<string, string> = { YYYY: yyyy, MM: p2(m), DD: p2(d) };
    const text =
      f === 'YYYYMMDD'
        ? `${yyyy}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`
        : f.replace(/YYYY|MM|DD/g, (k) => parts[k]);
    return text + time;
  };

  it('dateRegex and parseDate agree on every written date, valid or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DATE_FORMATS),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.boolean(),
        fc.constantFrom('', ' 08:30', 'T00:30:00+02:00', ' 3:05 PM', 'x', '0'),
        (f, y, m, d, short, time) => {
          const text = write(f, y, m, d, short, time);
          const { regex, groups } = dateRegex(f);
          const match = new RegExp(regex).exec(text);
          const parsed = parseDate(text, f);
          if (!match) return parsed === null;
          const at = (k: 'y' | 'm' | 'd') => Number(match[groups.indexOf(k) + 1]);
          const real = new Date(Date.UTC(2000, at('m') - 1, at('d')));
          real.setUTCFullYear(at('y'));
          const exists = at('y') >= 1 && real.getUTCMonth() === at('m') - 1 && real.getUTCDate() === at('d');
          const iso = exists ? real.toISOString().slice(0, 10) : null;
          return parsed === iso;
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('dateRegex and parseDate agree on arbitrary text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATE_FORMATS), fc.string({ maxLength: 24 }), (f, text) => {
        const matched = new RegExp(dateRegex(f).regex).test(text.trim());
        return matched || parseDate(text, f) === null;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('classifyValue', () => {
  const cases: [string, ValueKind][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['42', 'integer'],
    ['-7', 'integer'],
    ['00017', 'integer'],
    ['1', 'boolean'],
    ['0', 'boolean'],
    ['Ja', 'boolean'],
    ['nei', 'boolean'],
    ['NEJ', 'boolean'],
    ['j', 'boolean'],
    ['N', 'boolean'],
    ['y', 'boolean'],
    ['TRUE', 'boolean'],
    ['false', 'boolean'],
    ['Yes', 'boolean'],
    ['no', 'boolean'],
    ['12.5', 'number'],
    ['1 234,50', 'number'],
    ['kr 99', 'number'],
    ['(12.50)', 'number'],
    ['2024-01-31', 'date'],
    ['31.12.2024', 'date'],
    ['12/1/2010 8:26', 'date'],
    ['19970101', 'date'],
    ['20241399', 'integer'],
    ['Oslo', 'text'],
    ['C536379', 'text'],
    ['7590-VHVEG', 'text'],
  ];
  it.each(cases)('classifyValue(%j) is %s', (text, kind) => {
    expect(classifyValue(text)).toBe(kind);
  });

  const flags: [string, boolean | null][] = [
    ['1', true],
    ['Ja', true],
    ['J', true],
    ['yes', true],
    ['0', false],
    ['Nei', false],
    ['nej', false],
    ['No', false],
    ['maybe', null],
    ['2', null],
  ];
  it.each(flags)('parseFlag(%j) is %s', (text, value) => {
    expect(parseFlag(text)).toBe(value);
  });
});
