import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/components/customers/csv';
import { csvBlobInSlices, toCsvInSlices, toCsvInSlicesOf } from '../../../src/lib/export/csvSlices';

/** A seeded mix of the cells a customer list holds, formulas and quoting cases included. */
function rows(n: number, seed = 7) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const texts = [
    '=1+2',
    '+47 99',
    '-minus',
    '@SUM(A1)',
    'a, b',
    'quote "x"',
    'line\nbreak',
    ' space ',
    'Oslo',
    '',
  ];
  return Array.from({ length: n }, (_, i) => [
    `C${String(i).padStart(5, '0')}`,
    texts[Math.floor(next() * texts.length)],
    next() < 0.1 ? null : Math.round(next() * 1e6) / 100,
    next() < 0.5,
    -next(),
  ]);
}

describe('toCsvInSlices', () => {
  it.each([0, 1, 7, 1500, 1501, 4000])('%i rows: the same text as toCsv, in any slice size', async (n) => {
    const fields = ['customer_id', '=city', 'revenue', 'member', 'delta'];
    const data = rows(n);
    const whole = toCsv(fields, data);
    expect(await toCsvInSlices(fields, data)).toBe(whole);
    expect(await toCsvInSlices(fields, data, undefined, 3)).toBe(whole);
    expect(await toCsvInSlicesOf(fields, n, (i) => data[i])).toBe(whole);
    expect(await toCsvInSlicesOf(fields, n, (i) => data[i], undefined, 7)).toBe(whole);
    const file = await csvBlobInSlices(fields, n, (i) => data[i], undefined, 7);
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect(await file.text()).toBe(whole + '\r\n');
  });

  it('reports progress up to 1 and gives the page back between slices', async () => {
    const seen: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await toCsvInSlices(['a', 'b', 'c', 'd', 'e'], rows(5000), (f) => seen.push(f), 500);
    clearInterval(timer);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBe(10);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(ticks).toBeGreaterThan(0);
  });
});
