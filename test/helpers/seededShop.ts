import { Random } from '../../src/lib/models/random';

/**
 * A seeded shop: 400 customers buying at their own Poisson rate, in 2023–2024, each stopping after a
 * purchase with probability `dropOut` (0: nobody ever stops).
 */
export function shop(dropOut = 0.15): string {
  const rng = new Random(99);
  const lines = ['order_id,customer_id,order_date,amount'];
  const start = Date.UTC(2023, 0, 1) / 86_400_000;
  const end = Date.UTC(2024, 11, 31) / 86_400_000;
  let n = 1;
  for (let c = 0; c < 400; c++) {
    // One hostile id: a spreadsheet would run it as a formula.
    const id = c === 7 ? '=HYPERLINK("x")' : `C${c}`;
    let day = start + Math.floor(rng.uniform() * 365);
    const rate = rng.gamma(1.2, 40);
    const value = 20 + rng.gamma(4, 0.1);
    while (day <= end) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${n++},"${id.replaceAll('"', '""')}",${iso},${(value * (0.5 + rng.uniform())).toFixed(2)}`);
      if (rng.uniform() < dropOut) break;
      day += 1 + Math.floor(rng.exponential(rate));
    }
  }
  return lines.join('\n');
}
