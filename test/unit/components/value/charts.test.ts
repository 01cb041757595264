import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { baselines, svgOf } from '../../../helpers/svgSnapshot';
import ProfitChart from '../../../../src/lib/components/value/ProfitChart.svelte';
import RetentionChart from '../../../../src/lib/components/value/RetentionChart.svelte';

const matchBaseline = baselines('test/unit/components/value/__snapshots__');

const labels = { aria: 'Profit change', x: 'Δ', band: 'Literature', bandNote: 'context' };
const line = (key: string, slope: number) => ({
  key,
  label: key,
  points: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) => [d, d * slope] as [number, number]),
});

describe('value chart snapshots (svelte/server, normalised SVG)', () => {
  it('ProfitChart: the 25–95 % band at Δ = 5 on the percent scale, the chosen Δ marked', () => {
    const { body } = render(ProfitChart, {
      props: { lines: [line('1y', 0.01), line('3y', 0.03)], mode: 'pct', chosen: 5, format: String, labels },
    });
    const svg = svgOf(body);
    // Worked by hand: a 720 × 320 frame, plot y from 280 (0) up to 34 (100 %, the nice end above 95 %);
    // x from 72 (Δ 0) to 700 (Δ 10), 62.8 px per point.
    const band =
      /<g class="band[^"]*" data-testid="literature-band">\s*<rect x="([\d.]+)" width="([\d.]+)" y="([\d.]+)" height="([\d.]+)"/.exec(
        svg,
      );
    expect(band).not.toBeNull();
    const [x, width, y, height] = band!.slice(1).map(Number);
    expect(x).toBeCloseTo(72 + 4.6 * 62.8, 2);
    expect(width).toBeCloseTo(0.8 * 62.8, 2);
    expect(y).toBeCloseTo(280 - 0.95 * 246, 2);
    expect(height).toBeCloseTo(0.7 * 246, 2);
    expect(svg).toContain(`x1="${72 + 5 * 62.8}"`);
    expect(svg).toContain('data-series="1y"');
    matchBaseline('profit-pct', svg);
  });

  it('ProfitChart in money has no band and leaves out points without a value', () => {
    const { body } = render(ProfitChart, {
      props: {
        lines: [
          {
            key: '1y',
            label: '1 year',
            points: [
              [0, 0],
              [1, null],
              [2, 200],
            ],
          },
        ],
        mode: 'money',
        chosen: 2,
        format: String,
        labels,
      },
    });
    const svg = svgOf(body);
    expect(svg).not.toContain('literature-band');
    expect(svg.match(/<circle/g)).toHaveLength(2);
  });

  it('RetentionChart: solid to the last observed month, dashed from there on', () => {
    const points = Array.from({ length: 11 }, (_, k) => ({
      k,
      baseline: 0.8 ** k,
      scenario: 0.85 ** k,
      observed: k < 6,
    }));
    const { body } = render(RetentionChart, {
      props: {
        points,
        extrapolatedFrom: 6,
        format: String,
        labels: { aria: 'Retention', x: 'Months', baseline: 'Today', scenario: '+5', extrapolated: 'from 6' },
      },
    });
    const svg = svgOf(body);
    const path = (series: string) =>
      new RegExp(`<path d="([^"]+)"[^>]*data-series="${series}"`).exec(svg)![1];
    // Observed: months 0–5 (6 points); extrapolated: months 5–10 (joined at month 5).
    expect(path('baseline').match(/[ML]/g)).toHaveLength(6);
    expect(path('baseline-extrapolated').match(/[ML]/g)).toHaveLength(6);
    expect(svg).toMatch(/stroke-dasharray="6 4"[^>]*data-series="scenario-extrapolated"/);
    matchBaseline('retention', svg);
  });
});
