import type { clvEn } from '../clv';
import type { Translation } from '../../locale';

/** Danish: the lifetime-value section. */
export const clvDa: Translation<typeof clvEn> = {
  'clv.table': 'Tabel',
  'clv.sql': 'SQL',
  'clv.unit.day': 'dage',
  'clv.unit.week': 'uger',
  'clv.unit.month': 'måneder',
  'clv.unitOne.day': 'dag',
  'clv.unitOne.week': 'uge',
  'clv.unitOne.month': 'måned',
  'clv.period.week': 'uger',
  'clv.period.month': 'måneder',
  'clv.period.quarter': 'kvartaler',

  'clv.settings.unit': 'Tidsenhed',
  'clv.settings.horizon': 'Horisont (måneder)',
  'clv.settings.margin': 'Bruttomargin %',
  'clv.settings.discount': 'Diskonteringsrente % / måned',

  'clv.fit.title': 'Modeller for køb og forbrug',
  'clv.fit.about':
    'BG/NBD (Fader, Hardie & Lee 2005) modellerer, hvor ofte hver kunde køber, og hvornår kunden i stilhed holder op; Gamma-Gamma (Fader & Hardie 2013) modellerer, hvad kunden bruger pr. købsanledning. Begge estimeres med maksimum likelihood i din browser, i en baggrundsproces, ud fra hver kundes genkøb x, tidspunktet for det seneste t_x og observationstiden T (ordrer samme dag er én købsanledning). ± er én standardfejl.',
  'clv.fit.running': 'Estimerer modellerne i baggrunden …',
  'clv.fit.bgnbd': 'BG/NBD – købsfrekvens og frafald',
  'clv.fit.gammaGamma': 'Gamma-Gamma – forbrug pr. købsanledning',
  'clv.fit.bgnbdMeaning':
    'Så længe en kunde er aktiv, køber den i gennemsnit {rate} gange pr. {unit} (r/α); efter hvert køb falder i gennemsnit {dropout} fra for altid (a/(a+b)).',
  'clv.fit.ggMeaning': 'En købsanledning er i gennemsnit {spend} værd på tværs af kunderne (pγ/(q−1)).',
  'clv.fit.logLikelihood': 'log-likelihood {value}',
  'clv.fit.customers': '{n} kunder i {groups} forskellige (x, t_x, T)-grupper',
  'clv.fit.unit': 'tid i {unit}',
  'clv.fit.repeaters': '{n} genkøbere',
  'clv.fit.correlation': 'korrelation mellem frekvens og forbrug {value} (modellen antager, at der ingen er)',
  'clv.fit.noGammaGamma':
    'Ikke estimeret: færre end 10 genkøbere med et positivt gennemsnitligt forbrug. Forventet CLV bruger i stedet den gennemsnitlige købsværdi.',
  'clv.fit.search':
    'Nelder–Mead fra {starts} startpunkter ({agreeing} nåede samme optimum), {evaluations} beregninger af likelihood, {ms} ms.',

  'clv.warning.notConverged':
    'Optimeringen stoppede, før den konvergerede ({evaluations} beregninger); brug parametrene med forsigtighed.',
  'clv.warning.startsDisagree':
    'Kun {agreeing} af {starts} startpunkter nåede det bedste optimum: likelihood-funktionen kan være flad eller have flere toppe.',
  'clv.warning.fewCustomers': 'Kun {customers} kunder (færre end {min}): estimaterne er usikre.',
  'clv.warning.fewRepeaters':
    'Kun {repeaters} kunder købte igen (færre end {min}): frafaldet er knap nok identificeret.',
  'clv.warning.shortPeriod':
    'Dataene dækker kun {span} tidsenheder (under 90 dage): for kort tid til at skelne sjældne købere fra tabte kunder.',
  'clv.warning.extremeParameters':
    'En parameter løb mod en ekstrem værdi: dataene passer måske ikke til modellen.',
  'clv.warning.noMeanSpend':
    'Gamma-Gamma q = {q} ≤ 1: det gennemsnitlige forbrug er udefineret, så den samlede gennemsnitlige købsværdi bruges i stedet.',
  'clv.warning.excludedSpend':
    '{excluded} genkøbere med nul eller negativt gennemsnitligt forbrug blev holdt uden for forbrugsmodellen.',

  'clv.metric.total': 'Forventet CLV, næste {months} måneder',
  'clv.metric.total.about':
    'Σ over kunder og måneder af forventede køb × forventet forbrug × margin, tilbagediskonteret pr. måned.',
  'clv.metric.mean': 'Forventet CLV pr. kunde',
  'clv.metric.mean.about': 'Totalen divideret med alle de kunder, modellen så.',
  'clv.metric.purchases': 'Forventede køb, næste {months} måneder',
  'clv.metric.purchases.about':
    'Σ af hver kundes forventede købsanledninger (betinget forventning i BG/NBD).',
  'clv.metric.alive': 'Gennemsnitlig P(alive)',
  'clv.metric.alive.about':
    'Den gennemsnitlige sandsynlighed for, at en kunde ikke i stilhed er holdt op med at købe.',

  'clv.heatmap.title': 'Sandsynlighed for, at en kunde stadig er aktiv',
  'clv.heatmap.about':
    'P(alive) efter antal genkøb og tidspunktet for det seneste, for en kunde observeret i T = {T} {unit} (den længste observationstid). Hyppige købere, der ikke har købt i lang tid, er dem, der mest sandsynligt er væk; kunder uden genkøb regnes som aktive (BG/NBD antager, at frafald kun sker efter et køb).',
  'clv.heatmap.frequency': 'Genkøb (x)',
  'clv.heatmap.recency': 'Seneste køb efter det første (t_x, {unit})',

  'clv.holdout.title': 'Test mod det, der faktisk skete',
  'clv.holdout.about':
    'Modellerne estimeres igen kun på køb frem til kalibreringsperiodens slutning og skal derefter forudsige, hvad der skete bagefter. Til venstre: akkumulerede genkøb pr. uge siden den første kunde kom til, faktiske og forventede. Til højre: gennemsnitligt antal køb efter kalibreringsperioden, efter antal genkøb før den.',
  'clv.holdout.headline':
    'Forventet {predicted} genkøb efter kalibreringsperioden; {actual} fandt sted ({error}).',
  'clv.holdout.calibrationEnd': 'Kalibreringsperiodens slutning',
  'clv.holdout.run': 'Test',
  'clv.holdout.running': 'Estimerer på kalibreringsperioden …',
  'clv.holdout.prompt':
    'Vælg en slutdato for kalibreringsperioden for at sammenligne prognoserne med det, der skete bagefter.',
  'clv.holdout.tracking': 'Akkumulerede genkøb',
  'clv.holdout.byRepeats': 'Køb efter kalibreringsperioden, efter antal genkøb før den',
  'clv.holdout.weeks': 'Uger siden første køb',
  'clv.holdout.repeats': 'Genkøb i kalibreringsperioden',
  'clv.holdout.customers': 'Kunder',
  'clv.holdout.actual': 'Faktisk',
  'clv.holdout.predicted': 'Forventet',

  'clv.realised.title': 'Realiseret livstidsværdi',
  'clv.realised.about':
    'Akkumuleret nettoomsætning pr. kunde (refunderinger medregnet) efter kohortens alder: en kohorte er de kunder, der foretog deres første køb i samme periode. Hvert punkt samler de kohorter, der har nået den alder (samlet omsætning ÷ samlet antal kunder); perioder, der ikke er slut, er udeladt. Tabellen viser hver kohorte efter 3, 6, 12 og 24 perioder.',
  'clv.realised.headline': '{value} pr. kunde efter 12 {unit}',
  'clv.realised.period': 'Kohorter pr.',
  'clv.realised.by': 'Opdel efter',
  'clv.realised.noSplit': 'Ingen opdeling',
  'clv.realised.all': 'Alle kunder',
  'clv.realised.cohort': 'Kohorte',
  'clv.realised.size': 'Kunder',
  'clv.realised.age': 'Efter {age}',
  'clv.realised.xLabel': 'Kohortens alder ({unit})',
  'clv.realised.empty': 'Ingen kohorte har afsluttet en periode endnu.',

  'clv.formula.title': 'Livstidsværdi efter formel',
  'clv.formula.about':
    'Lærebogsformlen: månedligt dækningsbidrag fra en aktiv kunde ÷ månedligt frafald, × (1 + d) ÷ (d + frafald) med en diskonteringsrente d. Gennemsnitlig ordreværdi er nettoomsætning ÷ ordrer; køb pr. måned tæller ordrer fra kunder, der var aktive ved månedens start; frafaldet er frafald efter inaktivitet fra frafaldsanalysen (en kunde falder fra efter vinduet uden køb). Alt sammen over de seneste 12 hele måneder. Formlen antager, at alle kunder er ens, og at frafaldet er konstant – det gør modellerne ovenfor ikke.',
  'clv.formula.headline': '{value} pr. kunde',
  'clv.formula.aov': 'Gennemsnitlig ordreværdi',
  'clv.formula.frequency': 'Køb / aktiv kunde / måned',
  'clv.formula.margin': 'Bruttomargin',
  'clv.formula.churn': 'Frafald / måned',
  'clv.formula.discountAt': 'tilbagediskonteret med',
  'clv.formula.discount': 'Diskonteringsrente / måned',
  'clv.formula.result': 'CLV efter formel',
  'clv.formula.detail':
    '{first} – {last} ({months, plural, one {# måned} other {# måneder}}): {active, plural, one {# aktiv kundemåned} other {# aktive kundemåneder}}, {churned} faldet fra, {orders, plural, one {# ordre} other {# ordrer}} fra aktive kunder.',
  'clv.formula.window': 'Inaktivitetsvindue',
  'clv.formula.days': 'dage (forslag {suggested})',
  'clv.formula.noChurn': 'Ingen kunde faldt fra i disse måneder, så formlen har ingen endelig værdi.',

  'clv.rfm.title': 'RFM-segmenter',
  'clv.rfm.about':
    'Aktualitet (dage siden seneste køb), frekvens (købsanledninger) og pengeværdi (nettoomsætning), hver tildelt point 1–5 efter kvintil; de, der senest har købt, får 5. Et segment navngives efter aktualitetspoint og det afrundede gennemsnit af frekvens- og pengepoint. Ændr en celle i kortet for at omdøbe gruppen; siden Kunder følger med.',
  'clv.rfm.map': 'Segmentkort',
  'clv.rfm.rByFm': 'R \\ FM',
  'clv.rfm.cell': 'Segment for aktualitet {r}, frekvens og pengeværdi {fm}',
  'clv.rfm.reset': 'Nulstil kortet',
  'clv.rfm.segment': 'Segment',
  'clv.rfm.customers': 'Kunder',
  'clv.rfm.revenue': 'Nettoomsætning',
  'clv.rfm.ofRevenue': 'af omsætningen',
};
