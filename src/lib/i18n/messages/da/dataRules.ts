import type { dataRulesEn } from '../dataRules';
import type { Translation } from '../../locale';

/** Danish: identical rows without an order id, customer counts. */
export const dataRulesDa: Translation<typeof dataRulesEn> = {
  'ingest.hygiene.identical': 'Identiske rækker uden ordre-id',
  'ingest.hygiene.identical.effect':
    'Filen har intet ordre-id, så identiske rækker kan være to rigtige køb (samme vare købt to gange samme dag): alle blev talt med. At beholde dem én gang ville give omsætning {revenueWith} i stedet for {revenue}.',
  'ingest.hygiene.identical.chosen':
    'Beholdt én gang, som du valgte: gentagelserne står blandt de afviste rækker, under nøjagtige dubletter.',
  'ingest.hygiene.identical.switch': 'Behold identiske rækker én gang',
  'subset.note': '{used} kunder med et køb; {left} med kun annullerede eller refunderede ordrer er udeladt.',
  'subset.about':
    'Kunder er de forskellige kunde-id’er blandt de indlæste rækker ({total}), talt ens på hver side. Denne side kræver mindst ét køb.',
};
