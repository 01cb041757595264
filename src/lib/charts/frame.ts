/** The plotting box of a chart: pure layout maths shared by every SVG chart, no Svelte, no DOM. */

/** Space kept free around the plot for tick labels, titles and legends, in pixels. */
export interface Margin {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The plotting box inside an SVG of `width` × `height`: the plot spans left…width−right, top…height−bottom. */
export interface Frame extends Margin {
  width: number;
  height: number;
}

/** Margins that fit a y axis of short numbers on the left and one row of labels below. */
export const DEFAULT_MARGIN: Margin = { left: 48, right: 16, top: 12, bottom: 32 };

/** The frame of a chart of `width` × `height`, with any margin not given taken from `DEFAULT_MARGIN`. */
export function frame(width: number, height: number, margin: Partial<Margin> = {}): Frame {
  return { width, height, ...DEFAULT_MARGIN, ...margin };
}

/** The horizontal pixel range of the plot, left to right: the range of an x scale. */
export function xRange(f: Frame): [number, number] {
  return [f.left, f.width - f.right];
}

/** The vertical pixel range of the plot, bottom to top: the range of a y scale (SVG y grows downwards). */
export function yRange(f: Frame): [number, number] {
  return [f.height - f.bottom, f.top];
}

/** The x of the middle of the plot, where an axis title is centred. */
export function xMiddle(f: Frame): number {
  return (f.left + f.width - f.right) / 2;
}
