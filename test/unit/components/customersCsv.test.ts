import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/components/customers/csv';

describe('toCsv neutralises formula cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+47 123', "'+47 123"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tinvisible', "'\tinvisible"],
    ['\rcarriage', "'\rcarriage"],
    ['=HYPERLINK("http://x")\nsecond line', '\'=HYPERLINK("http://x")\nsecond line'],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    [' =lead space', ' =lead space'],
  ])('toCsv([[%j]]) reads back as %j', (cell, expected) => {
    const text = toCsv(['id'], [[cell]]);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed[1][0]).toBe(expected);
  });

  it('toCsv keeps numbers as numbers, negatives included, and quotes delimiters', () => {
    const text = toCsv(['id', 'revenue', 'alive'], [['a,b', -12.5, true]]);
    expect(text).toBe('id,revenue,alive\r\n"a,b",-12.5,true');
  });

  it('toCsv neutralises a header that starts with a formula character', () => {
    expect(toCsv(['=evil'], []).startsWith('"\'=evil"')).toBe(true);
  });

  it('no neutralised cell can start with a formula character after parsing', () => {
    const cells = ['=', '+', '-', '@', '\t', '\r'].flatMap((c) => [
      c,
      `${c}x`,
      `${c}1,2`,
      `${c}"q"`,
      `${c}\nz`,
    ]);
    const parsed = Papa.parse<string[]>(
      toCsv(
        ['v'],
        cells.map((c) => [c]),
      ),
      { skipEmptyLines: false },
    ).data.slice(1);
    expect(parsed.map((r) => r[0])).toEqual(cells.map((c) => `'${c}`));
  });
});
