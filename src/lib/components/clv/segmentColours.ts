/** A colour per named RFM segment: greens for the best, blues for the new, oranges and reds at risk, greys gone. */
const COLOURS: Record<string, string> = {
  Champions: '#1b7f4b',
  Loyal: '#0f766e',
  'Potential loyalists': '#5fb38a',
  New: '#2b6cb0',
  Promising: '#63a4e0',
  'Need attention': '#d69e2e',
  'About to sleep': '#dd8a3e',
  'At risk': '#d55e00',
  "Can't lose them": '#b42318',
  Hibernating: '#8a94a6',
  Lost: '#5b6678',
};

/** The segment's colour; renamed segments get a neutral one. */
export function segmentColour(name: string): string {
  return COLOURS[name] ?? '#6b5fa8';
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Text on the segment's colour: white or near-black, whichever has the higher WCAG contrast. */
export function segmentTextColour(name: string): string {
  const l = luminance(segmentColour(name));
  return 1.05 / (l + 0.05) >= (l + 0.05) / (luminance('#111827') + 0.05) ? '#ffffff' : '#111827';
}
