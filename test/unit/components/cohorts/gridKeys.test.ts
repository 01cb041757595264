import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveInGrid, PAGE_ROWS } from '../../../../src/lib/components/cohorts/gridKeys';

/** A cohort triangle by hand: an average row of 3, cohorts of 3, 2 and 1 cells, an empty row between. */
const TRIANGLE = [3, 0, 3, 2, 1];

describe('moveInGrid: keyboard movement in the heatmap', () => {
  it.each([
    [{ r: 0, k: 0 }, 'ArrowRight', { r: 0, k: 1 }],
    [{ r: 0, k: 2 }, 'ArrowRight', { r: 0, k: 2 }], // the row's end: stays
    [{ r: 0, k: 0 }, 'ArrowLeft', { r: 0, k: 0 }],
    [{ r: 0, k: 2 }, 'ArrowDown', { r: 2, k: 2 }], // skips the empty row
    [{ r: 2, k: 2 }, 'ArrowDown', { r: 3, k: 1 }], // a shorter row: its last cell
    [{ r: 4, k: 0 }, 'ArrowDown', { r: 4, k: 0 }], // the last row: stays
    [{ r: 2, k: 1 }, 'ArrowUp', { r: 0, k: 1 }],
    [{ r: 3, k: 0 }, 'End', { r: 3, k: 1 }],
    [{ r: 3, k: 1 }, 'Home', { r: 3, k: 0 }],
    [{ r: 3, k: 1 }, 'PageUp', { r: 0, k: 1 }],
    [{ r: 0, k: 2 }, 'PageDown', { r: 4, k: 0 }],
    [{ r: 9, k: 9 }, 'stay', { r: 4, k: 0 }], // rows went away: the nearest cell
  ])('from %o, %s goes to %o', (from, key, to) => {
    expect(moveInGrid(TRIANGLE, from, key)).toEqual(to);
  });

  it('Ctrl+Home and Ctrl+End go to the first and the last cell of the grid', () => {
    expect(moveInGrid(TRIANGLE, { r: 3, k: 1 }, 'Home', true)).toEqual({ r: 0, k: 0 });
    expect(moveInGrid(TRIANGLE, { r: 0, k: 0 }, 'End', true)).toEqual({ r: 4, k: 0 });
  });

  it('ignores other keys, and a grid without cells', () => {
    expect(moveInGrid(TRIANGLE, { r: 0, k: 0 }, 'a')).toBeNull();
    expect(moveInGrid([0, 0], { r: 0, k: 0 }, 'ArrowDown')).toBeNull();
  });

  it('matches a walk over the rows, on random ragged grids', () => {
    const rowsWithCells = (lengths: number[]) => lengths.flatMap((n, r) => (n > 0 ? [r] : []));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (lengths, ri, ki) => {
          const rows = rowsWithCells(lengths);
          if (!rows.length) return;
          const r = rows[ri % rows.length];
          const k = ki % lengths[r];
          const i = rows.indexOf(r);
          const down = rows[Math.min(rows.length - 1, i + 1)];
          const up = rows[Math.max(0, i - 1)];
          // Page moves: the row ten below (above), or the nearest row with cells back towards here.
          const pageDown = [...rows].reverse().find((x) => x <= Math.min(lengths.length - 1, r + PAGE_ROWS))!;
          const pageUp = rows.find((x) => x >= Math.max(0, r - PAGE_ROWS))!;
          const expected = {
            ArrowRight: { r, k: Math.min(k + 1, lengths[r] - 1) },
            ArrowLeft: { r, k: Math.max(k - 1, 0) },
            ArrowDown: { r: down, k: Math.min(k, lengths[down] - 1) },
            ArrowUp: { r: up, k: Math.min(k, lengths[up] - 1) },
            PageDown: { r: pageDown, k: Math.min(k, lengths[pageDown] - 1) },
            PageUp: { r: pageUp, k: Math.min(k, lengths[pageUp] - 1) },
          };
          for (const [key, want] of Object.entries(expected))
            expect(moveInGrid(lengths, { r, k }, key), key).toEqual(want);
        },
      ),
      { seed: 15, numRuns: 400 },
    );
  });
});
