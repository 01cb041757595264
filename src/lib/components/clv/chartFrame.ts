/** Layout helpers of the lifetime-value charts: pure functions, no Svelte, no DOM. */

/** Okabe–Ito: a categorical palette that colour-blind readers can tell apart. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
/** Actual vs predicted, everywhere on these pages. */
export const ACTUAL_COLOUR = '#0f766e';
export const PREDICTED_COLOUR = '#D55E00';

/** The plotting box inside an SVG of `width` × `height`. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function frame(
  width: number,
  height: number,
  margin: Partial<Omit<Frame, 'width' | 'height'>> = {},
): Frame {
  return { width: Math.max(width, 200), height, left: 52, right: 16, top: 14, bottom: 36, ...margin };
}

/** Every n-th label so that labels at least `minGap` pixels apart fit in `step`-pixel slots. */
export function labelEvery(count: number, step: number, minGap = 34): number {
  return Math.max(1, Math.ceil(minGap / Math.max(step, 1)));
}

/** A number in a compact form for axes: 1 234, 12.5k, 3.4M. */
export function compact(v: number, tag: string): string {
  return new Intl.NumberFormat(tag, {
    notation: Math.abs(v) >= 10_000 ? 'compact' : 'standard',
    maximumFractionDigits: 1,
  }).format(v);
}
