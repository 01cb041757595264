import type { sessionEn } from '../session';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: saved sessions, opening them again and forgetting all data. */
export const sessionNb: Translation<typeof sessionEn> = {
  'session.keep': 'Behold disse dataene på denne enheten',
  'session.keepWhat':
    'Lagrer en kopi av {files} ({size}) og hvordan de ble lest (kolonneoppsett, datorekkefølge, kansellerte statuser{sample}) i nettleserens private lagring for dette nettstedet (det opprinnelsesprivate filsystemet, ikke en mappe du kan se). Ingenting lastes opp. Du kan da åpne dem igjen etter at fanen er lukket.',
  'session.keepSample': ', utvalget på {percent}',
  'session.keptWhat':
    'Beholdt på denne enheten: {files} ({size}), lagret {date}. Fjern avkrysningen for å slette kopien; «Glem alle data» sletter alt.',
  'session.saving': 'Lagrer en kopi på denne enheten …',
  'session.notPersisted':
    'Nettleseren kan likevel slette den hvis disken får lite plass, slik den kan med alle nettsteders lagring.',
  'session.problem.unsupported':
    'Denne nettleseren kan ikke lagre filer for dette nettstedet (privat surfing, eller lagring er blokkert i innstillingene). Ingenting ble lagret.',
  'session.problem.quota':
    'Det er ikke plass til {size} i nettleserens lagring. Ingenting ble lagret. Slett lagrede økter på startsiden, eller fortsett uten å lagre.',
  'session.problem.failed': 'Kopien kunne ikke lagres ({detail}). Ingenting ble lagret.',
  'session.problem.missing': 'Denne lagrede økten er borte eller skadet ({detail}). Slett den fra listen.',
  'session.problem.changed':
    'De lagrede filene leses ikke lenger slik de ble da de ble lagret ({detail}). Slett økten og last inn filene på nytt.',
  'session.listTitle': 'Lagret på denne enheten',
  'session.listAbout':
    'Økter du har valgt å beholde: filene og hvordan de ble lest, i nettleserens private lagring for dette nettstedet. Når du åpner en, lastes den inn på nytt her; ingenting lastes opp.',
  'session.saved': 'lagret {date}',
  'session.fileCount': '{count} filer',
  'session.oneFile': '1 fil',
  'session.sample': 'utvalg på {percent} av kundene',
  'session.open': 'Åpne',
  'session.opening': 'Åpner …',
  'session.delete': 'Slett',
  'session.deleteLabel': 'Slett den lagrede økten {name}',
  'session.openLabel': 'Åpne den lagrede økten {name}',
  'session.unreadable': 'En ufullstendig eller skadet lagring',
  'session.forget': 'Glem alle data',
  'session.forgetHint':
    'Sletter alle lagrede økter, de huskede kolonneoppsettene og valget av språk og valuta fra denne nettleseren.',
  'session.forgetting': 'Sletter …',
  'session.afterTitle': 'Lagret av dette nettstedet nå',
  'session.afterFiles': 'Privat fillagring: {names}',
  'session.afterFilesEmpty': 'Privat fillagring: tom',
  'session.afterFilesUnknown': 'Privat fillagring: ikke tilgjengelig i denne nettleseren',
  'session.afterKeys': 'Lojal-oppføringer i lokal lagring: {keys}',
  'session.afterKeysEmpty': 'Lojal-oppføringer i lokal lagring: ingen',
  'session.afterUsage':
    'Nettleseren oppgir {usage} i bruk av dette nettstedet; filer: {files}; kopien av appen for bruk uten nett (ingen data): {caches}.',
  'session.afterUsageTotal':
    'Nettleseren oppgir {usage} i bruk av dette nettstedet (kopien av appen inneholder ingen data).',
  'session.privacyKept':
    'Bare hvis du krysser av for «Behold disse dataene på denne enheten» etter innlasting: en kopi av filene du lastet inn og hvordan de ble lest, i nettleserens private lagring for dette nettstedet (det opprinnelsesprivate filsystemet). Den blir liggende til du sletter den.',
};
