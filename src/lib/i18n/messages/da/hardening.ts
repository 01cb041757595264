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
  'recovery.sample': 'Analysér en stikprøve på {percent} af kunderne',
  'limits.fits': 'Indlæsningen kræver omkring {need} hukommelse; denne fane kan give omkring {budget}.',
  'limits.tight':
    'Indlæsningen kræver omkring {need} af de {budget} hukommelse, denne fane kan give. Det bør gå, men andre faner må måske vige.',
  'limits.tooLarge':
    'Disse filer kræver omkring {need} hukommelse at indlæse, mere end de {budget}, denne fane kan give. Indlæst i deres helhed vil de sandsynligvis få analysemotoren til at stoppe.',
  'limits.budget':
    'Grænsen er halvdelen af enhedens hukommelse, højst 3 GB: en browser giver ikke én fanes database mere (32-bit WebAssembly).',
  'limits.sampleOffer':
    'Analysér i stedet en tilfældig stikprøve af kunder. Alle ordrer for hver udvalgt kunde bevares, så andele, gennemsnit, kurver og modeller forbliver middelrette; antal og summer gælder stikprøven.',
  'limits.share': 'Andel af kunderne',
  'limits.loadSample': 'Indlæs en stikprøve på {percent}',
  'sample.notice':
    'En tilfældig stikprøve: {percent} af kunderne ({customers}), hver med alle deres ordrer. Antal og summer gælder stikprøven; andele, gennemsnit, kurver og modeller anslår helheden.',
  'sample.noticeShort': 'En tilfældig stikprøve: {percent} af kunderne, hver med alle deres ordrer.',
};
