import type { clvDiagnosticsEn } from '../clvDiagnostics';
import type { Translation } from '../../locale';

/** Danish: model diagnostics, the three lifetime values and the customers to call. */
export const clvDiagnosticsDa: Translation<typeof clvDiagnosticsEn> = {
  'clv.diag.title': 'Modellen bag disse tal kan ikke stoles på med disse data',
  'clv.diag.lead':
    'Hvert tal markeret »upålideligt« bygger på denne tilpasning. Brug dem højst som en grov rettesnor, til advarslerne nedenfor er væk.',
  'clv.diag.badge': 'Upålideligt',
  'clv.diag.badgeAbout':
    'Bygger på en modeltilpasning med advarsler (se »Modellen bag disse tal kan ikke stoles på« øverst på siden).',
  'clv.diag.column': '{label} — upålideligt: {codes}',
  'clv.diag.notIdentified.dropout':
    'Intet tegn på frafald i disse data: købsmodellen passer bedst, når ingen nogensinde holder op med at købe, så P(alive) ≈ 100 % for alle er en følge af modellen, ikke et fund, og forventede køb og CLV forudsætter, at ingen nogensinde forsvinder. Prøv en kortere kalibreringsperiode eller en længere historik, eller se hvem der er faldet fra efter inaktivitet på siden Frafald.',
  'clv.diag.notIdentified.param':
    'Data kan ikke fastlægge parameteren {parameter}: standardfejlen ({se}) er større end estimatet ({value}). Tal, der bygger på den, kan ligge langt fra. Flere kunder, længere historik eller en anden tidsenhed hjælper.',
  'clv.diag.notIdentified.any':
    'Standardfejlene kunne ikke beregnes: likelihooden er flad i en retning, så disse data bestemmer ikke parametrene. Brug prognoserne som grove skøn; længere historik hjælper.',
  'clv.diag.holdoutMiss':
    'Testen mod det, der faktisk skete, rammer ved siden af med {miss}: tilpasset på data frem til kalibreringsslut forudsagde modellen {predicted} genkøb bagefter, og {actual} skete. Regn med, at prognoserne fremover rammer lige så meget ved siden af. Prøv en anden kalibreringsslut eller tidsenhed, eller en længere historik.',
  'clv.diag.excludedSpend':
    '{excluded} genkøbere har et gennemsnitligt genkøbsbeløb på nul eller mindre (refusioner vejer tungere end købene). De holdes uden for beløbsmodellen og får dens gennemsnit for alle kunder, {spend} pr. køb, da der ikke er noget individuelt grundlag for dem.',
  'clv.diag.model.bgnbd': 'Købsmodellen (BG/NBD): P(alive), forventede køb og beregnet CLV.',
  'clv.diag.model.gammaGamma': 'Beløbsmodellen (Gamma-Gamma): forventet beløb og beregnet CLV.',

  'clv.answer.title': 'Hvad dine kunder er værd de næste {months} måneder',
  'clv.answer.about':
    'Beregnet af købs- og beløbsmodellerne, tilpasset hver kundes historik frem til analysedatoen. Margin og diskontering som valgt ovenfor.',
  'clv.answer.histogram': 'Beregnet CLV pr. kunde',
  'clv.answer.histogramX': 'Beregnet CLV',
  'clv.answer.histogramY': 'Kunder',
  'clv.answer.openBin': '{from} eller mere',
  'clv.answer.top': 'De {n} kunder med højest beregnet CLV',
  'clv.answer.col.customer': 'Kunde',
  'clv.answer.col.revenue': 'Omsætning indtil nu',
  'clv.answer.col.purchases': 'Forventede køb',
  'clv.answer.col.clv': 'Beregnet CLV',
  'clv.answer.historic':
    'Indtil nu har kunderne i snit handlet for {historic} hver ({total} i alt, frem til {asOf}); modellen venter {predicted} hver de næste {months} måneder ({predictedTotal} i alt).',
  'clv.answer.share': 'De bedste 10 % af kunderne står for {share} af den beregnede værdi.',

  'clv.three.title': 'Tre livstidsværdier, og hvad hver bygger på',
  'clv.three.about':
    'De besvarer forskellige spørgsmål og bliver derfor forskellige: beregnet er, hvad nutidens kunder ventes at give de kommende måneder; formlen er en gennemsnitskundes hele levetid ved nutidens frafald; realiseret er, hvad tidligere kohorter faktisk handlede for de første 12 måneder.',
  'clv.three.predicted': 'Beregnet, næste {months} måneder, pr. kunde',
  'clv.three.predictedBasis': '{n} kunder, modellerne tilpasset {from} – {to}',
  'clv.three.formula': 'Formel (levetid), pr. kunde',
  'clv.three.formulaBasis':
    'gennemsnitlig ordreværdi {aov} × {frequency} køb om måneden × margin {margin} ÷ frafald {churn} om måneden, diskonteret {discount} om måneden',
  'clv.three.realised': 'Realiseret værdi over 12 måneder, pr. kunde',
  'clv.three.realisedBasis': '{cohorts} kohorter, {customers} kunder (dem, hvis første 12 måneder er gået)',
  'clv.three.realisedOne': '1 kohorte, {customers} kunder (dem, hvis første 12 måneder er gået)',
  'clv.three.none': 'ikke tilgængelig endnu',
  'clv.three.realisedNone': 'ingen kohorte har gennemført 12 måneder endnu',

  'clv.details.summary': 'Modelparametre, standardfejl og hvordan tilpasningen gik',

  'customers.call.threshold': 'Ring under P(alive)',
  'customers.call.flag': 'Ring',
  'customers.call.flagAbout':
    '{segment}, men P(alive) er kun {pAlive} (under {threshold}): RFM-segmentet siger bedste kunde, modellen siger, at de måske er på vej væk.',
  'customers.call.note':
    '{n} Champions- og Loyal-kunder har P(alive) under {threshold}: dem skal du ringe til. Segmentet bygger på tidligere køb; modellen ser, at de har været væk usædvanlig længe.',
  'customers.preset.toCall': 'Skal ringes op',
  'customers.preset.toCall.about':
    'Champions- og Loyal-kunder med P(alive) under den grænse, du har valgt, de mindst sandsynligt aktive først.',
};
