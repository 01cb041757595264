import type { ExportLayout } from './types';

/**
 * WooCommerce → Analytics → Orders → Download. One row per order, the customer by name (the report has
 * no id or email). A refund is a row of its own on the refund's date with a negative net revenue and
 * the same order number, so the order number is left unmapped: each row is its own order, and the
 * refund row lowers revenue on its own date (METRICS.md §1). The original order's status turns to
 * `refunded`, so refund words are not cancellation markers here (that would take the money back twice).
 */
export const WOOCOMMERCE_ORDERS: ExportLayout = {
  id: 'woocommerce-orders',
  role: 'orders',
  signature: ['Date', 'Order #', 'Status', 'Customer', 'Customer type', 'Items sold'],
  fields: {
    customerId: ['Customer'],
    orderDate: ['Date'],
    amount: ['Net Sales', 'N. Revenue'],
    status: ['Status'],
  },
  attributes: ['Customer type', 'Attribution'],
  cancelledStatuses: ['cancelled', 'failed'],
};

/**
 * The order-export plugin's default layout ("Advanced Order Export For WooCommerce"): one row per
 * product, the order's columns on each product row or on its first only (a plugin setting), so the
 * total is mapped as the order total, taken once per order (METRICS.md §1).
 */
export const WOOCOMMERCE_ORDER_EXPORT: ExportLayout = {
  id: 'woocommerce-order-export',
  role: 'orders',
  signature: ['Order Number', 'Order Status', 'Order Date', 'Order Total Amount'],
  fields: {
    customerId: ['Email (Billing)', 'Customer Email', 'Email (Shipping)'],
    orderId: ['Order Number'],
    orderDate: ['Order Date'],
    orderTotal: ['Order Total Amount'],
    status: ['Order Status'],
    refundedAmount: ['Order Refund Amount'],
  },
  attributes: ['Payment Method Title', 'Shipping Method Title', 'Country Code (Billing)', 'Coupon Code'],
  cancelledStatuses: ['cancelled', 'failed'],
};
