/**
 * A chart as a standalone SVG file: what the page shows, readable on its own in any viewer, mail client
 * or slide. The live `<svg>` is cloned and the clone is serialised with `XMLSerializer`, which escapes
 * every text node and attribute value: a segment named `<script>…` is written as `&lt;script&gt;…`,
 * never as markup. Titles and legend labels are set as `textContent`, never concatenated into markup.
 *
 * Styles that come from the page's stylesheets (classes, CSS variables, dark mode) are resolved through
 * the computed style and written as presentation attributes (`fill="rgb(15, 118, 110)"`), not as a
 * `style` attribute: presentation attributes need no `style-src` permission under the page's
 * Content-Security-Policy, and the PNG export draws this same text through an `<img>`.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Inherited presentation properties: written where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
] as const;

/** Properties that are not inherited, with the value that needs no attribute. */
const OWN: Record<string, string> = { opacity: '1' };

/** Elements that a standalone image must not carry: scripts, embedded HTML, styles now inlined. */
const DROPPED = new Set(['script', 'foreignobject', 'style', 'iframe']);

/** Figure title height above the chart, and legend geometry below it (px). */
const TITLE = 30;
const LEGEND_ROW = 20;
const FONT = 12;
/** White space around everything, so the file does not look cropped in a document. */
const PAD = 16;

export type StyleOf = (element: Element) => CSSStyleDeclaration;

/** A legend entry drawn under the chart: a swatch of `color` and its label. */
export interface LegendEntry {
  label: string;
  color: string;
}

export interface SvgExportOptions {
  /** Written above the chart, so the file says what it shows. */
  title?: string;
  /** Entries of a legend the page draws in HTML next to the chart. */
  legend?: LegendEntry[];
  /** Fill behind the chart; the page background behind it by default, so dark mode stays legible. */
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

/** `rgba(…, 0)` (CSS `transparent`) as SVG 1.1 viewers understand it. */
function normalise(property: string, value: string): string {
  if ((property === 'fill' || property === 'stroke') && /^rgba\(.*,\s*0\)$|^transparent$/.test(value))
    return 'none';
  return value;
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

/**
 * Copy the resolved presentation of each `live` element onto its `copy` (same tree shape), and remove
 * what must not leave the page: hidden elements, scripts, event attributes, links to elsewhere.
 */
function inlinePresentation(live: Element, copy: Element, styleOf: StyleOf): void {
  const lives = [live, ...live.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const remove: Element[] = [];
  lives.forEach((element, i) => {
    const target = copies[i];
    if (DROPPED.has(element.localName.toLowerCase())) return void remove.push(target);
    const style = styleOf(element);
    computed.set(element, style);
    if (style.getPropertyValue('display') === 'none') return void remove.push(target);
    const parent = element === live ? undefined : computed.get(element.parentElement as Element);
    for (const property of INHERITED) {
      const value = normalise(property, style.getPropertyValue(property).trim());
      const inherited = parent && normalise(property, parent.getPropertyValue(property).trim());
      if (value && value !== inherited) target.setAttribute(property, value);
    }
    for (const [property, initial] of Object.entries(OWN)) {
      const value = style.getPropertyValue(property).trim();
      if (value && value !== initial) target.setAttribute(property, value);
    }
    const classes = target.getAttribute('class');
    // Svelte's scoping hashes (svelte-1x2y3z) mean nothing outside the page.
    if (classes !== null) {
      const kept = classes
        .replace(/\bsvelte-[a-z0-9]+\b/g, '')
        .trim()
        .replace(/\s+/g, ' ');
      if (kept) target.setAttribute('class', kept);
      else target.removeAttribute('class');
    }
    for (const attribute of [...target.attributes]) {
      const name = attribute.name.toLowerCase();
      const link = name === 'href' || name === 'xlink:href';
      // The computed values above replace inline styles, which may hold var(--…) a file cannot resolve.
      if (name === 'style' || name.startsWith('on') || (link && !attribute.value.startsWith('#')))
        target.removeAttribute(attribute.name);
    }
  });
  for (const element of remove) element.remove();
  // Comments (Svelte's hydration markers) carry nothing a viewer needs.
  const walker = copy.ownerDocument.createTreeWalker(copy, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
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

/** The SVG text of `svg` as a file of its own (XML prolog, width, height, styles resolved). */
export function standaloneSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): StandaloneSvg {
  const document = svg.ownerDocument;
  const styleOf: StyleOf = options.styleOf ?? ((e) => getComputedStyle(e));
  const { width, height } = chartSize(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlinePresentation(svg, clone, styleOf);

  const make = (name: string, attributes: Record<string, string | number>) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  };
  const page = styleOf(svg);
  const text = page.getPropertyValue('color').trim() || '#18212f';
  const font = page.getPropertyValue('font-family').trim() || 'sans-serif';
  const top = options.title ? TITLE : 0;
  const placed = legendRows(options.legend ?? [], width);
  const legendHeight = placed.length ? (Math.max(...placed.map((p) => p.row)) + 1) * LEGEND_ROW + 6 : 0;
  const total = top + height + legendHeight;

  const [outerWidth, outerHeight] = [width + 2 * PAD, total + 2 * PAD];
  const root = make('svg', {
    width: outerWidth,
    height: outerHeight,
    viewBox: `0 0 ${outerWidth} ${outerHeight}`,
    'font-family': font,
  });
  root.setAttribute('xmlns', SVG_NS);
  root.append(
    make('rect', {
      width: outerWidth,
      height: outerHeight,
      fill: options.background ?? backgroundOf(svg, styleOf),
    }),
  );
  const body = make('g', { transform: `translate(${PAD} ${PAD})` });
  root.append(body);
  if (options.title) {
    const title = make('text', { x: 0, y: 17, fill: text, 'font-size': 15, 'font-weight': 600 });
    title.textContent = options.title;
    body.append(title);
  }
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const [key, value] of Object.entries({ x: 0, y: top, width, height }))
    clone.setAttribute(key, String(value));
  body.append(clone);
  for (const { entry, x, row } of placed) {
    const y = top + height + 6 + row * LEGEND_ROW;
    body.append(make('rect', { x, y: y + 3, width: 11, height: 11, rx: 2, fill: entry.color }));
    const label = make('text', { x: x + 16, y: y + 12.5, fill: text, 'font-size': FONT });
    label.textContent = entry.label;
    body.append(label);
  }
  const xml = new (document.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(root);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width: outerWidth, height: outerHeight };
}

/** The first opaque background behind `element` (the card it sits on), white when none is. */
function backgroundOf(element: Element, styleOf: StyleOf): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const colour = styleOf(e).getPropertyValue('background-color').trim();
    if (colour && !/^rgba\(.*,\s*0\)$|^transparent$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/** The chart of a figure card: its largest `<svg>` that is not an icon (icons are `aria-hidden`). */
export function chartIn(card: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = -1;
  for (const svg of card.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.closest('[aria-hidden="true"]') || svg.parentElement?.closest('svg')) continue;
    const { width, height } = chartSize(svg);
    if (width * height > area) [best, area] = [svg, width * height];
  }
  return best;
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
