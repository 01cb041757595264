import { describe, expect, it } from 'vitest';
import { generateShop } from '../../../scripts/sample/generate';
import {
  buildDriverColumnsSql,
  buildDriversSql,
  candidateKey,
  driverCandidates,
  driverLevels,
  isLandmark,
  type DriverColumnRow,
  type DriverInputRow,
} from '../../../src/lib/analysis/drivers';
import { analyseDrivers } from '../../../src/lib/models/drivers';
import type { LoadSpec } from '../../../src/lib/ingest/spec';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

describe('drivers on the sample shop', () => {
  it('puts loyalty membership on top, as the generator builds it in', async () => {
    const shop = generateShop({ customers: 3000, seed: 7 });
    const head = (csv: string) => csv.slice(0, csv.indexOf('\n')).split(',');
    const customersSpec: LoadSpec = {
      ...ordersSpec(head(shop.customers)),
      fileName: 'customers.csv',
      role: 'customers',
      fields: { customerId: 0, signupDate: 1 },
      attributes: [2, 3, 4, 5],
    };
    const engine = await freshEngine();
    try {
      await loadTexts(engine, [
        { spec: ordersSpec(head(shop.orders)), text: shop.orders },
        { spec: customersSpec, text: shop.customers },
      ]);
      const candidates = driverCandidates(await engine.query<DriverColumnRow>(buildDriverColumnsSql()));
      const rows = await engine.query<DriverInputRow>(buildDriversSql({ window: 60, candidates }));
      const { attributes } = analyseDrivers(
        driverLevels(rows, candidates).map((levels, i) => ({
          name: candidateKey(candidates[i]),
          landmark: isLandmark(candidates[i]),
          levels,
        })),
      );
      const [top] = attributes;
      expect(top.name).toBe('attribute:loyalty_member');
      expect(top.clear).toBe(true);
      expect(top.best).toBe('yes');
      expect(top.effectLower!).toBeGreaterThan(0.05);
      // Members' interval lies wholly above non-members'.
      const [yes, no] = top.levels;
      expect(yes.lower!).toBeGreaterThan(no.upper!);
    } finally {
      await engine.close();
    }
  }, 60_000);
});
