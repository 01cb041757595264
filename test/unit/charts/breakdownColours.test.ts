import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OTHER_SEGMENT } from '../../../src/lib/analysis/segments';
import { MAX_SHOWN } from '../../../src/lib/analysis/segmentGroups';
import { BREAKDOWN_PALETTE, breakdownColours, OTHER_COLOUR } from '../../../src/lib/charts/breakdownColours';

const COUNTRIES = Array.from({ length: 38 }, (_, i) => `country ${i}`);

describe('breakdownColours: a colour per segment value, the same on every page', () => {
  it('gives the i-th largest segment the i-th colour, and (other) grey', () => {
    const colours = breakdownColours(COUNTRIES, COUNTRIES.slice(0, 8));
    expect(COUNTRIES.slice(0, 8).map((c) => colours.get(c))).toEqual(BREAKDOWN_PALETTE.slice(0, 8));
    expect(colours.get(OTHER_SEGMENT)).toBe(OTHER_COLOUR);
  });

  it('does not depend on the order segments are drawn in', () => {
    const a = breakdownColours(COUNTRIES, ['country 3', 'country 0', 'country 30']);
    const b = breakdownColours(COUNTRIES, ['country 30', 'country 3', 'country 0']);
    expect([...a].sort()).toEqual([...b].sort());
  });

  it('keeps a large segment its colour when small ones are picked beside it', () => {
    const top = breakdownColours(COUNTRIES, COUNTRIES.slice(0, 8));
    const picked = breakdownColours(COUNTRIES, ['country 2', 'country 20', 'country 37']);
    expect(picked.get('country 2')).toBe(top.get('country 2'));
  });

  it('never repeats a colour among the shown segments, nor uses grey for one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 37 }), { minLength: 1, maxLength: MAX_SHOWN }),
        (idx) => {
          const shown = idx.map((i) => COUNTRIES[i]);
          const colours = breakdownColours(COUNTRIES, shown);
          const used = shown.map((s) => colours.get(s));
          expect(new Set(used).size).toBe(shown.length);
          expect(used).not.toContain(OTHER_COLOUR);
          // The largest twelve always have their own colour, whatever else is shown.
          for (const s of shown) {
            const rank = COUNTRIES.indexOf(s);
            if (rank < BREAKDOWN_PALETTE.length) expect(colours.get(s)).toBe(BREAKDOWN_PALETTE[rank]);
          }
        },
      ),
      { seed: 12, numRuns: 300 },
    );
  });
});
