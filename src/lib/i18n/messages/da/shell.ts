import type { offlineEn } from '../offline';
import type { privacyEn } from '../privacy';
import type { settingsEn } from '../settings';
import type { Translation } from '../../locale';

/** Danish: the offline copy and its update prompt. */
export const offlineDa: Translation<typeof offlineEn> = {
  'offline.saving': 'Gemmer til brug uden net …',
  'offline.savingHint': 'Henter appen og databasemotoren én gang, så den også kan åbnes uden netforbindelse.',
  'offline.ready': 'Virker uden net',
  'offline.readyHint':
    'Denne version af Lojal er gemt i browseren og kan åbnes og bruges uden netforbindelse.',
  'offline.failed': 'Ikke gemt til brug uden net',
  'offline.failedHint':
    'Browseren kunne ikke gemme en kopi (lageret er fuldt eller blokeret). Lojal virker stadig, så længe du er online.',
  'offline.update': 'En ny version af Lojal er klar.',
  'offline.reload': 'Genindlæs',
};

/** Danish: the "data stays on this device" note. */
export const privacyDa: Translation<typeof privacyEn> = {
  'privacy.title': 'Dine data bliver på denne enhed',
  'privacy.notStoredHeading': 'Gemmes ikke',
  'privacy.storedHeading': 'Gemmes på denne enhed',
  'privacy.read':
    'Dine filer læses af denne side, i denne fane. De uploades aldrig: Lojal har ingen server, ingen konto, ingen cookies og ingen analyseværktøjer.',
  'privacy.memory':
    'Indlæste data findes i denne fanes hukommelse. Når du genindlæser eller lukker fanen, er de væk, medmindre du har valgt at beholde dem (nedenfor).',
  'privacy.notStored':
    'Ingen rækker fra dine filer (ingen kunder, ordrer eller beløb) skrives til browserens lager, medmindre du sætter flueben ved »Behold disse data på denne enhed«.',
  'privacy.appCache':
    'En kopi af selve appen (koden, databasemotoren og eksempeldataene) i browserens cache, så den kan åbnes uden net. Den indeholder ingen af dine data.',
  'privacy.mappings':
    'Når du trykker på Indlæs, huskes den opsætning, du bekræftede, i browserens lokale lager: kolonnenavnene, hvad hver kolonne betyder, tal- og datoformaterne og de statusser, du markerede som annulleret. Næste måneds eksport med de samme kolonner indlæses så på samme måde.',
  'privacy.language': 'Vælger du sprog eller valuta, huskes valget i browserens lokale lager.',
  'privacy.downloads': 'Filer, du eksporterer, gemmes der, hvor din browser gemmer downloads.',
  'privacy.policy':
    'Sidens sikkerhedspolitik forbyder den at forbinde til andet end den adresse, den blev hentet fra, så data ikke kan sendes andre steder hen, heller ikke ved en fejl.',
  'privacy.remove':
    '»Glem alle data« sletter gemte sessioner, huskede kolonneopsætninger og sprogvalget. Kopien af appen indeholder ingen data; vil du også fjerne den, så slet webstedsdata for denne side i browserens indstillinger.',
};

/** Danish: the language and currency pickers. */
export const settingsDa: Translation<typeof settingsEn> = {
  'settings.language': 'Sprog',
  'settings.currency': 'Valuta for beløb',
  'settings.currencyNone': 'Uden symbol',
};
