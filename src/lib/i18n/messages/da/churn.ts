import type { churnEn } from '../churn';
import type { Translation } from '../../locale';

/** Danish: the churn section. */
export const churnDa: Translation<typeof churnEn> = {
  'churn.title': 'Frafald og overlevelse',
  'churn.subtitle': 'Pr. {date} · en kunde regnes som tabt efter {window} dage uden køb',
  'churn.loading': 'Beregner …',
  'churn.sql': 'SQL',
  'churn.table': 'Tabel',
  'churn.hide': 'Skjul',
  'churn.copy': 'Kopiér',

  'churn.window': 'Inaktivitetsvindue',
  'churn.windowUnit': 'dage',
  'churn.windowSuggested': 'Brug forslaget ({days, plural, one {# dag} other {# dage}})',
  'churn.windowHelp':
    'En kunde, der ikke har købt noget på så mange dage efter et køb, regnes som tabt (faldet fra) på den sidste af dem; et køb den dag holder kunden.',
  'churn.period': 'Pr.',
  'churn.period.week': 'Uge',
  'churn.period.month': 'Måned',
  'churn.period.quarter': 'Kvartal',
  'churn.period.year': 'År',

  'churn.gaps.title': 'Tid mellem køb',
  'churn.gaps.summary':
    'Halvdelen af genkøbene kommer inden for {median} dage efter det forrige køb og 90 % inden for {p90} dage, så det foreslåede inaktivitetsvindue er {suggested} dage.',
  'churn.gaps.longer':
    'Med et vindue på {window} dage kom {share} af genkøbene efter en længere pause: de kunder regnes som tabt og derefter genvundet.',
  'churn.gaps.none':
    'Ingen kunde har købt to gange endnu, så der er ingen mellemrum at måle. Vinduet sættes til {window} dage.',
  'churn.gaps.about':
    'Dage mellem to på hinanden følgende købsanledninger for samme kunde (alle ordrer fra en kunde på én dag er én købsanledning). Vinduet W foreslås som 90-percentilen, rundet op til hele dage. Træk i markøren eller skriv et tal for at ændre det.',
  'churn.gaps.label': 'Histogram over dage mellem køb, med inaktivitetsvinduet markeret',
  'churn.gaps.axis': 'Dage siden forrige køb',
  'churn.gaps.count': 'Køb',
  'churn.gaps.median': 'median {days}',
  'churn.gaps.windowMark': 'vindue {days} dage',
  'churn.gaps.overflow': '{days}+',
  'churn.gaps.slider': 'Inaktivitetsvindue i dage',

  'churn.rate.title': 'Frafaldsrate',
  'churn.rate.about':
    'Kunder tabt i perioden ÷ aktive kunder ved periodens start (ChartMoguls formel). En kunde er tabt den dag, inaktivitetsvinduet udløber (seneste køb + W dage); den igangværende periode er stadig åben og tegnes lysere.',
  'churn.rate.label': 'Frafaldsrate pr. periode',
  'churn.rate.latest': '{rate} i {period}',
  'churn.active.title': 'Aktive kunder',
  'churn.active.about': 'Kunder ved starten af hver periode, hvis seneste køb lå højst W dage før.',
  'churn.active.label': 'Aktive kunder ved starten af hver periode',

  'churn.lifecycle.title': 'Kundernes livscyklus',
  'churn.lifecycle.about':
    'Pr. periode: nye (første køb), genkøbende (købte både i denne og forrige periode), genvundne (køber nu, ikke i forrige periode, men tidligere) og faldet fra (købte i forrige periode, men ikke i denne; tegnet under linjen).',
  'churn.lifecycle.label': 'Kundernes livscyklus pr. periode, stablet',
  'churn.lifecycle.new': 'Nye',
  'churn.lifecycle.returning': 'Genkøbende',
  'churn.lifecycle.resurrected': 'Genvundne',
  'churn.lifecycle.lapsed': 'Faldet fra',

  'churn.subs.title': 'Frafald af abonnenter',
  'churn.subs.about':
    'En kunde falder fra, når det sidste aktive abonnement slutter; en opgradering eller fornyelse, der starter samme dag, som et andet slutter, er ikke frafald. Rate = kunder, der faldt fra i måneden ÷ kunder med et aktivt abonnement ved månedens start.',
  'churn.subs.label': 'Frafaldsrate for abonnenter pr. periode',
  'churn.mrr.title': 'Bevægelser i tilbagevendende omsætning',
  'churn.mrr.about':
    'Hver kundes tilbagevendende beløb på månedens sidste dag sammenlignet med måneden før: ny, udvidelse, genaktivering (over linjen), reduktion og frafald (under). Nettoomsætningsfastholdelse (NRR) = denne måneds tilbagevendende omsætning fra sidste måneds betalende kunder ÷ deres omsætning sidste måned.',
  'churn.mrr.label': 'Bevægelser i tilbagevendende omsætning pr. måned',
  'churn.mrr.new': 'Ny',
  'churn.mrr.expansion': 'Udvidelse',
  'churn.mrr.reactivation': 'Genaktivering',
  'churn.mrr.contraction': 'Reduktion',
  'churn.mrr.churned': 'Faldet fra',
  'churn.mrr.nrr': 'Nettoomsætningsfastholdelse i {period}: {nrr}',

  'churn.survival.title': 'Hvor længe kunderne bliver',
  'churn.survival.about':
    'Kaplan–Meier-estimat af andelen af kunder, der stadig er aktive efter hvert tidspunkt, med 95 % konfidensbånd (Greenwood-varians, log-log-transformation). Mærkerne viser kunder, der stadig er aktive på analysedatoen (censurerede); rækken under aksen tæller de kunder, der stadig følges. Grupper sammenlignes med log-rank-testen.',
  'churn.survival.aboutOrders':
    'Varigheden løber fra første til seneste køb for kunder, der er faldet fra (intet køb i mere end W dage på analysedatoen), så en engangskunde, der er faldet fra, regnes som tabt på dag 0; kunder, der stadig er aktive, følges frem til analysedatoen.',
  'churn.survival.aboutSubscriptions':
    'Varigheden løber fra start til slut for hver sammenhængende abonnementsperiode; perioder, der stadig løber, følges frem til analysedatoen.',
  'churn.survival.aboutTenure': 'Varigheder og frafaldsmarkeringer, som de står i varighedstabellen.',
  'churn.survival.label': 'Kaplan–Meier-overlevelseskurver med 95 % konfidensbånd',
  'churn.survival.source': 'Varigheder fra',
  'churn.survival.source.orders': 'Ordrer og inaktivitetsvinduet',
  'churn.survival.source.subscriptions': 'Abonnementer',
  'churn.survival.source.tenure': 'Varighedstabel',
  'churn.survival.by': 'Sammenlign efter',
  'churn.survival.none': 'Intet (én kurve)',
  'churn.survival.all': 'Alle kunder',
  'churn.survival.axis.days': 'Dage',
  'churn.survival.axis.tenure': 'Varighed',
  'churn.survival.share': 'Stadig aktive',
  'churn.survival.atRisk': 'I risiko',
  'churn.survival.group': 'Gruppe',
  'churn.survival.n': 'Kunder',
  'churn.survival.events': 'Faldet fra',
  'churn.survival.median': 'Median',
  'churn.survival.medianCi': '95 % KI',
  'churn.survival.notReached': 'ikke nået',
  'churn.survival.medianLine': 'Median: {value}',
  'churn.survival.longer': 'Kunder med {attribute} »{better}« bliver længere end dem med »{worse}«; p = {p}.',
  'churn.survival.longerTiny':
    'Kunder med {attribute} »{better}« bliver længere end dem med »{worse}«; p < 0,001.',
  'churn.survival.longest':
    'Kunder med {attribute} »{better}« bliver længst, dem med »{worse}« forsvinder først; p = {p}.',
  'churn.survival.longestTiny':
    'Kunder med {attribute} »{better}« bliver længst, dem med »{worse}« forsvinder først; p < 0,001.',
  'churn.survival.noDifference': 'Ingen tydelig forskel mellem grupperne; p = {p}.',
  'churn.survival.test':
    'Log-rank-test: χ² = {chi2} med {df, plural, one {# frihedsgrad} other {# frihedsgrader}}.',
  'churn.survival.folded': 'Kun de {n} største grupper tegnes; resten er samlet som »(other)«.',
  'churn.col.period': 'Periode',
  'churn.col.month': 'Måned',
  'churn.col.activeAtStart': 'Aktive ved start',
  'churn.col.activeAtEnd': 'Aktive ved slut',
  'churn.col.churned': 'Faldet fra',
  'churn.col.churnRate': 'Frafaldsrate',
  'churn.col.reactivated': 'Genaktiveret',
  'churn.col.mrrStart': 'Start',
  'churn.col.mrrEnd': 'Slut',
  'churn.col.nrr': 'NRR',
  'churn.col.time': 'Tid',
  'churn.col.censored': 'Censureret',
  'churn.col.lower': 'Nedre 95 %',
  'churn.col.upper': 'Øvre 95 %',
  'churn.survival.empty': 'Ingen varigheder at tegne.',
};
