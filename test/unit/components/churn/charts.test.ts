import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { baselines, svgOf } from '../../../helpers/svgSnapshot';
import GapHistogram from '../../../../src/lib/components/churn/GapHistogram.svelte';
import KaplanMeierChart from '../../../../src/lib/components/churn/KaplanMeierChart.svelte';
import PeriodBars from '../../../../src/lib/components/churn/PeriodBars.svelte';
import { survivalView } from '../../../../src/lib/components/churn/survivalView';
import { binGaps } from '../../../../src/lib/analysis/interPurchase';
import type { SurvivalInputRow } from '../../../../src/lib/analysis/survivalInput';

const matchBaseline = baselines('test/unit/components/churn/__snapshots__');

// The Freireich 6-MP data as survival input rows (weeks; + = censored).
const rowsOf = (grp: string, text: string): SurvivalInputRow[] =>
  text.split(' ').map((s) => ({ grp, duration: parseFloat(s), event: !s.endsWith('+'), n: 1 }));
const SIX_MP = rowsOf('6-MP', '6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+');
const PLACEBO = rowsOf('placebo', '1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23');

describe('churn chart snapshots (svelte/server, normalised SVG)', () => {
  it('KaplanMeierChart: two groups with bands, censoring ticks, medians and numbers at risk', () => {
    const view = survivalView([...SIX_MP, ...PLACEBO], 'all');
    const { body } = render(KaplanMeierChart, {
      props: {
        groups: view.groups.map((g) => ({ ...g, label: g.name })),
        width: 640,
        height: 380,
        timeLabel: 'Weeks',
        shareLabel: 'Still in remission',
        atRiskLabel: 'At risk',
        ariaLabel: 'Kaplan–Meier curves',
      },
    });
    const svg = svgOf(body);
    // The placebo median (8 weeks) and the 6-MP one (23) are carried on the curves.
    expect(svg).toContain('data-group="6-MP" data-median="23"');
    expect(svg).toContain('data-group="placebo" data-median="8"');
    matchBaseline('kaplan-meier', svg);
  });

  it('GapHistogram: bars, median and the window marker with its slider handle', () => {
    const counts = [1, 2, 3, 5, 8, 13, 21, 30, 45, 60, 90, 200].map((days, i) => ({ days, n: 40 - i * 3 }));
    const { body } = render(GapHistogram, {
      props: {
        bins: binGaps(counts, 10, 100),
        window: 45,
        median: 13,
        width: 600,
        height: 220,
        labels: {
          aria: 'gaps',
          axis: 'Days',
          count: 'Purchases',
          median: 'median 13',
          window: (days: number) => `window ${days}`,
          slider: 'window',
        },
        onWindow: () => {},
      },
    });
    const svg = svgOf(body);
    expect(svg).toContain('data-window="45"');
    matchBaseline('gap-histogram', svg);
  });

  it('PeriodBars: stacked lifecycle bars with lapsed below zero and an open last period', () => {
    const { body } = render(PeriodBars, {
      props: {
        periods: ['2024-01', '2024-02', '2024-03'],
        complete: [true, true, false],
        series: [
          { key: 'new', label: 'New', colour: '#0072B2', values: [10, 5, 2] },
          { key: 'returning', label: 'Returning', colour: '#009E73', values: [0, 6, 7] },
          { key: 'lapsed', label: 'Lapsed', colour: '#D55E00', values: [0, 4, 3], below: true },
        ],
        format: (v: number) => String(v),
        ariaLabel: 'lifecycle',
        width: 480,
        height: 220,
      },
    });
    matchBaseline('period-bars', svgOf(body));
  });
});
