/** Tick values and labels for chart axes: pure functions, no Svelte, no DOM. */

/** One tick of an axis: its value, its pixel position along the axis and the text shown. */
export interface Tick {
  value: number;
  at: number;
  label: string;
}

/** Ticks at `values`, placed by `scale` and labelled by `format`. */
export function ticksAt(
  values: number[],
  scale: (v: number) => number,
  format: (v: number) => string = String,
): Tick[] {
  return values.map((value) => ({ value, at: scale(value), label: format(value) }));
}

/** Nice round tick values for a time axis from 0 to `max` (about `count` of them). */
export function timeTicks(max: number, count = 6): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/**
 * Label every n-th slot of a band axis so that labels at least `minGap` pixels apart fit in slots `step`
 * pixels wide: 36 months of 16 px with 48 px labels → every 3rd.
 */
export function labelEvery(step: number, minGap: number): number {
  return Math.max(1, Math.ceil(minGap / Math.max(1, step)));
}

/** A number in a compact form for axes: 1 234, 12.5k, 3.4M (compact from 10 000 on). */
export function compact(v: number, tag: string): string {
  return new Intl.NumberFormat(tag, {
    notation: Math.abs(v) >= 10_000 ? 'compact' : 'standard',
    maximumFractionDigits: 1,
  }).format(v);
}
