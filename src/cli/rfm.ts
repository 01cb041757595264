import { buildRfmSegmentsSql, type RfmSegmentRow } from '../lib/analysis/rfm';
import { UsageError } from './args';
import type { Command } from './commands';

/** The JSON `lojal rfm --json` prints (issue contract). */
export interface RfmJson {
  segments: { name: string; customers: number; revenue: number }[];
}

/** `lojal rfm`: size and net revenue of each named RFM segment (METRICS.md §7, the default map). */
export const rfm: Command<RfmJson> = {
  options: [],
  async run(engine, info, args) {
    if (!info.roles.includes('orders')) throw new UsageError('rfm needs an orders file');
    const rows = await engine.query<RfmSegmentRow>(buildRfmSegmentsSql({ asOf: args.shared.asOf ?? null }));
    return { segments: rows.map((r) => ({ name: r.name, customers: r.customers, revenue: r.revenue })) };
  },
  text(r) {
    const width = Math.max(8, ...r.segments.map((s) => s.name.length));
    return [
      `${'segment'.padEnd(width)}  customers      revenue`,
      ...r.segments.map(
        (s) =>
          `${s.name.padEnd(width)}  ${String(s.customers).padStart(9)}  ${s.revenue.toFixed(2).padStart(11)}`,
      ),
    ].join('\n');
  },
};
