/**
 * Keyboard movement in a ragged grid (the cohort heatmap: newer cohorts have fewer periods). Pure: the
 * component keeps the position and moves focus. Rows without cells are skipped.
 */

/** A cell: row index and column (period) index. */
export interface GridPos {
  r: number;
  k: number;
}

/** Rows PageUp/PageDown move by. */
export const PAGE_ROWS = 10;

/** The nearest row with cells from `r` going `step` (±1), or -1. */
function rowWith(lengths: readonly number[], r: number, step: 1 | -1): number {
  for (let i = r; i >= 0 && i < lengths.length; i += step) if (lengths[i] > 0) return i;
  return -1;
}

/** `pos` inside the grid: its row (or the nearest row with cells), its column clamped to the row. */
function clamp(lengths: readonly number[], pos: GridPos, step: 1 | -1 = 1): GridPos | null {
  const r0 = Math.max(0, Math.min(lengths.length - 1, pos.r));
  let r = rowWith(lengths, r0, step);
  if (r < 0) r = rowWith(lengths, r0, step === 1 ? -1 : 1);
  if (r < 0) return null;
  return { r, k: Math.max(0, Math.min(lengths[r] - 1, pos.k)) };
}

/**
 * Where `key` moves from `pos` in a grid whose row r has `lengths[r]` cells; null when the key does not
 * move (not a movement key, or no cells at all). 'stay' gives `pos` made valid (rows may have changed).
 * Arrows move one cell (Up/Down keep the column where the row is long enough), Home/End go to the row's
 * first/last cell (with Ctrl: the grid's first/last row), PageUp/PageDown move ten rows.
 */
export function moveInGrid(
  lengths: readonly number[],
  pos: GridPos,
  key: string,
  ctrl = false,
): GridPos | null {
  const here = clamp(lengths, pos);
  if (!here) return null;
  const last = lengths.length - 1;
  switch (key) {
    case 'stay':
      return here;
    case 'ArrowRight':
      return { r: here.r, k: Math.min(lengths[here.r] - 1, here.k + 1) };
    case 'ArrowLeft':
      return { r: here.r, k: Math.max(0, here.k - 1) };
    case 'ArrowDown':
      return here.r < last && rowWith(lengths, here.r + 1, 1) >= 0
        ? clamp(lengths, { r: here.r + 1, k: here.k }, 1)
        : here;
    case 'ArrowUp':
      return here.r > 0 && rowWith(lengths, here.r - 1, -1) >= 0
        ? clamp(lengths, { r: here.r - 1, k: here.k }, -1)
        : here;
    case 'PageDown':
      return clamp(lengths, { r: Math.min(last, here.r + PAGE_ROWS), k: here.k }, -1);
    case 'PageUp':
      return clamp(lengths, { r: Math.max(0, here.r - PAGE_ROWS), k: here.k }, 1);
    case 'Home':
      return ctrl ? clamp(lengths, { r: 0, k: 0 }, 1) : { r: here.r, k: 0 };
    case 'End':
      return ctrl ? clamp(lengths, { r: last, k: Infinity }, -1) : { r: here.r, k: lengths[here.r] - 1 };
    default:
      return null;
  }
}
