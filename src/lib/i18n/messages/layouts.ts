/** English messages of known export layouts (Shopify, WooCommerce, Stripe, Magento) and their fields. */
export const layoutsEn = {
  'layout.recognised': 'Recognised: {layout}',
  'layout.recognisedHint':
    'The mapping below follows this export’s columns. Every choice can still be changed.',
  'layout.shopify-orders': 'Shopify orders export',
  'layout.shopify-customers': 'Shopify customers export',
  'layout.woocommerce-orders': 'WooCommerce orders export (Analytics)',
  'layout.woocommerce-order-export': 'WooCommerce order export (plugin)',
  'layout.stripe-payments': 'Stripe payments export',
  'layout.stripe-subscriptions': 'Stripe subscriptions export',
  'layout.magento-orders': 'Magento 2 orders export',
  'ingest.field.orderTotal': 'Order total (once per order)',
  'ingest.field.refundedAmount': 'Refunded amount',
  'ingest.field.cancelledAt': 'Cancelled at',
} as const;
