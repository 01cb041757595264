import type { ExportLayout } from './types';

/**
 * Shopify admin exports (Orders → Export, Customers → Export). The orders export has one line per line
 * item; the order's own columns (Email, Financial Status, Total, Refunded Amount, Cancelled at …) are
 * written on its first line, so the total is mapped as the order total, taken once (METRICS.md §1).
 * It has no customer id column: Email identifies the customer, as it does in the customers export.
 */
export const SHOPIFY_ORDERS: ExportLayout = {
  id: 'shopify-orders',
  role: 'orders',
  signature: [
    'Name',
    'Email',
    'Financial Status',
    'Total',
    'Created at',
    'Lineitem quantity',
    'Lineitem name',
  ],
  fields: {
    customerId: ['Email'],
    orderId: ['Name'],
    orderDate: ['Created at'],
    orderTotal: ['Total'],
    status: ['Financial Status'],
    refundedAmount: ['Refunded Amount'],
    cancelledAt: ['Cancelled at', 'Canceled at'],
  },
  attributes: [
    'Currency',
    'Source',
    'Discount Code',
    'Shipping Method',
    'Billing Country',
    'Shipping Country',
  ],
  // `voided`: the payment was authorised and never captured. `refunded` is left out: the Refunded
  // Amount column already takes the money back.
  cancelledStatuses: ['voided'],
};

/** Shopify's customers export; Email is the id that joins it to the orders export. */
export const SHOPIFY_CUSTOMERS: ExportLayout = {
  id: 'shopify-customers',
  role: 'customers',
  signature: ['First Name', 'Last Name', 'Email', 'Total Spent', 'Total Orders'],
  fields: { customerId: ['Email'] },
  attributes: [
    'Accepts Email Marketing',
    'Accepts Marketing',
    'Accepts SMS Marketing',
    'Country Code',
    'Country',
    'Province Code',
    'Tax Exempt',
  ],
};
