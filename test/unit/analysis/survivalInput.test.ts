import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/engine/types';
import type { LoadSpec } from '../../../src/lib/ingest/spec';
import {
  buildSplitColumnsSql,
  buildSurvivalInputSql,
  type SplitColumnRow,
  type SurvivalInputRow,
} from '../../../src/lib/analysis/survivalInput';
import { freshEngine, loadTexts, ordersSpec } from '../../helpers/engine';

const COLUMNS = ['months', 'Churn', 'contract', '"; DROP TABLE tenure; --'];
const tenureSpec: LoadSpec = {
  ...ordersSpec(COLUMNS),
  fileName: 'tenure.csv',
  role: 'tenure',
  fields: { duration: 0, event: 1 },
  attributes: [2, 3],
};
// Event flags in every spelling a churn export uses; one row has no readable flag and is rejected.
const TENURE = [
  'months,Churn,contract,x',
  '1,Yes,monthly,a',
  '1,no,monthly,a',
  '3,TRUE,monthly,b',
  '3,1,yearly,b',
  '3,0,yearly,b',
  '12,false,yearly,',
  '5,maybe,monthly,a',
  '2.5,Y,two-year,a',
].join('\n');

let engine: Engine;
beforeAll(async () => {
  engine = await freshEngine();
  const info = await loadTexts(engine, [{ spec: tenureSpec, text: TENURE }]);
  expect(info.rows).toEqual({ read: 8, loaded: 7, rejected: 1 });
});
afterAll(() => engine.close());

describe('buildSurvivalInputSql({kind: "tenure"})', () => {
  it('takes durations and yes/no, 1/0, true/false flags as given', async () => {
    const rows = await engine.query<SurvivalInputRow>(buildSurvivalInputSql({ kind: 'tenure' }));
    expect(rows).toEqual([
      { grp: null, duration: 1, event: false, n: 1 },
      { grp: null, duration: 1, event: true, n: 1 },
      { grp: null, duration: 2.5, event: true, n: 1 },
      { grp: null, duration: 3, event: false, n: 1 },
      { grp: null, duration: 3, event: true, n: 2 },
      { grp: null, duration: 12, event: false, n: 1 },
    ]);
  });

  it('splits by any column of the table, even one named like an injection', async () => {
    const rows = await engine.query<SurvivalInputRow>(
      buildSurvivalInputSql({ kind: 'tenure', by: '"; DROP TABLE tenure; --' }),
    );
    expect(rows.map((r) => [r.grp, r.duration, r.event, r.n])).toEqual([
      ['(blank)', 12, false, 1],
      ['a', 1, false, 1],
      ['a', 1, true, 1],
      ['a', 2.5, true, 1],
      ['b', 3, false, 1],
      ['b', 3, true, 2],
    ]);
  });

  it('folds all but the largest groups into "(other)" when asked', async () => {
    const rows = await engine.query<SurvivalInputRow>(
      buildSurvivalInputSql({ kind: 'tenure', by: 'contract', maxGroups: 2 }),
    );
    // monthly (3) and yearly (3) are kept; two-year (1) is folded.
    expect([...new Set(rows.map((r) => r.grp))]).toEqual(['(other)', 'monthly', 'yearly']);
    expect(rows.filter((r) => r.grp === '(other)')).toEqual([
      { grp: '(other)', duration: 2.5, event: true, n: 1 },
    ]);
  });
});

describe('buildSplitColumnsSql', () => {
  it('lists the tenure table columns other than duration and event', async () => {
    const rows = await engine.query<SplitColumnRow>(buildSplitColumnsSql('tenure'));
    expect(rows.map((r) => [r.source, r.column])).toEqual([
      ['tenure', 'contract'],
      ['tenure', '"; DROP TABLE tenure; --'],
    ]);
  });
});
