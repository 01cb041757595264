/**
 * Colours of a breakdown's segments (a country, a channel): keyed by the segment's value, never by its
 * place in a chart, so a segment has the same colour on every page. Pure.
 */
import { OTHER_SEGMENT } from '../analysis/segments';

/**
 * Twelve categorical colours, colour-blind aware: Okabe–Ito's first six, then Paul Tol's muted
 * scheme, all readable on light and dark surfaces (no yellow, no black).
 */
export const BREAKDOWN_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#56B4E9',
  '#CC79A7',
  '#332288',
  '#999933',
  '#882255',
  '#44AA99',
  '#8C564B',
  '#AA4499',
];
/** "(other)": grey, so it reads as the rest rather than one more segment. */
export const OTHER_COLOUR = '#8A94A6';

/**
 * A colour for each shown segment: the segment ranked i-th by size over the whole data set gets colour
 * i, so the largest twelve always keep theirs; a smaller segment that was picked takes the first colour
 * no shown segment owns. No two shown segments share a colour (at most twelve are shown).
 * `ranked`: every value, largest first; `shown`: the values drawn by name.
 */
export function breakdownColours(ranked: readonly string[], shown: readonly string[]): Map<string, string> {
  const rank = new Map(ranked.map((v, i) => [v, i]));
  const colours = new Map<string, string>();
  const owned = new Set<number>();
  const late: string[] = [];
  for (const v of [...shown].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))) {
    const i = rank.get(v);
    if (i !== undefined && i < BREAKDOWN_PALETTE.length && !owned.has(i)) {
      colours.set(v, BREAKDOWN_PALETTE[i]);
      owned.add(i);
    } else late.push(v);
  }
  let free = 0;
  for (const v of late) {
    while (owned.has(free)) free++;
    // Beyond twelve shown, colours repeat: callers show at most MAX_SHOWN (./segmentGroups.ts).
    colours.set(v, BREAKDOWN_PALETTE[free % BREAKDOWN_PALETTE.length]);
    owned.add(free);
  }
  colours.set(OTHER_SEGMENT, OTHER_COLOUR);
  return colours;
}
