import { buildOverviewSql, type OverviewRow } from '../lib/analysis/overview';
import type { LayoutId } from '../lib/ingest/layouts/types';
import { REJECTS_TABLE, type DatasetInfo } from '../lib/ingest/load';
import type { Command } from './commands';

/** The JSON `lojal summary --json` prints. Names are a contract: checks outside the tests rely on them. */
export interface SummaryJson {
  rows: { read: number; loaded: number; rejected: number };
  rejectReasons: Record<string, number>;
  rejects: { file: string; line: number; reason: string }[];
  customers: number;
  orders: number;
  occasions: number;
  revenue: number | null;
  firstDate: string | null;
  lastDate: string | null;
  asOf: string | null;
  repeatRate: number | null;
  averageOrderValue: number | null;
  /** The known export the data was read as (the orders file's, else the first recognised file's). */
  layout: LayoutId | null;
}

/** The layout to report: the first orders file's, else the first file's that has one. */
export function datasetLayout(info: Pick<DatasetInfo, 'files'>): LayoutId | null {
  const orders = info.files.find((f) => f.role === 'orders');
  return orders?.layout ?? info.files.find((f) => f.layout)?.layout ?? null;
}

export const summary: Command<SummaryJson> = {
  options: [],
  async run(engine, info, args) {
    const [o] = await engine.query<OverviewRow>(buildOverviewSql({ asOf: args.shared.asOf }));
    const rejects = await engine.query<{ file: string; line: number; reason: string }>(
      `SELECT file, line, reason FROM ${REJECTS_TABLE} ORDER BY _k, line LIMIT 100`,
    );
    return {
      rows: info.rows,
      rejectReasons: info.rejectReasons,
      rejects,
      customers: o.customers,
      orders: o.orders,
      occasions: o.occasions,
      revenue: info.hasAmount ? o.revenue : null,
      firstDate: o.firstDate,
      lastDate: o.lastDate,
      asOf: o.asOf,
      repeatRate: o.repeatRate,
      averageOrderValue: info.hasAmount ? o.averageOrderValue : null,
      layout: datasetLayout(info),
    };
  },
  text(r) {
    const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
    const money = (v: number | null) => (v === null ? '—' : v.toFixed(2));
    return [
      `rows           ${r.rows.read} read, ${r.rows.loaded} loaded, ${r.rows.rejected} rejected`,
      ...Object.entries(r.rejectReasons).map(([reason, n]) => `  rejected      ${n} × ${reason}`),
      `period         ${r.firstDate} … ${r.lastDate} (as of ${r.asOf})`,
      `customers      ${r.customers}`,
      `orders         ${r.orders}`,
      `occasions      ${r.occasions}`,
      `net revenue    ${money(r.revenue)}`,
      `repeat rate    ${pct(r.repeatRate)}`,
      `order value    ${money(r.averageOrderValue)}`,
      ...(r.layout ? [`layout         ${r.layout}`] : []),
    ].join('\n');
  },
};
