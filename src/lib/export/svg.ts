import { inlinePresentation, type StyleOf } from './presentation';

/**
 * A figure as a standalone SVG file: what the page shows, readable on its own in any viewer, mail client
 * or slide. Each live `<svg>` is cloned (its look resolved by presentation.ts) and the result serialised
 * with `XMLSerializer`, which escapes every text node and attribute value: a segment named `<script>…`
 * is written as `&lt;script&gt;…`, never as markup. The title, headings and legend labels are set as
 * `textContent`, never concatenated into markup.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Figure title height above the charts, heading height, legend rows below them (px). */
const TITLE = 30;
const HEADING = 22;
const LEGEND_ROW = 20;
const FONT = 12;
/** White space around everything, so the file does not look cropped in a document. */
const PAD = 16;

export type { StyleOf } from './presentation';

/** A legend entry drawn under the chart: a swatch of `color` and its label. */
export interface LegendEntry {
  label: string;
  color: string;
}

/** One chart of a figure, with the heading the page shows above it (when a figure has several). */
export interface ChartPart {
  svg: SVGSVGElement;
  heading?: Element | null;
}

export interface SvgExportOptions {
  /** Written above the charts, so the file says what it shows. */
  title?: string;
  /** Entries of a legend the page draws in HTML next to the chart. */
  legend?: LegendEntry[];
  /** Fill behind the charts; the page background behind them by default, so dark mode stays legible. */
  background?: string;
  /** The computed style of an element (the browser's `getComputedStyle` by default). */
  styleOf?: StyleOf;
}

/** A standalone SVG document and its size in CSS pixels. */
export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/** The chart's size as shown (CSS pixels), else from its attributes or viewBox. */
export function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  if (box.width > 0 && box.height > 0)
    return { width: Math.round(box.width), height: Math.round(box.height) };
  const view = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number.parseFloat(svg.getAttribute('width') ?? '') || view[2] || 300;
  const height = Number.parseFloat(svg.getAttribute('height') ?? '') || view[3] || 150;
  return { width: Math.round(width), height: Math.round(height) };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where each chart and heading goes: as laid out on the page (side by side stays side by side), or,
 * without a layout (no rendering engine), stacked.
 */
function arrange(parts: ChartPart[]): { chart: Box; heading: (Box & { text: string }) | null }[] {
  const sizes = parts.map((p) => chartSize(p.svg));
  const boxes = parts.map(
    (p) => [p.svg.getBoundingClientRect(), p.heading?.getBoundingClientRect()] as const,
  );
  const laidOut = boxes.every(([b]) => b.width > 0 && b.height > 0);
  let y = 0;
  const placed = parts.map((part, i) => {
    const text = (part.heading?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const [chartBox, headingBox] = boxes[i];
    if (laidOut) {
      const heading =
        text && headingBox
          ? { x: headingBox.left, y: headingBox.top, width: 0, height: HEADING, text }
          : null;
      return { chart: { x: chartBox.left, y: chartBox.top, ...sizes[i] }, heading };
    }
    const heading = text ? { x: 0, y, width: 0, height: HEADING, text } : null;
    const chart = { x: 0, y: y + (heading ? HEADING : 0), ...sizes[i] };
    y = chart.y + chart.height + (i < parts.length - 1 ? 12 : 0);
    return { chart, heading };
  });
  const all = placed.flatMap((p) => (p.heading ? [p.chart, p.heading] : [p.chart]));
  const [left, top] = [Math.min(...all.map((b) => b.x)), Math.min(...all.map((b) => b.y))];
  for (const box of all) [box.x, box.y] = [Math.round(box.x - left), Math.round(box.y - top)];
  return placed;
}

/** Legend rows: entries flow left to right and wrap at `width`; widths estimated from the font size. */
function legendRows(entries: LegendEntry[], width: number): { entry: LegendEntry; x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return entries.map((entry) => {
    const w = 18 + Math.ceil(entry.label.length * FONT * 0.6) + 16;
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    const placed = { entry, x, row };
    x += w;
    return placed;
  });
}

/** The first opaque background behind `element` (the card it sits on), white when none is. */
function backgroundOf(element: Element, styleOf: StyleOf): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const colour = styleOf(e).getPropertyValue('background-color').trim();
    if (colour && !/^rgba\(.*,\s*0\)$|^transparent$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/** The SVG text of one chart, or of a figure's charts together, as a file of its own. */
export function standaloneSvg(
  charts: SVGSVGElement | ChartPart[],
  options: SvgExportOptions = {},
): StandaloneSvg {
  const parts = Array.isArray(charts) ? charts : [{ svg: charts }];
  if (!parts.length) throw new Error('No chart to export');
  const first = parts[0].svg;
  const document = first.ownerDocument;
  const styleOf: StyleOf = options.styleOf ?? ((e) => getComputedStyle(e));
  const make = (name: string, attributes: Record<string, string | number>, text?: string) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  };
  const page = styleOf(first);
  const ink = page.getPropertyValue('color').trim() || '#18212f';
  const font = page.getPropertyValue('font-family').trim() || 'sans-serif';

  const placed = arrange(parts);
  const width = Math.max(...placed.map((p) => p.chart.x + p.chart.width));
  const height = Math.max(...placed.map((p) => p.chart.y + p.chart.height));
  const top = options.title ? TITLE : 0;
  const legend = legendRows(options.legend ?? [], width);
  const legendHeight = legend.length ? (Math.max(...legend.map((p) => p.row)) + 1) * LEGEND_ROW + 6 : 0;
  const [outerWidth, outerHeight] = [width + 2 * PAD, top + height + legendHeight + 2 * PAD];

  const root = make('svg', {
    width: outerWidth,
    height: outerHeight,
    viewBox: `0 0 ${outerWidth} ${outerHeight}`,
    'font-family': font,
  });
  root.setAttribute('xmlns', SVG_NS);
  const background = options.background ?? backgroundOf(first, styleOf);
  root.append(make('rect', { width: outerWidth, height: outerHeight, fill: background }));
  const body = make('g', { transform: `translate(${PAD} ${PAD})` });
  root.append(body);
  if (options.title)
    body.append(make('text', { x: 0, y: 17, fill: ink, 'font-size': 15, 'font-weight': 600 }, options.title));
  parts.forEach(({ svg }, i) => {
    const { chart, heading } = placed[i];
    if (heading)
      body.append(
        make(
          'text',
          { x: heading.x, y: top + heading.y + 14, fill: ink, 'font-size': 13, 'font-weight': 600 },
          heading.text,
        ),
      );
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlinePresentation(svg, clone, styleOf);
    if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${chart.width} ${chart.height}`);
    const at = { x: chart.x, y: top + chart.y, width: chart.width, height: chart.height };
    for (const [key, value] of Object.entries(at)) clone.setAttribute(key, String(value));
    body.append(clone);
  });
  for (const { entry, x, row } of legend) {
    const y = top + height + 6 + row * LEGEND_ROW;
    body.append(make('rect', { x, y: y + 3, width: 11, height: 11, rx: 2, fill: entry.color }));
    body.append(make('text', { x: x + 16, y: y + 12.5, fill: ink, 'font-size': FONT }, entry.label));
  }
  const xml = new (document.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(root);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width: outerWidth, height: outerHeight };
}
