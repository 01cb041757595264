import type { hardeningEn } from '../hardening';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: crash recovery, memory limits and sampling. */
export const hardeningNb: Translation<typeof hardeningEn> = {
  'recovery.reason.memory': 'det gikk tom for minne',
  'recovery.reason.crashed': 'arbeidstråden stanset uventet',
  'recovery.restarting':
    'Analysemotoren stoppet ({reason}). Den startes på nytt, og filene dine leses inn igjen …',
  'recovery.recovered':
    'Analysemotoren stoppet ({reason}) og ble startet på nytt. Filene dine er lest inn igjen, og innstillingene dine er beholdt.',
  'recovery.failed': 'Analysemotoren stoppet igjen ({reason}).',
  'recovery.failedHint.memory':
    'Disse dataene trenger mer minne enn nettleseren gir denne fanen. Analyser et tilfeldig utvalg kunder, eller last inn en mindre fil: færre måneder, eller én rad per kunde og dag (se README).',
  'recovery.failedHint.crashed':
    'Prøv igjen, eller last inn andre filer. Å lukke andre faner frigjør minne til denne.',
  'recovery.retry': 'Prøv igjen',
  'recovery.newData': 'Last inn andre filer',
  'recovery.dismiss': 'Lukk',
};
