import type { FieldRole, FileRole } from '../spec';

/** The export layouts Lojal knows by their header (`lojal summary --json` prints the id). */
export type LayoutId =
  | 'shopify-orders'
  | 'shopify-customers'
  | 'woocommerce-orders'
  | 'woocommerce-order-export'
  | 'stripe-payments'
  | 'stripe-subscriptions'
  | 'magento-orders';

/**
 * One platform's export, known by the names of its columns. Names are compared normalised (case,
 * spaces and punctuation ignored, see `normalizeName`), so `Created at` and `created_at` agree.
 */
export interface ExportLayout {
  id: LayoutId;
  role: FileRole;
  /** Columns every export of this layout has: all must be present for it to be recognised. */
  signature: string[];
  /** The column for each field, as alternative names (older and newer spellings); the first present wins. */
  fields: Partial<Record<FieldRole, string[]>>;
  /** Columns offered as attributes for segments, where present. */
  attributes: string[];
  /**
   * Status values (lower case) that mark an order as never paid. Refund words are left out where the
   * layout has a refunded-amount column: the refund is taken from that column, not from the status.
   */
  cancelledStatuses?: string[];
}
