/** English messages of the customers section. */
export const customersEn = {
  'customers.title': 'Every customer',
  'customers.about':
    'One row per customer with a purchase. Segment: the RFM segment map on the Lifetime value page. P(alive): the probability they have not silently stopped buying (BG/NBD). Predicted CLV: expected margin over the chosen horizon, discounted. Click a column to sort; the export writes exactly the rows and order shown.',
  'customers.count': '{shown} of {total} customers',
  'customers.presets': 'Views',
  'customers.preset.all': 'All customers',
  'customers.preset.atRisk': 'At risk and valuable',
  'customers.preset.atRisk.about':
    'Customers in the "At risk" and "Can\'t lose them" segments — they bought often or spent a lot, but not lately — biggest spenders first. A list for a win-back offer or a call.',
  'customers.search': 'Search id or attribute',
  'customers.segment': 'Segment',
  'customers.allSegments': 'All segments',
  'customers.loading': 'Listing every customer…',
  'customers.scoring': 'Scoring with the models…',
  'customers.export': 'Export {n} rows (CSV)',
  'customers.empty': 'No customer matches this view.',
  'customers.col.id': 'Customer',
  'customers.col.segment': 'Segment',
  'customers.col.lastPurchase': 'Last purchase',
  'customers.col.purchases': 'Purchases',
  'customers.col.revenue': 'Revenue',
  'customers.col.pAlive': 'P(alive)',
  'customers.col.clv': 'Predicted CLV',
} as const;
