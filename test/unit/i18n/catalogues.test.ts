import { describe, expect, it } from 'vitest';
import { da } from '../../../src/lib/i18n/da';
import { en, type MessageKey } from '../../../src/lib/i18n/en';
import { nb } from '../../../src/lib/i18n/nb';

const catalogues = { nb, da };
const keys = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Placeholders a translation may leave out because its sentence does not need them. */
const OMITTED: Partial<Record<MessageKey, string[]>> = {
  // "the last 6 months": the plural comes from English grammar; the translations say "periods".
  'cohorts.recent': ['unit'],
};

/**
 * Messages that are rightly the same as in English: names, symbols, codes, and words that are spelt
 * the same in Norwegian and Danish. Anything else identical to English is an untranslated string.
 */
const SAME_AS_ENGLISH = new Set<string>([
  'app.name',
  'common.unavailable',
  'common.showSql',
  'cohorts.sql.show',
  'churn.sql',
  'clv.sql',
  'ingest.hygiene.sql',
  'overview.period',
  'cohorts.anchor.attribute',
  'cohorts.cell.title',
  'churn.gaps.overflow',
  'ingest.size',
  'ingest.encoding.utf-8',
  'ingest.encoding.utf-16le',
  'ingest.encoding.utf-16be',
  'ingest.encoding.windows-1252',
  'ingest.lineEnding.LF',
  'ingest.lineEnding.CRLF',
  'ingest.field.status',
  'nav.data',
  'data.title',
  'churn.survival.median',
  'churn.survival.medianLine',
  'clv.fit.logLikelihood',
  'clv.rfm.rByFm',
  'clv.rfm.segment',
  'customers.col.pAlive',
  'customers.segment',
  'cohorts.cell.segment',
  'cohorts.tip.revenue',
  'churn.period',
  'churn.col.mrrStart',
  'churn.col.nrr',
  'churn.gaps.median',
  'customers.col.segment',
  'profile.rfm.scores',
  'profile.segment',
  'profile.pAlive',
  // Danish says "download" too.
  'cohorts.cell.download',
  'drivers.q',
  'drivers.col.chi2',
  'drivers.col.p',
  'drivers.col.q',
  'drivers.customers.col.status',
  'drivers.action.col.pAlive',
]);

describe.each(Object.entries(catalogues))('the %s catalogue', (_name, catalogue) => {
  it('has every English key', () => {
    expect(keys.filter((k) => typeof catalogue[k] !== 'string' || catalogue[k] === '')).toEqual([]);
  });

  it('has no key that English lacks', () => {
    expect(Object.keys(catalogue).filter((k) => !(k in en))).toEqual([]);
  });

  it('keeps every {placeholder} of the English message, and adds none', () => {
    const wrong = keys.filter((k) => {
      if (catalogue[k] === undefined) return false;
      const expected = placeholders(en[k]).filter((p) => !OMITTED[k]?.includes(p));
      return placeholders(catalogue[k]!).join() !== expected.join();
    });
    expect(wrong.map((k) => `${k}: ${catalogue[k]}`)).toEqual([]);
  });

  it('translates every message except names, symbols and words spelt the same', () => {
    const same = keys.filter((k) => catalogue[k] === en[k] && !SAME_AS_ENGLISH.has(k));
    expect(same.map((k) => `${k}: ${en[k]}`)).toEqual([]);
  });
});
