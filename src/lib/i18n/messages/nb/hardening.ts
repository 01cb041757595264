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
  'recovery.sample': 'Analyser et utvalg på {percent} av kundene',
  'limits.fits': 'Innlastingen trenger omtrent {need} minne; denne fanen kan gi omtrent {budget}.',
  'limits.tight':
    'Innlastingen trenger omtrent {need} av de {budget} minne denne fanen kan gi. Det bør gå, men andre faner kan måtte vike.',
  'limits.tooLarge':
    'Disse filene trenger omtrent {need} minne for å lastes inn, mer enn de {budget} denne fanen kan gi. Lastet inn i sin helhet vil de trolig få analysemotoren til å stoppe.',
  'limits.budget':
    'Grensen er halvparten av enhetens minne, høyst 3 GB: en nettleser gir ikke én fanes database mer (32-biters WebAssembly).',
  'limits.sampleOffer':
    'Analyser heller et tilfeldig utvalg kunder. Alle ordrene til hver utvalgte kunde beholdes, så andeler, gjennomsnitt, kurver og modeller forblir forventningsrette; antall og summer gjelder utvalget.',
  'limits.share': 'Andel av kundene',
  'limits.loadSample': 'Last inn et utvalg på {percent}',
  'sample.notice':
    'Et tilfeldig utvalg: {percent} av kundene ({customers}), hver med alle sine ordrer. Antall og summer gjelder utvalget; andeler, gjennomsnitt, kurver og modeller anslår helheten.',
  'sample.noticeShort': 'Et tilfeldig utvalg: {percent} av kundene, hver med alle sine ordrer.',
};
