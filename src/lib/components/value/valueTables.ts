/**
 * The tables behind the Value of retention figures: shown formatted beside each figure and exported
 * raw as CSV (see ShownNumber). Pure: words and formats come in as functions.
 */
import { shown, type ExportTable } from '../../export/csv';
import type { MessageKey } from '../../i18n/en';
import type { CurvePoint, HorizonCurve } from './valueView';

/** The reader's words and number formats. */
export interface TableWords {
  t: (key: MessageKey) => string;
  currency: string | null;
  money: (v: number | null) => string;
  pct: (v: number | null) => string;
  horizon: (years: number) => string;
}

const source = (w: TableWords, observed: boolean) =>
  w.t(observed ? 'value.col.observed' : 'value.col.extrapolated');

/** Profit, its change in money and in % for every horizon and Δ. */
export function profitTable(curves: HorizonCurve[], w: TableWords): ExportTable {
  return {
    columns: [
      w.t('value.col.horizon'),
      w.t('value.col.delta'),
      { label: w.t('value.col.annual'), unit: 'share, 0–1' },
      { label: w.t('value.col.profit'), unit: w.currency },
      { label: w.t('value.col.change'), unit: w.currency },
      { label: w.t('value.col.changePct'), unit: 'share' },
    ],
    rows: curves.flatMap((c) =>
      c.rows.map((r) => [
        w.horizon(c.years),
        r.delta,
        shown(r.annualRetention, w.pct(r.annualRetention)),
        shown(r.profit, w.money(r.profit)),
        shown(r.change, w.money(r.change)),
        shown(r.changePct, w.pct(r.changePct)),
      ]),
    ),
  };
}

/** Today's and the scenario's U_k by month, observed or extrapolated. */
export function curveTable(points: CurvePoint[], w: TableWords): ExportTable {
  return {
    columns: [
      w.t('value.col.month'),
      { label: w.t('value.col.baseline'), unit: 'share, 0–1' },
      { label: w.t('value.col.scenario'), unit: 'share, 0–1' },
      w.t('value.col.source'),
    ],
    rows: points.map((p) => [
      p.k,
      shown(p.baseline, w.pct(p.baseline)),
      shown(p.scenario, w.pct(p.scenario)),
      source(w, p.observed),
    ]),
  };
}

/** Revenue per active customer and the worth of one more retained customer by age. */
export function worthTable(
  worth: { k: number; revenue: number; worth: number; observed: boolean }[],
  w: TableWords,
): ExportTable {
  return {
    columns: [
      w.t('value.col.age'),
      { label: w.t('value.col.revenue'), unit: w.currency },
      { label: w.t('value.col.worth'), unit: w.currency },
      w.t('value.col.source'),
    ],
    rows: worth.map((x) => [
      x.k,
      shown(x.revenue, w.money(x.revenue)),
      shown(x.worth, w.money(x.worth)),
      source(w, x.observed),
    ]),
  };
}
