import type { sessionEn } from '../session';
import type { Translation } from '../../locale';

/** Danish: saved sessions, opening them again and forgetting all data. */
export const sessionDa: Translation<typeof sessionEn> = {
  'session.keep': 'Behold disse data på denne enhed',
  'session.keepWhat':
    'Gemmer en kopi af {files} ({size}) og hvordan de blev læst (kolonneopsætning, datorækkefølge, annullerede statusser{sample}) i browserens private lager for dette websted (det oprindelsesprivate filsystem, ikke en mappe, du kan se). Intet uploades. Du kan så åbne dem igen, efter fanen er lukket.',
  'session.keepSample': ', stikprøven på {percent}',
  'session.keptWhat':
    'Beholdt på denne enhed: {files} ({size}), gemt {date}. Fjern fluebenet for at slette kopien; »Glem alle data« sletter alt.',
  'session.saving': 'Gemmer en kopi på denne enhed …',
  'session.notPersisted':
    'Browseren kan stadig slette den, hvis disken løber tør for plads, som den kan med ethvert websteds lager.',
  'session.problem.unsupported':
    'Denne browser kan ikke gemme filer for dette websted (privat browsing, eller lager er blokeret i indstillingerne). Intet blev gemt.',
  'session.problem.quota':
    'Der er ikke plads til {size} i browserens lager. Intet blev gemt. Slet gemte sessioner på startsiden, eller fortsæt uden at gemme.',
  'session.problem.failed': 'Kopien kunne ikke gemmes ({detail}). Intet blev gemt.',
  'session.problem.missing': 'Denne gemte session er væk eller beskadiget ({detail}). Slet den fra listen.',
  'session.problem.changed':
    'De gemte filer læses ikke længere, som da de blev gemt ({detail}). Slet sessionen, og indlæs filerne igen.',
  'session.listTitle': 'Gemt på denne enhed',
  'session.listAbout':
    'Sessioner, du har valgt at beholde: filerne og hvordan de blev læst, i browserens private lager for dette websted. Når du åbner en, indlæses den igen her; intet uploades.',
  'session.saved': 'gemt {date}',
  'session.fileCount': '{count} filer',
  'session.oneFile': '1 fil',
  'session.sample': 'stikprøve på {percent} af kunderne',
  'session.open': 'Åbn',
  'session.opening': 'Åbner …',
  'session.delete': 'Slet',
  'session.deleteLabel': 'Slet den gemte session {name}',
  'session.openLabel': 'Åbn den gemte session {name}',
  'session.unreadable': 'En ufuldstændig eller beskadiget gemning',
  'session.forget': 'Glem alle data',
  'session.forgetHint':
    'Sletter alle gemte sessioner, de huskede kolonneopsætninger og dit valg af sprog og valuta fra denne browser.',
  'session.forgetting': 'Sletter …',
  'session.afterTitle': 'Gemt af dette websted nu',
  'session.afterFiles': 'Privat fillager: {names}',
  'session.afterFilesEmpty': 'Privat fillager: tomt',
  'session.afterFilesUnknown': 'Privat fillager: ikke tilgængeligt i denne browser',
  'session.afterKeys': 'Lojal-poster i lokalt lager: {keys}',
  'session.afterKeysEmpty': 'Lojal-poster i lokalt lager: ingen',
  'session.afterUsage':
    'Browseren oplyser {usage} i brug af dette websted; filer: {files}; kopien af appen til brug uden net (ingen data): {caches}.',
  'session.afterUsageTotal':
    'Browseren oplyser {usage} i brug af dette websted (kopien af appen indeholder ingen data).',
  'session.privacyKept':
    'Kun hvis du sætter flueben ved »Behold disse data på denne enhed« efter indlæsning: en kopi af de filer, du indlæste, og hvordan de blev læst, i browserens private lager for dette websted (det oprindelsesprivate filsystem). Den bliver liggende, til du sletter den.',
};
