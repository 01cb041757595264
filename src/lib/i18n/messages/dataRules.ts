/** English messages of the data rules (METRICS.md §1): identical rows without an order id, customer counts. */
export const dataRulesEn = {
  'ingest.hygiene.identical': 'Identical rows without an order id',
  'ingest.hygiene.identical.effect':
    'The file has no order id, so identical rows can be two real purchases (the same item bought twice on one day): all were counted. Keeping them once would make revenue {revenueWith} instead of {revenue}.',
  'ingest.hygiene.identical.chosen':
    'Kept once, as chosen: the repeats are listed with the rejected rows, under exact duplicates.',
  'ingest.hygiene.identical.switch': 'Keep identical rows once',
  'subset.note': '{used} customers with a purchase; {left} with only cancelled or refunded orders left out.',
  'subset.about':
    'Customers are the distinct customer ids among the loaded rows ({total}), counted the same way on every page. This page needs at least one purchase.',
} as const;
