/**
 * Which segments of a breakdown are shown by name: the largest N (default 8), or the ones the user
 * picked; the rest are drawn together as "(other)". Pure: the same choice on every page, from the
 * same ranking (segment sizes over the whole data set, see `buildSegmentSizesSql`).
 */
import { OTHER_SEGMENT } from './segments';

/** Segments shown by name unless the user changes it. */
export const DEFAULT_TOP = 8;
/** Most segments shown by name at once: the number of distinct colours (src/lib/charts/breakdownColours.ts). */
export const MAX_SHOWN = 12;

/** A segment value and how many it holds (customers, subscriptions, rows). */
export interface SegmentSize {
  [key: string]: string | number;
  value: string;
  n: number;
}

/** The user's choice: how many of the largest to show, or which ones (empty: the largest). */
export interface SegmentChoice {
  top: number;
  picked: readonly string[];
}

/** Largest first; equal sizes by value (as `ORDER BY n DESC, value` does). */
export function rankSegments(sizes: readonly SegmentSize[]): SegmentSize[] {
  return [...sizes].sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/**
 * The values shown by name, largest first: the picked ones that exist (at most MAX_SHOWN), or else the
 * `top` largest (1 to MAX_SHOWN).
 */
export function shownSegments(ranked: readonly SegmentSize[], choice: SegmentChoice): string[] {
  const picked = ranked.filter((s) => choice.picked.includes(s.value)).slice(0, MAX_SHOWN);
  if (picked.length) return picked.map((s) => s.value);
  const top = Math.max(1, Math.min(MAX_SHOWN, Math.floor(choice.top) || DEFAULT_TOP));
  return ranked.slice(0, top).map((s) => s.value);
}

/** The values to keep by name in SQL, or null when every value is shown (nothing to fold). */
export function keepList(ranked: readonly SegmentSize[], shown: readonly string[]): string[] | null {
  return ranked.every((s) => shown.includes(s.value)) ? null : [...shown];
}

/** The shown segments with their sizes, and "(other)" with the sum of the rest when there is any. */
export function groupSizes(ranked: readonly SegmentSize[], shown: readonly string[]): SegmentSize[] {
  const named = ranked.filter((s) => shown.includes(s.value));
  const rest = ranked.filter((s) => !shown.includes(s.value)).reduce((sum, s) => sum + s.n, 0);
  const hasRest = ranked.some((s) => !shown.includes(s.value));
  return hasRest ? [...named, { value: OTHER_SEGMENT, n: rest }] : named;
}

/** Segments in ranking order (largest first), "(other)" last: the order breakdowns are drawn in. */
export function segmentOrder(ranked: readonly SegmentSize[]): (a: string, b: string) => number {
  const at = new Map(ranked.map((s, i) => [s.value, i]));
  const pos = (v: string) => (v === OTHER_SEGMENT ? Infinity : (at.get(v) ?? ranked.length));
  return (a, b) => pos(a) - pos(b);
}
