import { describe, expect, it } from 'vitest';
import {
  detectNumberFormat,
  parseNumber,
  toNumberLayout,
  type NumberFormat,
} from '../../../../src/lib/ingest/sniff';

type Fmt = Pick<NumberFormat, 'decimal' | 'thousands'>;

describe('detectNumberFormat', () => {
  const cases: [string, string[], string | undefined, Omit<NumberFormat, 'confidence'>][] = [
    ['1234.50', ['1234.50', '99.00'], undefined, { decimal: '.', thousands: '', currency: false }],
    ['1234,50', ['1234,50', '99,00'], ';', { decimal: ',', thousands: '', currency: false }],
    ['1 234,50', ['1 234,50', '99,00'], ';', { decimal: ',', thousands: ' ', currency: false }],
    [
      '1\u00a0234,50 (no-break space)',
      ['1\u00a0234,50', '12,00'],
      ';',
      { decimal: ',', thousands: '\u00a0', currency: false },
    ],
    ['1.234,50', ['1.234,50', '12,00'], ';', { decimal: ',', thousands: '.', currency: false }],
    ['1,234.50', ['1,234.50', '12.00'], ',', { decimal: '.', thousands: ',', currency: false }],
    ["1'234.50", ["1'234.50", '12.00'], undefined, { decimal: '.', thousands: "'", currency: false }],
    ['kr 1 234,50', ['kr 1 234,50', 'kr 99,00'], ';', { decimal: ',', thousands: ' ', currency: true }],
    ['1 234,50 kr', ['1 234,50 kr', '99,00 kr'], ';', { decimal: ',', thousands: ' ', currency: true }],
    ['NOK 99', ['NOK 99', 'NOK 100'], ',', { decimal: '.', thousands: '', currency: true }],
    ['€ 12,00', ['€ 12,00', '€ 3,50'], ';', { decimal: ',', thousands: '', currency: true }],
    ['-12,5', ['-12,5', '3,25'], ';', { decimal: ',', thousands: '', currency: false }],
    ['(12.50)', ['(12.50)', '3.25'], ',', { decimal: '.', thousands: '', currency: false }],
    [
      '1.234 proved thousands by 12,50',
      ['1.234', '12,50'],
      ',',
      { decimal: ',', thousands: '.', currency: false },
    ],
    [
      '1,234 proved thousands by 2,345,678',
      ['1,234', '2,345,678'],
      ';',
      { decimal: '.', thousands: ',', currency: false },
    ],
    [
      '1,234 proved thousands by 1,234.50',
      ['1,234', '1,234.50'],
      ';',
      { decimal: '.', thousands: ',', currency: false },
    ],
    ["1,234 alone in a ';' file", ['1,234'], ';', { decimal: ',', thousands: '', currency: false }],
    ["1,234 alone in a ',' file (quoted)", ['1,234'], ',', { decimal: '.', thousands: ',', currency: false }],
    ["1.234 alone in a ';' file", ['1.234'], ';', { decimal: ',', thousands: '.', currency: false }],
    ["1.234 alone in a ',' file", ['1.234'], ',', { decimal: '.', thousands: '', currency: false }],
    [
      '0,125 (a leading zero is never a thousands group)',
      ['0,125'],
      ',',
      { decimal: ',', thousands: '', currency: false },
    ],
    [
      '1234,567 (four digits before the comma)',
      ['1234,567'],
      ',',
      { decimal: ',', thousands: '', currency: false },
    ],
    ["integers only in a ';' file", ['1234', '99'], ';', { decimal: ',', thousands: '', currency: false }],
    ["integers only in a ',' file", ['1234', '99'], ',', { decimal: '.', thousands: '', currency: false }],
  ];
  it.each(cases)('detectNumberFormat(%s)', (_name, values, delimiter, expected) => {
    const fmt = detectNumberFormat(values, { delimiter });
    expect(fmt).toMatchObject(expected);
    for (const v of values) expect(parseNumber(v, fmt), v).not.toBeNull();
  });

  it('detectNumberFormat(integers only) is confident, whatever the separators', () => {
    expect(detectNumberFormat(['1234', '99', '']).confidence).toBe(1);
  });

  it('detectNumberFormat(1,234 alone) is less confident than when proved', () => {
    const alone = detectNumberFormat(['1,234'], { delimiter: ';' }).confidence;
    const proved = detectNumberFormat(['1,234', '12,5'], { delimiter: ';' }).confidence;
    expect(alone).toBeLessThan(proved);
    expect(proved).toBe(1);
  });

  it('detectNumberFormat(mixed with text) reports the share that are numbers', () => {
    expect(detectNumberFormat(['12,50', 'n/a', '3,00', 'gratis'], { delimiter: ';' }).confidence).toBe(0.5);
  });

  it('detectNumberFormat(no values) has no confidence', () => {
    expect(detectNumberFormat(['', ' ']).confidence).toBe(0);
  });
});

