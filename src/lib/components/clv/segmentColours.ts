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
  return COLOURS[name] ?? '#7c6fb0';
}
