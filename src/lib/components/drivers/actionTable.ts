/** The contact list as a table (shown and exported) with each customer's reason in words. Pure. */
import { shown, type ExportTable } from '../../export/csv';
import type { MessageKey } from '../../i18n/en';
import type { ActionContact } from '../../models/actionList';
import type { DriverResult } from '../../models/drivers';
import { levelName } from './driversView';

type Translate = (key: MessageKey, args?: Record<string, string | number>) => string;

/** How shares and money are written for the reader. */
export interface ActionFormats {
  pct: (v: number | null) => string;
  money: (v: number | null) => string;
}

/** Why this customer is on the list, in words (the acted-on attribute `result`, named `name`). */
export function actionReason(
  c: ActionContact,
  result: DriverResult,
  name: string,
  t: Translate,
  f: ActionFormats,
): string {
  const best = result.levels.find((l) => l.level === result.best)!;
  const mine = result.levels.find((l) => l.level === c.level)!;
  return t('drivers.action.reason', {
    attribute: name,
    level: levelName(c.level, t),
    best: levelName(result.best!, t),
    s1: f.pct(best.survival12),
    s2: f.pct(mine.survival12),
    pAlive: f.pct(c.pAlive),
    value:
      c.valuable === 'clv'
        ? t('drivers.action.valueClv', { clv: f.money(c.clv) })
        : t('drivers.action.valueRevenue', { revenue: f.money(c.revenue) }),
  });
}

/** The contacts as an export table: raw numbers in the CSV, formatted ones on screen. */
export function actionTable(
  contacts: ActionContact[],
  result: DriverResult,
  name: string,
  t: Translate,
  f: ActionFormats,
): ExportTable {
  return {
    columns: [
      t('drivers.action.col.id'),
      t('drivers.action.col.level'),
      { label: t('drivers.action.col.pAlive'), unit: t('export.unit.share') },
      t('drivers.action.col.clv'),
      t('drivers.action.col.revenue'),
      t('drivers.action.col.reason'),
    ],
    rows: contacts.map((c) => [
      c.id,
      levelName(c.level, t),
      shown(c.pAlive, f.pct(c.pAlive)),
      shown(c.clv, f.money(c.clv)),
      shown(c.revenue, f.money(c.revenue)),
      actionReason(c, result, name, t, f),
    ]),
  };
}
