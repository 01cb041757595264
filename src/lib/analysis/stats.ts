/** Small statistics used across analyses. */

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion `successes / n` (METRICS.md §2): better than the normal
 * approximation for small cohorts and rates near 0 or 1. Null bounds when n = 0.
 */
export function wilson(
  successes: number,
  n: number,
  z = Z95,
): { lower: number | null; upper: number | null } {
  if (n <= 0) return { lower: null, upper: null };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
