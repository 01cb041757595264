import { max, scaleBand, scaleLinear } from 'd3';
import type { MonthlyRow } from '../../analysis/monthly';
import { frame, xRange, yRange, type Margin } from '../../charts/frame';

/** Pixel geometry of the monthly activity chart: one stacked bar (new below, returning above) per month. */
export interface MonthlyLayout {
  width: number;
  height: number;
  margin: Margin;
  bars: { month: string; x: number; width: number; newY: number; newH: number; retY: number; retH: number }[];
  yTicks: { value: number; y: number }[];
  /** Month labels shown on the x axis (January of each year, or every month when few). */
  xTicks: { month: string; x: number }[];
}

/** Lay out the chart for the given size. Pure: the same rows and size give the same geometry. */
export function monthlyLayout(rows: MonthlyRow[], width: number, height: number): MonthlyLayout {
  const f = frame(width, height, { right: 12, bottom: 28 });
  const x = scaleBand<string>()
    .domain(rows.map((r) => r.month))
    .range(xRange(f))
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const top = max(rows, (r) => r.newCustomers + r.returningCustomers) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(1, top)])
    .nice(4)
    .range(yRange(f));
  const bars = rows.map((r) => {
    const base = y(0);
    const newTop = y(r.newCustomers);
    const retTop = y(r.newCustomers + r.returningCustomers);
    return {
      month: r.month,
      x: x(r.month) ?? 0,
      width: x.bandwidth(),
      newY: newTop,
      newH: base - newTop,
      retY: retTop,
      retH: newTop - retTop,
    };
  });
  const every = rows.length > 18 ? rows.filter((r) => r.month.endsWith('-01')) : rows;
  return {
    width,
    height,
    margin: { left: f.left, right: f.right, top: f.top, bottom: f.bottom },
    bars,
    yTicks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    xTicks: every.map((r) => ({ month: r.month, x: (x(r.month) ?? 0) + x.bandwidth() / 2 })),
  };
}

/**
 * Whether the month of the as-of date is unfinished: its last day is after the as-of date, so the
 * month's bar holds only part of it (METRICS.md §2: incomplete periods are drawn distinctly, not as a drop).
 */
export function monthIsOpen(asOf: string | null): boolean {
  if (!asOf) return false;
  const [y, m, d] = asOf.split('-').map(Number);
  return d !== new Date(Date.UTC(y, m, 0)).getUTCDate();
}
