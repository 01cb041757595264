import { describe, expect, it } from 'vitest';
import type { FieldRole, FileRole } from '../../../../src/lib/ingest/spec';
import {
  detectDialect,
  guessCancellation,
  guessColumns,
  guessFileRole,
  guessMapping,
  headerSignature,
  normalizeName,
  parsePreview,
} from '../../../../src/lib/ingest/sniff';
import { CDNOW, CUSTOMERS, DANISH, NORWEGIAN, ONLINE_RETAIL, SUBSCRIPTIONS, TELCO } from './fixtures';

/** Header and preview rows of a CSV text, split as the sniffer would. */
function table(text: string) {
  const dialect = detectDialect(text);
  const p = parsePreview(text, dialect);
  return { headers: p.headers, rows: p.rows, hints: { delimiter: dialect.delimiter } };
}

describe('normalizeName', () => {
  const cases: [string, string][] = [
    ['Kunde-ID', 'kundeid'],
    ['kunde_id', 'kundeid'],
    ['Kunde ID', 'kundeid'],
    ['Customer.ID', 'customerid'],
    ['Kjøpsdato', 'kjopsdato'],
    ['Købsdato', 'kobsdato'],
    ['Omsætning', 'omsaetning'],
    ['á-pris', 'apris'],
    ['Beløb', 'belob'],
    ['  Order Date ', 'orderdate'],
  ];
  it.each(cases)('normalizeName(%j) is %j', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

/** Sample values that fit each field, so a name test is not decided by contradicting values. */
const VALUES: Record<FieldRole, string[]> = {
  customerId: ['K-101', 'K-102', 'K-101', 'K-103'],
  orderDate: ['2024-01-05', '2024-01-06', '2024-02-01', '2024-02-03'],
  amount: ['12.50', '99.00', '1200.00', '5.25'],
  orderId: ['A-9001', 'A-9002', 'A-9003', 'A-9004'],
  quantity: ['1', '3', '2', '12'],
  unitPrice: ['12.50', '9.99', '100.00', '5.25'],
  status: ['paid', 'cancelled', 'paid', 'refunded'],
  orderTotal: ['12.50', '', '99.00', ''],
  refundedAmount: ['0.00', '', '5.00', ''],
  cancelledAt: ['', '', '2024-02-03', ''],
  signupDate: ['2023-01-05', '2023-02-06', '2023-03-01', '2023-04-03'],
  startDate: ['2023-01-05', '2023-02-06', '2023-03-01', '2023-04-03'],
  endDate: ['2023-06-05', '', '2024-03-01', ''],
  recurringAmount: ['99.00', '199.00', '99.00', '49.50'],
  plan: ['basic', 'pro', 'basic', 'pro'],
  duration: ['1', '34', '2', '45'],
  event: ['Yes', 'No', 'No', 'Yes'],
};

/** Which file a field is looked for in, and a companion column some fields need. */
const CONTEXT: Record<FieldRole, { file: FileRole; with?: FieldRole }> = {
  customerId: { file: 'orders' },
  orderDate: { file: 'orders' },
  amount: { file: 'orders' },
  orderId: { file: 'orders' },
  quantity: { file: 'orders' },
  unitPrice: { file: 'orders', with: 'quantity' },
  status: { file: 'orders' },
  orderTotal: { file: 'orders' },
  refundedAmount: { file: 'orders' },
  cancelledAt: { file: 'orders' },
  signupDate: { file: 'customers' },
  startDate: { file: 'subscriptions' },
  endDate: { file: 'subscriptions' },
  recurringAmount: { file: 'subscriptions' },
  plan: { file: 'subscriptions' },
  duration: { file: 'tenure' },
  event: { file: 'tenure' },
};

const NAMES: [FieldRole, string[]][] = [
  [
    'customerId',
    [
      'customer_id',
      'CustomerID',
      'customer',
      'client id',
      'Kundenummer',
      'Kundenr',
      'Kunde-ID',
      'Kunde ID',
      'Kundnummer',
      'KundID',
      'kunde_id',
      'member id',
      'user id',
      'email',
    ],
  ],
  [
    'orderDate',
    [
      'order_date',
      'InvoiceDate',
      'date',
      'Dato',
      'Ordredato',
      'Ordre dato',
      'Orderdatum',
      'Datum',
      'purchase date',
      'created at',
      'transaction date',
      'Kjøpsdato',
      'Købsdato',
    ],
  ],
  [
    'amount',
    [
      'amount',
      'total',
      'revenue',
      'sales',
      'value',
      'net',
      'Beløp',
      'Beløb',
      'Belopp',
      'Sum',
      'Totalt',
      'Omsetning',
      'Omsætning',
      'Pris',
      'dollar value',
    ],
  ],
  [
    'orderId',
    [
      'order_id',
      'InvoiceNo',
      'invoice',
      'Ordrenummer',
      'Ordrenr',
      'Ordernummer',
      'Bestillingsnummer',
      'receipt',
      'transaction id',
    ],
  ],
  ['quantity', ['qty', 'quantity', 'antall', 'antal', 'stk', 'cds']],
  ['unitPrice', ['UnitPrice', 'unit price', 'stykkpris', 'enhetspris', 'enhedspris', 'á-pris', 'Pris']],
  ['status', ['status', 'order status', 'state']],
  [
    'signupDate',
    ['signup_date', 'registered', 'created', 'member since', 'registreringsdato', 'medlem siden'],
  ],
  ['startDate', ['start_date', 'startdato', 'Start date']],
  ['endDate', ['end_date', 'sluttdato', 'slutdato', 'cancelled_at', 'canceled at', 'churn date']],
  ['recurringAmount', ['MonthlyCharges', 'mrr', 'monthly price']],
  ['plan', ['plan', 'abonnement', 'tier']],
  ['duration', ['tenure', 'duration', 'months', 'weeks', 'time', 'T']],
  ['event', ['Churn', 'churned', 'event', 'E', 'Exited', 'status']],
];

describe('guessMapping by column name', () => {
  const cases = NAMES.flatMap(([field, names]) => names.map((name) => [name, field] as [string, FieldRole]));
  it.each(cases)('guessMapping(%j) maps it to %s', (name, field) => {
    const { file, with: companion } = CONTEXT[field];
    // The column under test sits between two neutral attribute columns.
    const headers = ['Region', name, ...(companion ? ['qty'] : []), 'Note'];
    const rows = VALUES[field].map((v, i) => [
      ['Nord', 'Sør'][i % 2],
      v,
      ...(companion ? [VALUES[companion][i]] : []),
      `note ${i}`,
    ]);
    const mapping = guessMapping(guessColumns(headers, rows), file);
    expect(mapping.fields[field]).toBe(1);
  });

  const attributes = [
    'Butik',
    'Butikk',
    'Kanal',
    'Channel',
    'Store',
    'Region',
    'Land',
    'Country',
    'City',
    'By',
  ];
  it.each(attributes)('guessMapping(%j) keeps it as an attribute, not a field', (name) => {
    const headers = ['customer_id', 'order_date', 'amount', name];
    const rows = VALUES.customerId.map((id, i) => [
      id,
      VALUES.orderDate[i],
      VALUES.amount[i],
      ['Oslo', 'Bergen'][i % 2],
    ]);
    const mapping = guessMapping(guessColumns(headers, rows), 'orders');
    expect(Object.values(mapping.fields)).not.toContain(3);
    expect(mapping.attributes).toContain(3);
  });
});

describe('guessMapping by values', () => {
  it('guessMapping(Pris without a quantity) is the amount', () => {
    const rows = [
      ['1', '12,50'],
      ['2', '99,00'],
      ['1', '5,00'],
    ];
    const m = guessMapping(guessColumns(['Kundenr', 'Pris'], rows, { delimiter: ';' }), 'orders');
    expect(m.fields).toMatchObject({ customerId: 0, amount: 1 });
    expect(m.fields.unitPrice).toBeUndefined();
  });

  it('guessMapping(Pris next to Antall) is the unit price', () => {
    const rows = [
      ['1', '2', '12,50'],
      ['2', '1', '99,00'],
      ['1', '3', '5,00'],
    ];
    const m = guessMapping(guessColumns(['Kundenr', 'Antall', 'Pris'], rows, { delimiter: ';' }), 'orders');
    expect(m.fields).toMatchObject({ customerId: 0, quantity: 1, unitPrice: 2 });
    expect(m.fields.amount).toBeUndefined();
  });

  it('guessMapping(Total and Pris with a quantity) takes Total as the amount and Pris as the unit price', () => {
    const rows = [
      ['1', '2', '12,50', '25,00'],
      ['2', '1', '99,00', '99,00'],
    ];
    const m = guessMapping(
      guessColumns(['Kundenr', 'Antall', 'Pris', 'Total'], rows, { delimiter: ';' }),
      'orders',
    );
    expect(m.fields).toMatchObject({ quantity: 1, unitPrice: 2, amount: 3 });
  });

  it('guessMapping(headerless CDNOW) reads id, date, count and amount from the values alone', () => {
    const { headers, rows, hints } = table(CDNOW);
    const m = guessMapping(guessColumns(headers, rows, hints), 'orders');
    expect(m.fields).toEqual({ customerId: 0, orderDate: 1, quantity: 2, amount: 3 });
  });

  it('guessMapping(integers with leading zeros) is an id, not a quantity', () => {
    const rows = [
      ['00017', '3'],
      ['00018', '1'],
      ['00017', '2'],
    ];
    const m = guessMapping(guessColumns(['column1', 'column2'], rows), 'orders');
    expect(m.fields).toMatchObject({ customerId: 0, quantity: 1 });
  });

  it('guessMapping(CustomerID written as 17850.0 by a spreadsheet) is still the customer id, not an amount', () => {
    const { headers, rows, hints } = table(
      ONLINE_RETAIL.replace(/,(\d{5}),(United Kingdom|France)/g, ',$1.0,$2'),
    );
    expect(rows[0][6]).toBe('17850.0');
    const m = guessMapping(guessColumns(headers, rows, hints), 'orders');
    expect(m.fields).toEqual({ orderId: 0, quantity: 3, orderDate: 4, unitPrice: 5, customerId: 6 });
  });

  it('guessMapping(a yes/no status in a tenure table) is the event', () => {
    const rows = [
      ['12', 'ja'],
      ['3', 'nei'],
      ['40', 'nei'],
    ];
    const m = guessMapping(guessColumns(['months', 'status'], rows), 'tenure');
    expect(m.fields).toEqual({ duration: 0, event: 1 });
  });

  it('guessMapping(a headerless tenure table) finds the 0/1 flag by its values', () => {
    const rows = [
      ['c1', '12', '1'],
      ['c2', '3', '0'],
      ['c3', '40', '0'],
      ['c4', '7', '1'],
    ];
    const m = guessMapping(guessColumns(['column1', 'column2', 'column3'], rows), 'tenure');
    expect(m.fields).toEqual({ customerId: 0, duration: 1, event: 2 });
  });

  it('guessMapping(a date column called "amount") does not make it the amount', () => {
    const rows = [
      ['A1', '2024-01-01', '12.5'],
      ['A2', '2024-01-02', '13.5'],
    ];
    const m = guessMapping(guessColumns(['id', 'amount', 'column3'], rows), 'orders');
    expect(m.fields.orderDate).toBe(1);
    expect(m.fields.amount).toBe(2);
  });

  it('guessColumns(any column) lists attribute among the candidates, best first', () => {
    const guesses = guessColumns(['Beløp'], [['12,50'], ['3,00']], { delimiter: ';' });
    const scores = guesses[0].candidates.map((c) => c.score);
    expect(guesses[0].candidates[0].role).toBe('amount');
    expect(guesses[0].candidates.map((c) => c.role)).toContain('attribute');
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('guessFileRole', () => {
  const cases: [string, string, FileRole][] = [
    ['Norwegian orders export', NORWEGIAN, 'orders'],
    ['Danish orders export', DANISH, 'orders'],
    ['Online Retail line items', ONLINE_RETAIL, 'orders'],
    ['headerless CDNOW purchases', CDNOW, 'orders'],
    ['customer list', CUSTOMERS, 'customers'],
    ['subscriptions', SUBSCRIPTIONS, 'subscriptions'],
    ['telco tenure table', TELCO, 'tenure'],
  ];
  it.each(cases)('guessFileRole(%s) is %s', (_name, text, role) => {
    const { headers, rows, hints } = table(text);
    const guess = guessFileRole(headers, rows, hints);
    expect(guess.role).toBe(role);
    const others = Object.entries(guess.scores).filter(([r]) => r !== role);
    for (const [, score] of others) expect(score).toBeLessThan(guess.scores[role]);
  });

  it('guessFileRole(clear files) is more confident than for a headerless one', () => {
    const named = table(NORWEGIAN);
    const bare = table(CDNOW);
    const clear = guessFileRole(named.headers, named.rows, named.hints).confidence;
    const vague = guessFileRole(bare.headers, bare.rows, bare.hints).confidence;
    expect(clear).toBeGreaterThan(0.8);
    expect(vague).toBeLessThan(clear);
  });
});

describe('headerSignature', () => {
  it('headerSignature(same columns written differently) is the same key', () => {
    expect(headerSignature(['Kunde-ID', 'Beløp', 'Dato'])).toBe(
      headerSignature(['kunde_id', 'BELØP', ' dato ']),
    );
  });

  const different: [string, string[], string[]][] = [
    ['reordered', ['a', 'b'], ['b', 'a']],
    ['an extra column', ['a', 'b'], ['a', 'b', 'c']],
    ['a renamed column', ['kunde', 'belop'], ['kunde', 'sum']],
    ['split differently', ['ab', 'c'], ['a', 'bc']],
  ];
  it.each(different)('headerSignature(%s) differs', (_n, a, b) => {
    expect(headerSignature(a)).not.toBe(headerSignature(b));
  });
});

describe('guessCancellation', () => {
  it('guessCancellation(Online Retail) finds the C prefix of cancelled invoices', () => {
    const { headers, rows, hints } = table(ONLINE_RETAIL);
    const mapping = guessMapping(guessColumns(headers, rows, hints), 'orders');
    expect(mapping.fields.orderId).toBe(0);
    expect(guessCancellation(rows, mapping)).toEqual({ statuses: [], orderPrefixes: ['C'] });
  });

  it('guessCancellation(ids that all carry a letter) finds no prefix', () => {
    const rows = [['A1'], ['A2'], ['A3']];
    expect(
      guessCancellation(rows, { fields: { orderId: 0 }, scores: {}, attributes: [] }).orderPrefixes,
    ).toEqual([]);
  });

  it('guessCancellation(a status column) proposes the cancelled and refunded words', () => {
    const c = guessCancellation([['paid']], { fields: { status: 0 }, scores: {}, attributes: [] });
    expect(c.statuses).toEqual(
      expect.arrayContaining(['cancelled', 'canceled', 'refunded', 'kansellert', 'annulleret']),
    );
  });
});
