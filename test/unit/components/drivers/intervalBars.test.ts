import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import IntervalBars from '../../../../src/lib/components/drivers/IntervalBars.svelte';
import type { DriverLevel } from '../../../../src/lib/models/drivers';

const curve = { n: 0, events: 0, table: [], median: null, medianLower: null, medianUpper: null };
const level = (name: string, s: number | null, lower: number | null, upper: number | null): DriverLevel => ({
  level: name,
  customers: 40,
  survival12: s,
  lower,
  upper,
  se: null,
  curve,
});

describe('IntervalBars (svelte/server)', () => {
  it('places each level’s dot and 95 % bar on the shared 0–100 % axis', () => {
    const { body } = render(IntervalBars, {
      props: {
        levels: [level('yes', 0.5, 0.25, 0.75), level('no', 0.25, 0.2, 0.3), level('late', null, null, null)],
        best: 'yes',
        worst: 'no',
        width: 420,
        label: 'loyalty',
        levelLabel: (l: string) => l.toUpperCase(),
        formatShare: (v: number) => `${v * 100}%`,
        ariaLabel: 'Share still active',
      },
    });
    // Plot from x = 120 to 420 − 16 = 404: 0.5 → 262, 0.25 → 191, 0.75 → 333, 0.2 → 176.8, 0.3 → 205.2.
    // Rows are 20 px from top 6: centres at 16, 36, 56.
    expect(body).toContain('<circle cx="262" cy="16" r="4.5"');
    expect(body).toMatch(/<line class="ci[^"]*" x1="191" x2="333" y1="16" y2="16"/);
    expect(body).toContain('<circle cx="191" cy="36" r="4.5"');
    expect(body).toMatch(/x1="176\.8" x2="205\.2"/);
    // A level not followed to 12 months has its label but no mark.
    const late = body.slice(body.indexOf('data-level="late"'));
    expect(late.slice(0, late.indexOf('</g>'))).toMatch(/>LATE<\/text>(<!--[^>]*-->)*$/);
    expect(body).toMatch(/class="level[^"]*best/);
    expect(body).toContain('aria-label="Share still active: loyalty"');
  });
});
