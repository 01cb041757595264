/**
 * The look of a live chart, made to travel: each element's computed style (classes, CSS variables,
 * dark mode, inline styles: all resolved) written onto its copy as presentation attributes, and what
 * must not leave the page (scripts, event attributes, links elsewhere, hidden marks) removed.
 * Presentation attributes, not a `style` attribute: they need no `style-src` permission under the page's
 * Content-Security-Policy, and the PNG export draws the same SVG through an `<img>`.
 */

export type StyleOf = (element: Element) => CSSStyleDeclaration;

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

/** `rgba(…, 0)` (CSS `transparent`) as SVG 1.1 viewers understand it. */
function normalise(property: string, value: string): string {
  if ((property === 'fill' || property === 'stroke') && /^rgba\(.*,\s*0\)$|^transparent$/.test(value))
    return 'none';
  return value;
}

/**
 * Copy the resolved presentation of each `live` element onto its `copy` (same tree shape), and remove
 * what must not leave the page: hidden elements, scripts, event attributes, links to elsewhere.
 */
export function inlinePresentation(live: Element, copy: Element, styleOf: StyleOf): void {
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
