import { describe, expect, it } from 'vitest';
import { monthIsOpen } from '../../../src/lib/components/overview/monthlyLayout';

describe('monthIsOpen: the as-of month is unfinished unless the as-of date is its last day', () => {
  it.each([
    ['2025-12-31', false],
    ['2025-12-30', true],
    ['2024-02-29', false], // leap year
    ['2023-02-28', false],
    ['2024-02-28', true],
    ['2024-04-30', false],
    ['2024-04-01', true],
    [null, false],
  ])('monthIsOpen(%s) = %s', (asOf, open) => {
    expect(monthIsOpen(asOf)).toBe(open);
  });
});
