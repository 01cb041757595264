import { chartSize } from './svg';
import type { LegendEntry } from './svg';
import type { StyleOf } from './presentation';

/**
 * What a figure card shows, found in its DOM: its charts (top-level `<svg>`s that are not icons; icons
 * are `aria-hidden`), the heading above each chart when a card holds several, and a legend drawn in HTML.
 */

/** Charts smaller than this (CSS px²) are inline marks, not figures. */
const MIN_AREA = 60 * 40;

/** The charts of a card, in page order. */
export function chartsIn(card: Element): SVGSVGElement[] {
  return [...card.querySelectorAll<SVGSVGElement>('svg')].filter((svg) => {
    if (svg.closest('[aria-hidden="true"]') || svg.parentElement?.closest('svg')) return false;
    const { width, height } = chartSize(svg);
    return width * height >= MIN_AREA;
  });
}

/**
 * The heading of one chart among several: the nearest `h3`/`h4` before it inside the smallest block
 * around it that holds no other chart ("Cumulative repeat purchases" above one of two charts).
 */
export function headingOf(svg: SVGSVGElement, card: Element, charts: SVGSVGElement[]): Element | null {
  for (let block = svg.parentElement; block && block !== card; block = block.parentElement) {
    if (charts.some((other) => other !== svg && block.contains(other))) return null;
    const heading = [...block.querySelectorAll('h3, h4')].find(
      (h) => !h.contains(svg) && h.compareDocumentPosition(svg) & 4 /* DOCUMENT_POSITION_FOLLOWING */,
    );
    if (heading) return heading;
  }
  return null;
}

/**
 * A legend the page draws in HTML beside a chart (`.legend` with a `.swatch` per entry): its shown
 * entries, with the swatch's resolved colour. Entries switched off (`aria-pressed="false"`) are left out.
 */
export function legendIn(card: Element, styleOf: StyleOf = (e) => getComputedStyle(e)): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const swatch of card.querySelectorAll('.legend .swatch')) {
    const item = swatch.parentElement;
    if (!item || item.closest('[aria-pressed="false"]')) continue;
    const label = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    const color = styleOf(swatch).getPropertyValue('background-color').trim();
    if (label && color) entries.push({ label, color });
  }
  return entries;
}
