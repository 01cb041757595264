import type { clvDiagnosticsEn } from '../clvDiagnostics';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: model diagnostics, the three lifetime values and the customers to call. */
export const clvDiagnosticsNb: Translation<typeof clvDiagnosticsEn> = {
  'clv.diag.title': 'Modellen bak disse tallene kan ikke stoles på med disse dataene',
  'clv.diag.lead':
    'Hvert tall merket «upålitelig» bygger på denne tilpasningen. Bruk dem høyst som en grov pekepinn til advarslene under er borte.',
  'clv.diag.badge': 'Upålitelig',
  'clv.diag.badgeAbout':
    'Bygger på en modelltilpasning med advarsler (se «Modellen bak disse tallene kan ikke stoles på» øverst på siden).',
  'clv.diag.column': '{label} — upålitelig: {codes}',
  'clv.diag.notIdentified.dropout':
    'Ingen tegn til frafall i disse dataene: kjøpsmodellen passer best når ingen noen gang slutter å kjøpe, så P(alive) ≈ 100 % for alle er en følge av modellen, ikke et funn, og forventede kjøp og CLV forutsetter at ingen noen gang forsvinner. Prøv en kortere kalibreringsperiode eller en lengre historikk, eller se hvem som har falt fra etter inaktivitet på Frafall-siden.',
  'clv.diag.notIdentified.param':
    'Dataene kan ikke fastslå parameteren {parameter}: standardfeilen ({se}) er større enn estimatet ({value}). Tall som bygger på den kan være langt unna. Flere kunder, lengre historikk eller en annen tidsenhet hjelper.',
  'clv.diag.notIdentified.any':
    'Standardfeilene kunne ikke beregnes: likelihooden er flat i en retning, så disse dataene bestemmer ikke parameterne. Bruk prognosene som grove anslag; lengre historikk hjelper.',
  'clv.diag.holdoutMiss':
    'Testen mot det som faktisk skjedde bommer med {miss}: tilpasset på dataene fram til kalibreringsslutt spådde modellen {predicted} gjenkjøp etterpå, og {actual} skjedde. Regn med at prognosene framover bommer like mye. Prøv en annen kalibreringsslutt eller tidsenhet, eller en lengre historikk.',
  'clv.diag.excludedSpend':
    '{excluded} gjenkjøpere har et gjennomsnittlig gjenkjøpsbeløp på null eller mindre (refusjoner veier tyngre enn kjøpene). De holdes utenfor beløpsmodellen og får dens gjennomsnitt for hele kundemassen, {spend} per kjøp, fordi det ikke finnes noe individuelt grunnlag for dem.',
  'clv.diag.model.bgnbd': 'Kjøpsmodellen (BG/NBD): P(alive), forventede kjøp og beregnet CLV.',
  'clv.diag.model.gammaGamma': 'Beløpsmodellen (Gamma-Gamma): forventet beløp og beregnet CLV.',

  'clv.answer.title': 'Hva kundene dine er verdt de neste {months} månedene',
  'clv.answer.about':
    'Beregnet av kjøps- og beløpsmodellene, tilpasset hver kundes historikk fram til analysedatoen. Margin og diskonteringsrente som valgt over.',
  'clv.answer.histogram': 'Beregnet CLV per kunde',
  'clv.answer.histogramX': 'Beregnet CLV',
  'clv.answer.histogramY': 'Kunder',
  'clv.answer.openBin': '{from} eller mer',
  'clv.answer.top': 'De {n} kundene med høyest beregnet CLV',
  'clv.answer.col.customer': 'Kunde',
  'clv.answer.col.revenue': 'Omsetning hittil',
  'clv.answer.col.purchases': 'Forventede kjøp',
  'clv.answer.col.clv': 'Beregnet CLV',
  'clv.answer.historic':
    'Hittil har kundene i snitt handlet for {historic} hver ({total} i alt, fram til {asOf}); modellen venter {predicted} hver de neste {months} månedene ({predictedTotal} i alt).',
  'clv.answer.share': 'De 10 % beste kundene står for {share} av den beregnede verdien.',

  'clv.three.title': 'Tre livstidsverdier, og hva hver bygger på',
  'clv.three.about':
    'De svarer på ulike spørsmål og blir derfor ulike: beregnet er hva dagens kunder ventes å gi de kommende månedene; formelen er en gjennomsnittskundes hele levetid ved dagens frafall; realisert er hva tidligere kohorter faktisk handlet for de første 12 månedene.',
  'clv.three.predicted': 'Beregnet, neste {months} måneder, per kunde',
  'clv.three.predictedBasis': '{n} kunder, modellene tilpasset {from} – {to}',
  'clv.three.formula': 'Formel (levetid), per kunde',
  'clv.three.formulaBasis':
    'gjennomsnittlig ordreverdi {aov} × {frequency} kjøp i måneden × margin {margin} ÷ frafall {churn} i måneden, diskontert {discount} i måneden',
  'clv.three.realised': 'Realisert verdi over 12 måneder, per kunde',
  'clv.three.realisedBasis':
    '{cohorts} kohorter, {customers} kunder (de som har hatt sine første 12 måneder)',
  'clv.three.realisedOne': '1 kohort, {customers} kunder (de som har hatt sine første 12 måneder)',
  'clv.three.none': 'ikke tilgjengelig ennå',
  'clv.three.realisedNone': 'ingen kohort har fullført 12 måneder ennå',

  'clv.details.summary': 'Modellparametere, standardfeil og hvordan tilpasningen gikk',

  'customers.call.threshold': 'Ring under P(alive)',
  'customers.call.flag': 'Ring',
  'customers.call.flagAbout':
    '{segment}, men P(alive) er bare {pAlive} (under {threshold}): RFM-segmentet sier beste kunde, modellen sier at de kan være på vei bort.',
  'customers.call.note':
    '{n} Champions- og Loyal-kunder har P(alive) under {threshold}: det er dem du bør ringe. Segmentet bygger på tidligere kjøp; modellen ser at de har vært borte uvanlig lenge.',
  'customers.preset.toCall': 'Bør ringes',
  'customers.preset.toCall.about':
    'Champions- og Loyal-kunder med P(alive) under grensen du har valgt, de minst sannsynlig aktive først.',
};
