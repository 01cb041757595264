import type { FieldRole } from '../spec';
import { normalizeName } from '../sniff/names';
import { MAGENTO_ORDERS } from './magento';
import { SHOPIFY_CUSTOMERS, SHOPIFY_ORDERS } from './shopify';
import { STRIPE_PAYMENTS, STRIPE_SUBSCRIPTIONS } from './stripe';
import type { ExportLayout, LayoutId } from './types';
import { WOOCOMMERCE_ORDER_EXPORT, WOOCOMMERCE_ORDERS } from './woocommerce';

export type { ExportLayout, LayoutId } from './types';

/** Every layout Lojal recognises. */
export const LAYOUTS: ExportLayout[] = [
  SHOPIFY_ORDERS,
  SHOPIFY_CUSTOMERS,
  WOOCOMMERCE_ORDERS,
  WOOCOMMERCE_ORDER_EXPORT,
  STRIPE_PAYMENTS,
  STRIPE_SUBSCRIPTIONS,
  MAGENTO_ORDERS,
];

/** A recognised layout with its columns found in the file (0-based indexes). */
export interface LayoutMatch {
  layout: ExportLayout;
  fields: Partial<Record<FieldRole, number>>;
  attributes: number[];
}

/**
 * The known export a header belongs to, or null. Every column of a layout's signature must be present
 * (in any order, among any others); when several layouts fit, the one with the longest signature wins,
 * so a more specific layout beats a more general one. Each field takes the first of its names present
 * and a column is used once.
 */
export function recogniseLayout(headers: string[]): LayoutMatch | null {
  const names = headers.map(normalizeName);
  const indexOf = (name: string) => names.indexOf(normalizeName(name));
  const fits = LAYOUTS.filter((l) => l.signature.every((s) => indexOf(s) >= 0)).sort(
    (a, b) => b.signature.length - a.signature.length,
  );
  const layout = fits[0];
  if (!layout) return null;
  const used = new Set<number>();
  const fields: Partial<Record<FieldRole, number>> = {};
  for (const [field, options] of Object.entries(layout.fields) as [FieldRole, string[]][]) {
    const i = options.map(indexOf).find((j) => j >= 0 && !used.has(j));
    if (i === undefined) continue;
    fields[field] = i;
    used.add(i);
  }
  const attributes = [...new Set(layout.attributes.map(indexOf))]
    .filter((i) => i >= 0 && !used.has(i))
    .sort((a, b) => a - b);
  return { layout, fields, attributes };
}

/** The layout with this id. */
export function layoutById(id: LayoutId): ExportLayout {
  return LAYOUTS.find((l) => l.id === id)!;
}
