import type { hardeningEn } from '../hardening';
import type { Translation } from '../../locale';

/** Danish: crash recovery, memory limits and sampling. */
export const hardeningDa: Translation<typeof hardeningEn> = {
  'recovery.reason.memory': 'den løb tør for hukommelse',
  'recovery.reason.crashed': 'dens arbejdstråd stoppede uventet',
  'recovery.restarting': 'Analysemotoren stoppede ({reason}). Den genstartes, og dine filer indlæses igen …',
  'recovery.recovered':
    'Analysemotoren stoppede ({reason}) og blev genstartet. Dine filer er indlæst igen, og dine indstillinger er bevaret.',
  'recovery.failed': 'Analysemotoren stoppede igen ({reason}).',
  'recovery.failedHint.memory':
    'Disse data kræver mere hukommelse, end browseren giver denne fane. Analysér en tilfældig stikprøve af kunder, eller indlæs en mindre fil: færre måneder, eller én række pr. kunde og dag (se README).',
  'recovery.failedHint.crashed':
    'Prøv igen, eller indlæs andre filer. Luk andre faner for at frigøre hukommelse til denne.',
  'recovery.retry': 'Prøv igen',
  'recovery.newData': 'Indlæs andre filer',
  'recovery.dismiss': 'Luk',
};
