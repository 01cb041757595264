import type { progressEn } from '../progress';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: long work, cancel and re-run. */
export const progressNb: Translation<typeof progressEn> = {
  'progress.running': 'Beregner …',
  'progress.elapsed': '{seconds} sek.',
  'progress.fraction': '{percent} ferdig',
  'progress.cancel': 'Avbryt',
  'progress.cancelHint': 'Stopp denne beregningen; resten av siden virker som før',
  'progress.cancelled': 'Beregningen ble avbrutt.',
  'progress.rerun': 'Kjør på nytt',
};
