import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { CohortCellRow } from '../../../../src/lib/analysis/cohorts';
import { shapeCohorts } from '../../../../src/lib/analysis/cohortShape';
import CohortCurves from '../../../../src/lib/components/cohorts/CohortCurves.svelte';
import CohortHeatmap from '../../../../src/lib/components/cohorts/CohortHeatmap.svelte';

/**
 * A small grid by hand: three monthly cohorts as of mid-March, so the last cell of each is incomplete;
 * February is small (faded); with a breakdown, two segments.
 */
function cell(
  cohort: string,
  segment: string | null,
  size: number,
  k: number,
  retained: number,
  complete: boolean,
): CohortCellRow {
  return {
    cohort,
    cohort_start: `${cohort}-01`,
    segment,
    size,
    k,
    base: size,
    retained,
    revenue: retained * 50,
    revenue0: size * 50,
    cumulative: (k + 1) * retained * 40,
    orders: retained + k,
    complete,
    as_of: '2024-03-15',
  };
}
const ROWS: CohortCellRow[] = [
  cell('2024-01', null, 120, 0, 120, true),
  cell('2024-01', null, 120, 1, 42, true),
  cell('2024-01', null, 120, 2, 11, false),
  cell('2024-02', null, 12, 0, 12, true),
  cell('2024-02', null, 12, 1, 2, false),
  cell('2024-03', null, 80, 0, 80, false),
];
const SEGMENTED: CohortCellRow[] = ['web', 'store'].flatMap((s, i) => [
  cell('2024-01', s, 60 + i * 10, 0, 60 + i * 10, true),
  cell('2024-01', s, 60 + i * 10, 1, 20 - i * 8, true),
  cell('2024-01', s, 60 + i * 10, 2, 9 - i * 3, true),
  cell('2024-02', s, 40, 0, 40, true),
  cell('2024-02', s, 40, 1, 15 - i * 6, false),
]);

/**
 * The component's SVGs (the heatmap draws its legend, sticky label columns and cells as three) with every
 * number rounded to 3 decimals, so float noise never fails a test.
 */
function svgOf(body: string): string {
  const svgs = body.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
  return svgs
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+class="[^"]*svelte-[a-z0-9]+[^"]*"/g, (m) => m.replace(/\s*svelte-[a-z0-9]+/g, ''))
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/></g, '>\n<');
}

/** Compare with the committed baseline; write `-changed.svg` beside it on a difference (as Plot does). */
function matchBaseline(name: string, svg: string) {
  const dir = path.resolve('test/unit/components/cohorts/__snapshots__');
  const file = path.join(dir, `${name}.svg`);
  const changed = path.join(dir, `${name}-changed.svg`);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS) writeFileSync(file, svg);
  const expected = readFileSync(file, 'utf8');
  if (expected !== svg) writeFileSync(changed, svg);
  else if (existsSync(changed)) rmSync(changed);
  expect(svg).toBe(expected);
}

describe('CohortHeatmap renders as SVG', () => {
  it('draws % cells, an average row, hatched incomplete cells and a faded small cohort', () => {
    const table = shapeCohorts(ROWS, 'customers');
    const { body } = render(CohortHeatmap, { props: { table, measure: 'customers', period: 'month' } });
    const svg = svgOf(body);
    expect(svg).toContain('url(#cohort-hatch)');
    expect(svg).toMatch(/class="row small"/);
    expect(svg).toContain('>35%<'); // 42 of 120
    matchBaseline('heatmap', svg);
  });

  it('shows totals instead of rates when asked: retained customers, with the colours of the rates', () => {
    const table = shapeCohorts(ROWS, 'customers');
    const rates = svgOf(
      render(CohortHeatmap, { props: { table, measure: 'customers', period: 'month' } }).body,
    );
    const totals = svgOf(
      render(CohortHeatmap, { props: { table, measure: 'customers', period: 'month', cells: 'total' } }).body,
    );
    expect(totals).toContain('>42<'); // 42 of 120 retained in period 1
    expect(totals).not.toContain('>35%<');
    // The average row pools complete cells: period 1 of January only (February's is not over) = 42.
    const fills = (svg: string) => svg.match(/fill="#[0-9a-f]{6}"/g);
    expect(fills(totals)).toEqual(fills(rates));
  });

  it('puts one cell in the tab order, and pins a copy of the cohort and size columns for the eye only', () => {
    const table = shapeCohorts(ROWS, 'customers');
    const { body } = render(CohortHeatmap, { props: { table, measure: 'customers', period: 'month' } });
    expect(body.match(/tabindex="0"/g)).toHaveLength(1);
    // 2 average cells (only periods 0 and 1 have a complete cohort) + 3 + 2 + 1 cohort cells: 8, one tab stop.
    expect(body.match(/role="button"/g)).toHaveLength(8);
    expect(body.match(/tabindex="-1"/g)).toHaveLength(7);
    expect(body).toMatch(/<svg[^>]*class="pin[^"]*"[^>]*aria-hidden="true"/);
  });

  it('groups rows by segment with an average row each', () => {
    const table = shapeCohorts(SEGMENTED, 'revenue');
    const { body } = render(CohortHeatmap, { props: { table, measure: 'revenue', period: 'quarter' } });
    matchBaseline('heatmap-segments', svgOf(body));
  });
});

describe('CohortCurves renders as SVG', () => {
  it('draws one line per cohort over complete cells, and the average with its band', () => {
    const table = shapeCohorts(SEGMENTED, 'customers');
    const { body } = render(CohortCurves, {
      props: { table, measure: 'customers', period: 'month', width: 600, height: 300 },
    });
    const svg = svgOf(body);
    expect(svg.match(/data-series=/g)).toHaveLength(5); // 4 cohort lines + the average
    expect(svg).toContain('class="band"');
    matchBaseline('curves', svg);
  });

  it('compares segments: one curve per segment with a band', () => {
    const table = shapeCohorts(SEGMENTED, 'customers');
    const { body } = render(CohortCurves, {
      props: { table, measure: 'customers', period: 'month', by: 'segments', width: 600, height: 300 },
    });
    const svg = svgOf(body);
    expect(svg.match(/data-series=/g)).toHaveLength(2);
    matchBaseline('curves-segments', svg);
  });
});
