import type { layoutsEn } from '../layouts';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: kjente eksportformater og feltene deres. */
export const layoutsNb: Translation<typeof layoutsEn> = {
  'layout.recognised': 'Gjenkjent: {layout}',
  'layout.recognisedHint':
    'Kolonneoppsettet under følger kolonnene i denne eksporten. Alle valg kan fortsatt endres.',
  'layout.shopify-orders': 'Shopify-eksport av ordrer',
  'layout.shopify-customers': 'Shopify-eksport av kunder',
  'layout.woocommerce-orders': 'WooCommerce-eksport av ordrer (Analytics)',
  'layout.woocommerce-order-export': 'WooCommerce-ordreeksport (tillegg)',
  'layout.stripe-payments': 'Stripe-eksport av betalinger',
  'layout.stripe-subscriptions': 'Stripe-eksport av abonnementer',
  'layout.magento-orders': 'Magento 2-eksport av ordrer',
  'ingest.field.orderTotal': 'Ordresum (én gang per ordre)',
  'ingest.field.refundedAmount': 'Refundert beløp',
  'ingest.field.cancelledAt': 'Kansellert',
};
