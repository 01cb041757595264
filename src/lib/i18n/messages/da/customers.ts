import type { customersEn } from '../customers';
import type { Translation } from '../../locale';

/** Danish: the customers section. */
export const customersDa: Translation<typeof customersEn> = {
  'customers.title': 'Alle kunder',
  'customers.about':
    'Én række pr. kunde med et køb. Segment: RFM-segmentkortet på siden Livstidsværdi. P(alive): sandsynligheden for, at kunden ikke i stilhed er holdt op med at købe (BG/NBD). Forventet CLV: forventet dækningsbidrag over den valgte horisont, tilbagediskonteret. Klik på en kolonne for at sortere; eksporten skriver præcis de viste rækker i samme rækkefølge.',
  'customers.count': '{shown} af {total} kunder',
  'customers.presets': 'Visninger',
  'customers.preset.all': 'Alle kunder',
  'customers.preset.atRisk': 'I fare og værdifulde',
  'customers.preset.atRisk.about':
    "Kunder i segmenterne »At risk« og »Can't lose them« – de købte ofte eller brugte meget, men ikke for nylig – med dem, der har brugt mest, først. En liste til et tilbud, der skal vinde dem tilbage, eller et opkald.",
  'customers.search': 'Søg efter id eller egenskab',
  'customers.segment': 'Segment',
  'customers.allSegments': 'Alle segmenter',
  'customers.loading': 'Opremser alle kunder …',
  'customers.scoring': 'Beregner med modellerne …',
  'customers.export': 'Eksportér {n} rækker (CSV)',
  'customers.empty': 'Ingen kunder passer til denne visning.',
  'customers.col.id': 'Kunde',
  'customers.col.segment': 'Segment',
  'customers.col.lastPurchase': 'Seneste køb',
  'customers.col.purchases': 'Køb',
  'customers.col.revenue': 'Omsætning',
  'customers.col.pAlive': 'P(alive)',
  'customers.col.clv': 'Forventet CLV',
};
