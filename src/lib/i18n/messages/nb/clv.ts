import type { clvEn } from '../clv';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: the lifetime-value section. */
export const clvNb: Translation<typeof clvEn> = {
  'clv.table': 'Tabell',
  'clv.sql': 'SQL',
  'clv.unit.day': 'dager',
  'clv.unit.week': 'uker',
  'clv.unit.month': 'måneder',
  'clv.unitOne.day': 'dag',
  'clv.unitOne.week': 'uke',
  'clv.unitOne.month': 'måned',
  'clv.period.week': 'uker',
  'clv.period.month': 'måneder',
  'clv.period.quarter': 'kvartaler',

  'clv.settings.unit': 'Tidsenhet',
  'clv.settings.horizon': 'Horisont (måneder)',
  'clv.settings.margin': 'Bruttomargin %',
  'clv.settings.discount': 'Diskonteringsrente % / måned',

  'clv.fit.title': 'Modeller for kjøp og forbruk',
  'clv.fit.about':
    'BG/NBD (Fader, Hardie & Lee 2005) modellerer hvor ofte hver kunde kjøper og når kunden i stillhet slutter; Gamma-Gamma (Fader & Hardie 2013) modellerer hva kunden bruker per kjøpsanledning. Begge tilpasses med sannsynlighetsmaksimering i nettleseren, i en bakgrunnsprosess, på hver kundes gjenkjøp x, tidspunktet for det siste t_x og observasjonstiden T (ordrer samme dag er én kjøpsanledning). ± er én standardfeil.',
  'clv.fit.running': 'Tilpasser modellene i bakgrunnen …',
  'clv.fit.bgnbd': 'BG/NBD – kjøpsfrekvens og frafall',
  'clv.fit.gammaGamma': 'Gamma-Gamma – forbruk per kjøpsanledning',
  'clv.fit.bgnbdMeaning':
    'Så lenge en kunde er aktiv, kjøper den i snitt {rate} ganger per {unit} (r/α); etter hvert kjøp faller i snitt {dropout} fra for godt (a/(a+b)).',
  'clv.fit.ggMeaning': 'En kjøpsanledning er i snitt verdt {spend} på tvers av kundene (pγ/(q−1)).',
  'clv.fit.logLikelihood': 'log-likelihood {value}',
  'clv.fit.customers': '{n} kunder i {groups} ulike (x, t_x, T)-grupper',
  'clv.fit.unit': 'tid i {unit}',
  'clv.fit.repeaters': '{n} gjenkjøpere',
  'clv.fit.correlation': 'korrelasjon mellom frekvens og forbruk {value} (modellen antar at den er null)',
  'clv.fit.noGammaGamma':
    'Ikke tilpasset: færre enn 10 gjenkjøpere med positivt gjennomsnittlig forbruk. Forventet CLV bruker gjennomsnittlig kjøpsverdi i stedet.',
  'clv.fit.search':
    'Nelder–Mead fra {starts} startpunkter ({agreeing} nådde samme optimum), {evaluations} beregninger av likelihood, {ms} ms.',

  'clv.warning.notConverged':
    'Optimeringen stoppet før den konvergerte ({evaluations} beregninger); bruk parameterne med forsiktighet.',
  'clv.warning.startsDisagree':
    'Bare {agreeing} av {starts} startpunkter nådde det beste optimumet: likelihood-funksjonen kan være flat eller ha flere topper.',
  'clv.warning.fewCustomers': 'Bare {customers} kunder (færre enn {min}): estimatene er usikre.',
  'clv.warning.fewRepeaters':
    'Bare {repeaters} kunder kjøpte igjen (færre enn {min}): frafallet er knapt identifisert.',
  'clv.warning.shortPeriod':
    'Dataene dekker bare {span} tidsenheter (under 90 dager): for kort til å skille sjeldne kjøpere fra tapte kunder.',
  'clv.warning.extremeParameters':
    'En parameter gikk mot en ekstremverdi: dataene passer kanskje ikke modellen.',
  'clv.warning.noMeanSpend':
    'Gamma-Gamma q = {q} ≤ 1: gjennomsnittlig forbruk er udefinert, så den samlede gjennomsnittlige kjøpsverdien brukes i stedet.',
  'clv.warning.excludedSpend':
    '{excluded} gjenkjøpere med null eller negativt gjennomsnittlig forbruk ble holdt utenfor forbruksmodellen.',

  'clv.metric.total': 'Forventet CLV, neste {months} måneder',
  'clv.metric.total.about':
    'Σ over kunder og måneder av forventede kjøp × forventet forbruk × margin, diskontert per måned.',
  'clv.metric.mean': 'Forventet CLV per kunde',
  'clv.metric.mean.about': 'Totalen delt på alle kundene modellen så.',
  'clv.metric.purchases': 'Forventede kjøp, neste {months} måneder',
  'clv.metric.purchases.about':
    'Σ av hver kundes forventede kjøpsanledninger (betinget forventning i BG/NBD).',
  'clv.metric.alive': 'Gjennomsnittlig P(alive)',
  'clv.metric.alive.about':
    'Gjennomsnittlig sannsynlighet for at en kunde ikke i stillhet har sluttet å kjøpe.',

  'clv.heatmap.title': 'Sannsynlighet for at en kunde fortsatt er aktiv',
  'clv.heatmap.about':
    'P(alive) etter antall gjenkjøp og tidspunktet for det siste, for en kunde observert i T = {T} {unit} (den lengste observasjonstiden). Hyppige kjøpere som ikke har kjøpt på lenge, er de som mest sannsynlig er borte; kunder uten gjenkjøp regnes som aktive (BG/NBD antar at frafall bare skjer etter et kjøp).',
  'clv.heatmap.frequency': 'Gjenkjøp (x)',
  'clv.heatmap.recency': 'Siste kjøp etter det første (t_x, {unit})',

  'clv.holdout.title': 'Test mot det som faktisk skjedde',
  'clv.holdout.about':
    'Modellene tilpasses på nytt bare på kjøp fram til slutten av kalibreringsperioden, og skal så forutsi hva som skjedde etterpå. Til venstre: akkumulerte gjenkjøp per uke siden den første kunden kom, faktiske og forventede. Til høyre: gjennomsnittlig antall kjøp etter kalibreringsperioden, etter antall gjenkjøp før den.',
  'clv.holdout.headline':
    'Forventet {predicted} gjenkjøp etter kalibreringsperioden; {actual} skjedde ({error}).',
  'clv.holdout.calibrationEnd': 'Slutt på kalibreringsperioden',
  'clv.holdout.run': 'Test',
  'clv.holdout.running': 'Tilpasser på kalibreringsperioden …',
  'clv.holdout.prompt':
    'Velg en sluttdato for kalibreringsperioden for å sammenligne prognosene med det som skjedde etterpå.',
  'clv.holdout.tracking': 'Akkumulerte gjenkjøp',
  'clv.holdout.byRepeats': 'Kjøp etter kalibreringsperioden, etter antall gjenkjøp før den',
  'clv.holdout.weeks': 'Uker siden første kjøp',
  'clv.holdout.repeats': 'Gjenkjøp i kalibreringsperioden',
  'clv.holdout.customers': 'Kunder',
  'clv.holdout.actual': 'Faktisk',
  'clv.holdout.predicted': 'Forventet',

  'clv.realised.title': 'Realisert livstidsverdi',
  'clv.realised.about':
    'Akkumulert netto omsetning per kunde (refusjoner medregnet) etter kohortens alder: en kohort er kundene som gjorde sitt første kjøp i samme periode. Hvert punkt slår sammen kohortene som har nådd den alderen (total omsetning ÷ totalt antall kunder); perioder som ikke er over, er utelatt. Tabellen viser hver kohort etter 3, 6, 12 og 24 perioder.',
  'clv.realised.headline': '{value} per kunde etter 12 {unit}',
  'clv.realised.period': 'Kohorter per',
  'clv.realised.by': 'Del opp etter',
  'clv.realised.noSplit': 'Ingen oppdeling',
  'clv.realised.all': 'Alle kunder',
  'clv.realised.cohort': 'Kohort',
  'clv.realised.size': 'Kunder',
  'clv.realised.age': 'Etter {age}',
  'clv.realised.xLabel': 'Kohortens alder ({unit})',
  'clv.realised.empty': 'Ingen kohort har fullført en periode ennå.',

  'clv.formula.title': 'Livstidsverdi etter formel',
  'clv.formula.about':
    'Lærebokformelen: månedlig bidrag fra en aktiv kunde ÷ månedlig frafall, × (1 + d) ÷ (d + frafall) med diskonteringsrente d. Gjennomsnittlig ordreverdi er netto omsetning ÷ ordrer; kjøp per måned teller ordrer fra kunder som var aktive ved månedens start; frafallet er frafall etter inaktivitet fra frafallsanalysen (en kunde faller fra etter vinduet uten kjøp). Alt over de siste 12 hele månedene. Formelen antar at alle kunder er like og at frafallet er konstant – det gjør ikke modellene over.',
  'clv.formula.headline': '{value} per kunde',
  'clv.formula.aov': 'Gjennomsnittlig ordreverdi',
  'clv.formula.frequency': 'Kjøp / aktiv kunde / måned',
  'clv.formula.margin': 'Bruttomargin',
  'clv.formula.churn': 'Frafall / måned',
  'clv.formula.discountAt': 'diskontert med',
  'clv.formula.discount': 'Diskonteringsrente / måned',
  'clv.formula.result': 'CLV etter formel',
  'clv.formula.detail':
    '{first} – {last} ({months, plural, one {# måned} other {# måneder}}): {active, plural, one {# aktiv kundemåned} other {# aktive kundemåneder}}, {churned} falt fra, {orders, plural, one {# ordre} other {# ordrer}} fra aktive kunder.',
  'clv.formula.window': 'Inaktivitetsvindu',
  'clv.formula.days': 'dager (forslag {suggested})',
  'clv.formula.noChurn': 'Ingen kunde falt fra i disse månedene, så formelen gir ingen endelig verdi.',

  'clv.rfm.title': 'RFM-segmenter',
  'clv.rfm.about':
    'Aktualitet (dager siden siste kjøp), frekvens (kjøpsanledninger) og pengeverdi (netto omsetning), hver gitt poeng 1–5 etter kvintil; de som kjøpte sist, får 5. Et segment navngis etter aktualitetspoengene og det avrundede snittet av frekvens- og pengepoengene. Endre en celle i kartet for å gi gruppen et annet navn; Kunder-siden følger etter.',
  'clv.rfm.map': 'Segmentkart',
  'clv.rfm.rByFm': 'R \\ FM',
  'clv.rfm.cell': 'Segment for aktualitet {r}, frekvens og pengeverdi {fm}',
  'clv.rfm.reset': 'Tilbakestill kartet',
  'clv.rfm.segment': 'Segment',
  'clv.rfm.customers': 'Kunder',
  'clv.rfm.revenue': 'Netto omsetning',
  'clv.rfm.ofRevenue': 'av omsetningen',
};
