/**
 * Which numbers rest on a fit with warnings (METRICS.md §6 "Fit diagnostics"): the purchase model
 * (BG/NBD) carries P(alive), expected purchases and predicted CLV; the spend model (Gamma-Gamma)
 * expected spend and predicted CLV. A holdout miss of the holdout run counts against the purchase model
 * of the prediction run too: it is the same model on the same data. Pure functions.
 */
import type { ClvJobResult } from '../../models/clvJob';
import type { FitWarning } from '../../models/fit';

export interface ModelReliability {
  /** Warnings of the purchase model (the prediction fit's, plus a holdout miss). */
  purchase: FitWarning[];
  /** Warnings of the spend model. */
  spend: FitWarning[];
  /** P(alive) and expected purchases rest on a fit with warnings. */
  pAlive: boolean;
  /** Predicted CLV (both models) rests on a fit with warnings. */
  clv: boolean;
  /** Codes of every warning, once each: for export headers and columns. */
  codes: string[];
}

/** The reliability of a prediction run, given the holdout run (if any). */
export function modelReliability(
  predictions: ClvJobResult | null,
  holdout: ClvJobResult | null,
): ModelReliability {
  const purchase = [
    ...(predictions?.bgnbd.warnings ?? []),
    ...(holdout?.bgnbd.warnings.filter((w) => w.code === 'holdoutMiss') ?? []),
  ];
  const spend = predictions?.gammaGamma?.warnings ?? [];
  return {
    purchase,
    spend,
    pAlive: purchase.length > 0,
    clv: purchase.length > 0 || spend.length > 0,
    codes: warningCodes([...purchase, ...spend]),
  };
}

/** Each warning's code once, with its parameter when it has one (notIdentified:dropout). */
export function warningCodes(warnings: FitWarning[]): string[] {
  return [...new Set(warnings.map((w) => (w.parameter ? `${w.code}:${w.parameter}` : w.code)))];
}

/** The message of a warning: its key and the values it shows (raw; the page formats them). */
export function warningMessage(w: FitWarning): { key: string; values: Record<string, number | string> } {
  const values: Record<string, number | string> = { ...(w.values ?? {}) };
  if (w.code === 'notIdentified') {
    if (w.parameter === 'dropout') return { key: 'clv.diag.notIdentified.dropout', values };
    if (w.parameter)
      return { key: 'clv.diag.notIdentified.param', values: { ...values, parameter: w.parameter } };
    return { key: 'clv.diag.notIdentified.any', values };
  }
  if (w.code === 'holdoutMiss') return { key: 'clv.diag.holdoutMiss', values };
  return { key: `clv.warning.${w.code}`, values };
}
