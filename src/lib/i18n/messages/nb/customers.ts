import type { customersEn } from '../customers';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: the customers section. */
export const customersNb: Translation<typeof customersEn> = {
  'customers.title': 'Alle kunder',
  'customers.about':
    'Én rad per kunde med et kjøp. Segment: RFM-segmentkartet på siden Livstidsverdi. P(alive): sannsynligheten for at kunden ikke i stillhet har sluttet å kjøpe (BG/NBD). Forventet CLV: forventet bidrag over den valgte horisonten, diskontert. Klikk på en kolonne for å sortere; eksporten skriver nøyaktig de radene som vises, i samme rekkefølge.',
  'customers.count': '{shown} av {total} kunder',
  'customers.presets': 'Utvalg',
  'customers.preset.all': 'Alle kunder',
  'customers.preset.atRisk': 'I faresonen og verdifulle',
  'customers.preset.atRisk.about':
    "Kunder i segmentene «At risk» og «Can't lose them» – de kjøpte ofte eller brukte mye, men ikke i det siste – med de som har brukt mest først. En liste for et tilbud som skal vinne dem tilbake, eller en telefon.",
  'customers.search': 'Søk etter ID eller egenskap',
  'customers.segment': 'Segment',
  'customers.allSegments': 'Alle segmenter',
  'customers.loading': 'Lister opp alle kunder …',
  'customers.scoring': 'Beregner med modellene …',
  'customers.export': 'Eksporter {n} rader (CSV)',
  'customers.empty': 'Ingen kunder passer med dette utvalget.',
  'customers.col.id': 'Kunde',
  'customers.col.segment': 'Segment',
  'customers.col.lastPurchase': 'Siste kjøp',
  'customers.col.purchases': 'Kjøp',
  'customers.col.revenue': 'Omsetning',
  'customers.col.pAlive': 'P(alive)',
  'customers.col.clv': 'Forventet CLV',
};
