import type { MappingGuess } from './mapping';

/** How cancelled or refunded orders are marked, for the loader's `cancelled` flag. */
export interface CancellationGuess {
  /** Status values (lower case) that mean cancelled, refunded or returned; empty without a status column. */
  statuses: string[];
  /** Order-id prefixes that mark a cancellation, e.g. `C` in `C536379` next to plain `536365`. */
  orderPrefixes: string[];
}

/**
 * Status words for cancelled, refunded and returned orders in English, Norwegian, Danish and Swedish.
 * The whole list is proposed whenever there is a status column, because the sample rows may contain
 * none of them while the rest of the file does.
 */
export const CANCELLED_STATUSES = [
  'cancelled',
  'canceled',
  'cancel',
  'refunded',
  'refund',
  'returned',
  'voided',
  'void',
  'kansellert',
  'kanselleret',
  'annullert',
  'annulleret',
  'annullerad',
  'avbrutt',
  'afbrudt',
  'avbruten',
  'makulert',
  'returnert',
  'returneret',
  'returnerad',
  'refundert',
  'refunderet',
  'återbetald',
  'kreditert',
  'krediteret',
  'krediterad',
];

/**
 * Cancellation markers for an orders file: the status words when a status column is mapped, and a
 * letter prefix that some order ids carry while most ids are plain numbers (Online Retail's `C…`).
 */
export function guessCancellation(rows: string[][], mapping: MappingGuess): CancellationGuess {
  const statuses = mapping.fields.status !== undefined ? [...CANCELLED_STATUSES] : [];
  const id = mapping.fields.orderId;
  if (id === undefined) return { statuses, orderPrefixes: [] };
  const ids = rows.map((r) => (r[id] ?? '').trim()).filter((v) => v !== '');
  const plain = ids.filter((v) => /^\d+$/.test(v)).length;
  const prefixes = new Map<string, number>();
  for (const v of ids) {
    const m = /^([A-Za-z])\d+$/.exec(v);
    if (m) prefixes.set(m[1], (prefixes.get(m[1]) ?? 0) + 1);
  }
  // A prefix on a minority of otherwise numeric ids is a marker; on most ids it is just the id format.
  const orderPrefixes = [...prefixes].filter(([, n]) => plain >= ids.length / 2 && n < plain).map(([p]) => p);
  return { statuses, orderPrefixes };
}
