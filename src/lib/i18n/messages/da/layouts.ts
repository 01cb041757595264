import type { layoutsEn } from '../layouts';
import type { Translation } from '../../locale';

/** Dansk: kendte eksportformater og deres felter. */
export const layoutsDa: Translation<typeof layoutsEn> = {
  'layout.recognised': 'Genkendt: {layout}',
  'layout.recognisedHint':
    'Kolonneopsætningen nedenfor følger kolonnerne i denne eksport. Alle valg kan stadig ændres.',
  'layout.shopify-orders': 'Shopify-eksport af ordrer',
  'layout.shopify-customers': 'Shopify-eksport af kunder',
  'layout.woocommerce-orders': 'WooCommerce-eksport af ordrer (Analytics)',
  'layout.woocommerce-order-export': 'WooCommerce-ordreeksport (plugin)',
  'layout.stripe-payments': 'Stripe-eksport af betalinger',
  'layout.stripe-subscriptions': 'Stripe-eksport af abonnementer',
  'layout.magento-orders': 'Magento 2-eksport af ordrer',
  'ingest.field.orderTotal': 'Ordresum (én gang pr. ordre)',
  'ingest.field.refundedAmount': 'Refunderet beløb',
  'ingest.field.cancelledAt': 'Annulleret',
};
