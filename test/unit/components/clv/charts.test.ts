import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { baselines, svgOf } from '../../../helpers/svgSnapshot';
import GroupedBars from '../../../../src/lib/components/clv/GroupedBars.svelte';
import LineChart from '../../../../src/lib/components/clv/LineChart.svelte';
import PAliveHeatmap from '../../../../src/lib/components/clv/PAliveHeatmap.svelte';
import { pAliveMatrix } from '../../../../src/lib/models/pAliveMatrix';

const matchBaseline = baselines('test/unit/components/clv/__snapshots__');

describe('lifetime value chart snapshots (svelte/server, normalised SVG)', () => {
  it('PAliveHeatmap: the CDNOW estimates over 0–5 repeats and 6 recency steps', () => {
    const cells = pAliveMatrix({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 5, 38.86, 5);
    const { body } = render(PAliveHeatmap, {
      props: {
        cells,
        unitLabel: 'weeks',
        ariaLabel: 'P(alive)',
        xLabel: 'Repeat purchases',
        yLabel: 'Recency',
      },
    });
    const svg = svgOf(body);
    expect(svg.match(/data-p-alive=/g)).toHaveLength(36);
    matchBaseline('p-alive-heatmap', svg);
  });

  it('LineChart: actual and predicted cumulative repeats with the calibration marker', () => {
    const { body } = render(LineChart, {
      props: {
        ariaLabel: 'Tracking',
        xLabel: 'Weeks',
        format: (v: number) => String(v),
        marker: { x: 3, label: 'Calibration end' },
        series: [
          {
            key: 'actual',
            label: 'Actual',
            colour: '#0f766e',
            points: [
              [1, 2],
              [2, 5],
              [3, 9],
              [4, 12],
            ],
          },
          {
            key: 'predicted',
            label: 'Predicted',
            colour: '#D55E00',
            dashed: true,
            points: [
              [1, 2.5],
              [2, 5.2],
              [3, 8.1],
              [4, 11],
            ],
          },
        ],
      },
    });
    const svg = svgOf(body);
    expect(svg).toContain('data-series="actual"');
    expect(svg).toContain('stroke-dasharray="6 4"');
    matchBaseline('line-chart', svg);
  });

  it('GroupedBars: actual vs predicted holdout purchases by calibration repeats', () => {
    const { body } = render(GroupedBars, {
      props: {
        ariaLabel: 'By repeats',
        xLabel: 'Repeats',
        format: (v: number) => v.toFixed(2),
        categories: ['0', '1', '7+'],
        series: [
          { key: 'actual', label: 'Actual', colour: '#0f766e', values: [0.2, 1.1, 4] },
          { key: 'predicted', label: 'Predicted', colour: '#D55E00', values: [0.25, 0.9, 3.6] },
        ],
      },
    });
    const svg = svgOf(body);
    expect(svg.match(/<rect[^>]*data-series=/g)).toHaveLength(6);
    matchBaseline('grouped-bars', svg);
  });
});
