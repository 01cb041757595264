import { describe, expect, it } from 'vitest';
import { sniffBytes } from '../../../../src/lib/ingest/sniff/sniff';
import { varyingWithinCustomers } from '../../../../src/lib/ingest/sniff/varying';

describe('varyingWithinCustomers (METRICS.md §1: line-level columns are no default segments)', () => {
  // Columns: customer, region, sku. A, B, C have two or more rows; D one.
  const rows = [
    ['A', 'north', 'x1'],
    ['A', 'north', 'x2'],
    ['B', 'south', 'x3'],
    ['B', 'south', 'x3'],
    ['B', '', 'x4'],
    ['C', 'north', 'x5'],
    ['C', 'north', 'x6'],
    ['D', 'west', 'x7'],
  ];

  it('flags a column that varies within more than half of the repeat customers (sku: A, B, C)', () => {
    expect([...varyingWithinCustomers(rows, 0, [1, 2])]).toEqual([2]);
  });

  it('ignores blank cells (B has region south and a blank: no variation)', () => {
    expect(varyingWithinCustomers(rows, 0, [1]).size).toBe(0);
  });

  it('needs at least two repeat customers to judge', () => {
    expect(varyingWithinCustomers(rows.slice(0, 2), 0, [2]).size).toBe(0);
  });

  it('half is not most: varying for exactly half of the repeat customers keeps the column', () => {
    const half = [
      ['A', 'x1'],
      ['A', 'x2'],
      ['B', 'x3'],
      ['B', 'x3'],
    ];
    expect(varyingWithinCustomers(half, 0, [1]).size).toBe(0);
  });
});

describe('sniffBytes leaves product codes and descriptions unticked as segments', () => {
  it('keeps the country, drops sku and description that change from line to line', () => {
    const lines = ['order_id,customer_id,order_date,amount,sku,description,country'];
    for (let c = 0; c < 12; c++)
      for (let l = 0; l < 4; l++)
        lines.push(
          `${100 + c},K${c},2024-01-0${1 + (c % 9)},10,S${(c * 4 + l) % 7},item ${(c * 4 + l) % 7},${c % 2 ? 'NO' : 'DK'}`,
        );
    const result = sniffBytes(new TextEncoder().encode(lines.join('\n') + '\n'), 'orders.csv');
    expect(result.mapping.attributes.map((i) => result.headers[i])).toEqual(['country']);
  });
});
