/**
 * Brute-force TypeScript versions of the metrics (METRICS.md), written plainly and independently of the
 * SQL, so tests can check the engine's numbers against them on generated data.
 */

/** One order line as a test sees it. */
export interface RefLine {
  orderId: string | null;
  customerId: string;
  date: string;
  amount: number;
  cancelled?: boolean;
}

interface RefOrder {
  customerId: string;
  date: string;
  amount: number;
  cancelled: boolean;
}

/** Group line items into orders (same customer and order id), earliest date, summed amount. */
export function refOrders(lines: RefLine[]): RefOrder[] {
  const orders = new Map<string, RefOrder>();
  lines.forEach((l, i) => {
    const key = l.orderId === null ? `#${i}` : `${l.customerId}\u0000${l.orderId}`;
    const o = orders.get(key);
    if (!o)
      orders.set(key, { customerId: l.customerId, date: l.date, amount: l.amount, cancelled: !!l.cancelled });
    else {
      o.amount += l.amount;
      if (l.date < o.date) o.date = l.date;
      o.cancelled ||= !!l.cancelled;
    }
  });
  return [...orders.values()];
}

/** Purchase occasions per customer: distinct days with a positive, non-cancelled order. */
export function refOccasionDays(orders: RefOrder[]): Map<string, Set<string>> {
  const days = new Map<string, Set<string>>();
  for (const o of orders) {
    if (!days.has(o.customerId)) days.set(o.customerId, new Set());
    if (o.amount >= 0 && !o.cancelled) days.get(o.customerId)!.add(o.date);
  }
  return days;
}

/** The overview numbers (METRICS.md §1, §3) computed one order at a time. */
export function refOverview(lines: RefLine[], asOf?: string) {
  const cutoff = asOf ?? lines.reduce((m, l) => (l.date > m ? l.date : m), '');
  const orders = refOrders(lines).filter((o) => o.date <= cutoff);
  const purchases = orders.filter((o) => o.amount >= 0 && !o.cancelled);
  let revenue = 0;
  for (const o of orders) revenue += o.cancelled ? Math.min(o.amount, 0) : o.amount;
  const days = refOccasionDays(orders);
  let occasions = 0;
  let buyers = 0;
  let repeaters = 0;
  for (const set of days.values()) {
    occasions += set.size;
    if (set.size >= 1) buyers++;
    if (set.size >= 2) repeaters++;
  }
  const dates = orders.map((o) => o.date).sort();
  return {
    customers: new Set(orders.map((o) => o.customerId)).size,
    orders: purchases.length,
    refunds: orders.filter((o) => o.amount < 0).length,
    occasions,
    revenue,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    asOf: cutoff,
    repeatRate: buyers ? repeaters / buyers : null,
    averageOrderValue: purchases.length ? revenue / purchases.length : null,
  };
}
