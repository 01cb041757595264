import { describe, expect, it } from 'vitest';
import type { ProfileOrderRow } from '../../../src/lib/analysis/customerProfile';
import { profileFileName, profileOrdersCsv } from '../../../src/lib/components/profile/ordersCsv';

const labels = {
  columns: ['Date', 'Order', 'Amount', 'Kind'] as [string, string, string, string],
  kind: { purchase: 'Purchase', refund: 'Refund', cancelled: 'Cancelled' },
};

describe('profileOrdersCsv', () => {
  it('writes ISO dates and raw amounts, and neutralises an order id that starts a formula', () => {
    const rows: ProfileOrderRow[] = [
      { order_date: '2024-01-05', order_id: 'a1', amount: 1234.5, kind: 'purchase' },
      { order_date: '2024-02-10', order_id: '=HYPERLINK("http://x","y")', amount: -40, kind: 'refund' },
      { order_date: '2024-03-01', order_id: '@SUM(A1)', amount: null, kind: 'cancelled' },
    ];
    const lines = profileOrdersCsv(rows, labels)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      'Date,Order,Amount,Kind',
      '2024-01-05,a1,1234.5,Purchase',
      `2024-02-10,"'=HYPERLINK(""http://x"",""y"")",-40,Refund`,
      `2024-03-01,"'@SUM(A1)",,Cancelled`,
    ]);
  });
});

describe('profileFileName', () => {
  it.each([
    ['002873', 'lojal-customer-002873-orders.csv'],
    ['../../etc/passwd', 'lojal-customer-etc-passwd-orders.csv'],
    ['Ærøskøbing 7', 'lojal-customer-Ærøskøbing-7-orders.csv'],
    ['"; --', 'lojal-customer-customer-orders.csv'],
  ])('profileFileName(%j) = %s', (id, name) => {
    expect(profileFileName(id)).toBe(name);
  });
});