describe('parseNumber', () => {
  const dot: Fmt = { decimal: '.', thousands: '' };
  const dotComma: Fmt = { decimal: '.', thousands: ',' };
  const comma: Fmt = { decimal: ',', thousands: '' };
  const commaSpace: Fmt = { decimal: ',', thousands: ' ' };
  const commaNbsp: Fmt = { decimal: ',', thousands: '\u00a0' };
  const commaDot: Fmt = { decimal: ',', thousands: '.' };
  const swiss: Fmt = { decimal: '.', thousands: "'" };
  const cases: [string, Fmt, number | null][] = [
    ['1234.50', dot, 1234.5],
    ['1234,50', comma, 1234.5],
    ['1 234,50', commaSpace, 1234.5],
    ['1\u00a0234,50', commaSpace, 1234.5],
    ['1\u202f234\u00a0567,50', commaNbsp, 1234567.5],
    ['1 234,50', commaNbsp, 1234.5],
    ['1.234,50', commaDot, 1234.5],
    ['1.234.567,89', commaDot, 1234567.89],
    ['1,234.50', dotComma, 1234.5],
    ["1'234.50", swiss, 1234.5],
    ['1’234.50', swiss, 1234.5],
    ['kr 1 234,50', commaSpace, 1234.5],
    ['1 234,50 kr', commaSpace, 1234.5],
    ['kr. 1.234,-', commaDot, 1234],
    ['99,-', comma, 99],
    ['NOK 99', dot, 99],
    ['€ 12,00', comma, 12],
    ['€12', comma, 12],
    ['$1,234.50', dotComma, 1234.5],
    ['-12,5', comma, -12.5],
    ['\u221212,5', comma, -12.5],
    ['12,5-', comma, -12.5],
    ['kr -12,50', comma, -12.5],
    ['-kr 12,50', comma, -12.5],
    ['(12.50)', dot, -12.5],
    ['+5', dot, 5],
    ['.5', dot, 0.5],
    ['12.', dot, 12],
    ['1234', comma, 1234],
    ['1234', dotComma, 1234],
    ['  42  ', dot, 42],
    // Not numbers in that format, or not numbers at all.
    ['12,5', dot, null],
    ['1,234.5', comma, null],
    ['1 23,5', commaSpace, null],
    ['12 345 6', commaSpace, null],
    ['1.234,50', dotComma, null],
    ['1,2,3', comma, null],
    ['99.-', comma, null],
    ['--12', dot, null],
    ['(-12)', dot, null],
    ['kr 12 NOK', dot, null],
    ['C536379', dot, null],
    ['12abc', dot, null],
    ['abc', dot, null],
    ['', dot, null],
    ['-', dot, null],
  ];
  it.each(cases)('parseNumber(%j, %j)', (text, fmt, expected) => {
    expect(parseNumber(text, fmt)).toBe(expected);
  });
});

describe('toNumberLayout', () => {
  it('toNumberLayout(no-break space) becomes the space layout the loader accepts all spaces for', () => {
    expect(toNumberLayout({ decimal: ',', thousands: '\u00a0' })).toEqual({ decimal: ',', thousands: ' ' });
    expect(toNumberLayout({ decimal: '.', thousands: ',' })).toEqual({ decimal: '.', thousands: ',' });
  });
});
