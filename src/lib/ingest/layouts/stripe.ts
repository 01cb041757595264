import type { ExportLayout } from './types';

/**
 * Stripe Dashboard → Payments → Export (`unified_payments.csv`): one row per payment. `Amount Refunded`
 * is a refund on the payment's date (METRICS.md §1); a failed payment moved no money. Older exports say
 * `Created (UTC)`, newer ones `Created date (UTC)`.
 */
export const STRIPE_PAYMENTS: ExportLayout = {
  id: 'stripe-payments',
  role: 'orders',
  signature: ['id', 'Amount', 'Amount Refunded', 'Currency', 'Status', 'Customer ID'],
  fields: {
    customerId: ['Customer ID'],
    orderId: ['id'],
    orderDate: ['Created date (UTC)', 'Created (UTC)'],
    amount: ['Amount'],
    refundedAmount: ['Amount Refunded'],
    status: ['Status'],
  },
  attributes: ['Currency', 'Card Brand', 'Card Funding', 'Card Issue Country', 'Mode'],
  cancelledStatuses: ['failed', 'canceled', 'uncaptured'],
};

/**
 * Stripe Dashboard → Subscriptions → Export. The subscription ended at `Ended At (UTC)` (`Canceled At`
 * is when the cancellation was asked for, which may be before the paid period ends); an empty end is
 * still active (METRICS.md §4).
 */
export const STRIPE_SUBSCRIPTIONS: ExportLayout = {
  id: 'stripe-subscriptions',
  role: 'subscriptions',
  signature: ['id', 'Customer ID', 'Status', 'Created (UTC)', 'Current Period Start (UTC)', 'Ended At (UTC)'],
  fields: {
    customerId: ['Customer ID'],
    startDate: ['Start Date (UTC)', 'Start (UTC)', 'Created (UTC)'],
    endDate: ['Ended At (UTC)'],
    plan: ['Plan', 'Product'],
    recurringAmount: ['Amount'],
  },
  attributes: ['Status', 'Interval', 'Currency', 'Cancellation Reason'],
};
