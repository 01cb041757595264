/** A fit warning in words, in the reader's language, with its numbers formatted (METRICS.md §6). */
import type { FitWarning } from '../../models/fit';
import { formatCount, formatPercent } from '../../i18n/format';
import { i18n, t } from '../../i18n/i18n.svelte';
import type { MessageKey } from '../../i18n/en';
import { warningMessage } from './reliability';

/** Parameters by the symbol the page shows them with. */
const SYMBOLS: Record<string, string> = { alpha: 'α', gamma: 'γ' };

/** A fitted quantity: four significant digits, or a whole number from 10,000 up. */
function fitted(v: number): string {
  return new Intl.NumberFormat(
    i18n.tag,
    Math.abs(v) >= 1e4 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 4 },
  ).format(v);
}

export function warningText(w: FitWarning): string {
  const { key, values } = warningMessage(w);
  const shown = Object.fromEntries(
    Object.entries(values).map(([k, v]) => {
      if (typeof v === 'string') return [k, SYMBOLS[v] ?? v];
      // The message says which way (predicted against actual): the miss itself is a size.
      if (k === 'miss') return [k, formatPercent(Math.abs(v), i18n.tag, 0)];
      if (k === 'predicted' || k === 'actual') return [k, formatCount(v, i18n.tag)];
      // Counts (customers, repeat buyers, evaluations) are whole numbers and shown as such.
      return [k, Number.isInteger(v) ? formatCount(v, i18n.tag) : fitted(v)];
    }),
  );
  return t(key as MessageKey, shown);
}
