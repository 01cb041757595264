import type { ExportLayout } from './types';

/**
 * Magento 2 admin → Sales → Orders → Export (the order grid as CSV): one row per order. The base grand
 * total is in the store's base currency, so orders in several currencies add up. A closed order is a
 * refunded one, taken back through `Total Refunded`; a canceled one was never paid.
 */
export const MAGENTO_ORDERS: ExportLayout = {
  id: 'magento-orders',
  role: 'orders',
  signature: ['ID', 'Purchase Point', 'Purchase Date', 'Bill-to Name', 'Grand Total (Base)', 'Status'],
  fields: {
    customerId: ['Customer Email'],
    orderId: ['ID'],
    orderDate: ['Purchase Date'],
    amount: ['Grand Total (Base)'],
    status: ['Status'],
    refundedAmount: ['Total Refunded'],
  },
  attributes: ['Purchase Point', 'Customer Group', 'Payment Method', 'Shipping Information'],
  cancelledStatuses: ['canceled', 'cancelled'],
};
