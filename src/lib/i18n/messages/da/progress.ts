import type { progressEn } from '../progress';
import type { Translation } from '../../locale';

/** Danish: long work, cancel and re-run. */
export const progressDa: Translation<typeof progressEn> = {
  'progress.running': 'Beregner …',
  'progress.elapsed': '{seconds} sek.',
  'progress.fraction': '{percent} færdig',
  'progress.cancel': 'Annuller',
  'progress.cancelHint': 'Stop denne beregning; resten af siden virker som før',
  'progress.cancelled': 'Beregningen blev annulleret.',
  'progress.rerun': 'Kør igen',
};
