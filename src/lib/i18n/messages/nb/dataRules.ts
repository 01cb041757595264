import type { dataRulesEn } from '../dataRules';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: identical rows without an order id, customer counts. */
export const dataRulesNb: Translation<typeof dataRulesEn> = {
  'ingest.hygiene.identical': 'Identiske rader uten ordre-ID',
  'ingest.hygiene.identical.effect':
    'Filen har ingen ordre-ID, så identiske rader kan være to ekte kjøp (samme vare kjøpt to ganger samme dag): alle ble talt med. Å beholde dem én gang ville gitt omsetning {revenueWith} i stedet for {revenue}.',
  'ingest.hygiene.identical.chosen':
    'Beholdt én gang, slik du valgte: gjentakelsene står blant de avviste radene, under eksakte duplikater.',
  'ingest.hygiene.identical.switch': 'Behold identiske rader én gang',
  'subset.note': '{used} kunder med et kjøp; {left} med bare kansellerte eller refunderte ordrer er utelatt.',
  'subset.about':
    'Kunder er de ulike kunde-ID-ene blant de innleste radene ({total}), talt likt på hver side. Denne siden trenger minst ett kjøp.',
};
