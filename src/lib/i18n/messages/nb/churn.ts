import type { churnEn } from '../churn';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: the churn section. */
export const churnNb: Translation<typeof churnEn> = {
  'churn.title': 'Frafall og overlevelse',
  'churn.subtitle': 'Per {date} · en kunde regnes som tapt etter {window} dager uten kjøp',
  'churn.loading': 'Beregner …',
  'churn.sql': 'SQL',
  'churn.table': 'Tabell',
  'churn.hide': 'Skjul',
  'churn.copy': 'Kopier',

  'churn.window': 'Inaktivitetsvindu',
  'churn.windowUnit': 'dager',
  'churn.windowSuggested': 'Bruk forslaget ({days, plural, one {# dag} other {# dager}})',
  'churn.windowHelp':
    'En kunde som ikke har kjøpt noe på så mange dager etter et kjøp, regnes som tapt (falt fra) på den siste av dem; et kjøp den dagen holder kunden.',
  'churn.period': 'Per',
  'churn.period.week': 'Uke',
  'churn.period.month': 'Måned',
  'churn.period.quarter': 'Kvartal',
  'churn.period.year': 'År',

  'churn.gaps.title': 'Tid mellom kjøp',
  'churn.gaps.summary':
    'Halvparten av gjenkjøpene kommer innen {median} dager etter forrige kjøp, 90 % innen {p90} dager, så det foreslåtte inaktivitetsvinduet er {suggested} dager.',
  'churn.gaps.longer':
    'Med et vindu på {window} dager kom {share} av gjenkjøpene etter en lengre pause: disse kundene regnes som tapt og deretter gjenvunnet.',
  'churn.gaps.none':
    'Ingen kunde har kjøpt to ganger ennå, så det finnes ingen mellomrom å måle. Vinduet settes til {window} dager.',
  'churn.gaps.about':
    'Dager mellom to påfølgende kjøpsanledninger for samme kunde (alle ordrer fra en kunde på én dag er én kjøpsanledning). Vinduet W foreslås som 90-persentilen, rundet opp til hele dager. Dra markøren eller skriv inn et tall for å endre det.',
  'churn.gaps.label': 'Histogram over dager mellom kjøp, med inaktivitetsvinduet markert',
  'churn.gaps.axis': 'Dager siden forrige kjøp',
  'churn.gaps.count': 'Kjøp',
  'churn.gaps.median': 'median {days}',
  'churn.gaps.windowMark': 'vindu {days} dager',
  'churn.gaps.overflow': '{days}+',
  'churn.gaps.slider': 'Inaktivitetsvindu i dager',

  'churn.rate.title': 'Frafallsrate',
  'churn.rate.about':
    'Kunder tapt i perioden ÷ aktive kunder ved periodens start (ChartMogul sin formel). En kunde er tapt den dagen inaktivitetsvinduet løper ut (siste kjøp + W dager); den inneværende perioden er fortsatt åpen og tegnes lysere.',
  'churn.rate.label': 'Frafallsrate per periode',
  'churn.rate.latest': '{rate} i {period}',
  'churn.active.title': 'Aktive kunder',
  'churn.active.about': 'Kunder ved starten av hver periode med siste kjøp høyst W dager før.',
  'churn.active.label': 'Aktive kunder ved starten av hver periode',

  'churn.lifecycle.title': 'Kundenes livssyklus',
  'churn.lifecycle.about':
    'Per periode: nye (første kjøp), gjenkjøpende (kjøpte både i denne og forrige periode), gjenvunne (kjøpte nå, ikke i forrige periode, men tidligere) og falt fra (kjøpte i forrige periode, men ikke i denne; tegnet under linjen).',
  'churn.lifecycle.label': 'Kundenes livssyklus per periode, stablet',
  'churn.lifecycle.new': 'Nye',
  'churn.lifecycle.returning': 'Gjenkjøpende',
  'churn.lifecycle.resurrected': 'Gjenvunne',
  'churn.lifecycle.lapsed': 'Falt fra',

  'churn.subs.title': 'Frafall av abonnenter',
  'churn.subs.about':
    'En kunde faller fra når det siste aktive abonnementet tar slutt; en oppgradering eller fornyelse som starter samme dag som et annet slutter, er ikke frafall. Rate = kunder som falt fra i måneden ÷ kunder med aktivt abonnement ved månedens start.',
  'churn.subs.label': 'Frafallsrate for abonnenter per periode',
  'churn.mrr.title': 'Endringer i gjentakende inntekt',
  'churn.mrr.about':
    'Hver kundes gjentakende beløp siste dag i hver måned sammenlignet med måneden før: ny, økning, reaktivering (over linjen), nedgang og frafall (under). Netto inntektsbevaring (NRR) = denne månedens gjentakende inntekt fra forrige måneds betalende kunder ÷ inntekten fra dem forrige måned.',
  'churn.mrr.label': 'Endringer i gjentakende inntekt per måned',
  'churn.mrr.new': 'Ny',
  'churn.mrr.expansion': 'Økning',
  'churn.mrr.reactivation': 'Reaktivering',
  'churn.mrr.contraction': 'Nedgang',
  'churn.mrr.churned': 'Falt fra',
  'churn.mrr.nrr': 'Netto inntektsbevaring i {period}: {nrr}',

  'churn.survival.title': 'Hvor lenge kundene blir',
  'churn.survival.about':
    'Kaplan–Meier-estimat av andelen kunder som fortsatt er aktive etter hvert tidspunkt, med 95 % konfidensbånd (Greenwood-varians, log-log-transformasjon). Merkene viser kunder som fortsatt er aktive på analysedatoen (sensurerte); raden under aksen teller kundene som fortsatt følges. Grupper sammenlignes med log-rank-testen.',
  'churn.survival.aboutOrders':
    'Varigheten løper fra første til siste kjøp for kunder som har falt fra (ingen kjøp på mer enn W dager per analysedatoen), så en engangskunde som har falt fra, regnes som tapt på dag 0; kunder som fortsatt er aktive, følges fram til analysedatoen.',
  'churn.survival.aboutSubscriptions':
    'Varigheten løper fra start til slutt for hver sammenhengende abonnementsperiode; perioder som fortsatt løper, følges fram til analysedatoen.',
  'churn.survival.aboutTenure': 'Varigheter og frafallsmarkering slik de står i varighetstabellen.',
  'churn.survival.label': 'Kaplan–Meier-overlevelseskurver med 95 % konfidensbånd',
  'churn.survival.source': 'Varigheter fra',
  'churn.survival.source.orders': 'Ordrer og inaktivitetsvinduet',
  'churn.survival.source.subscriptions': 'Abonnementer',
  'churn.survival.source.tenure': 'Varighetstabell',
  'churn.survival.by': 'Sammenlign etter',
  'churn.survival.none': 'Ingenting (én kurve)',
  'churn.survival.all': 'Alle kunder',
  'churn.survival.axis.days': 'Dager',
  'churn.survival.axis.tenure': 'Varighet',
  'churn.survival.share': 'Fortsatt aktive',
  'churn.survival.atRisk': 'I risiko',
  'churn.survival.group': 'Gruppe',
  'churn.survival.n': 'Kunder',
  'churn.survival.events': 'Falt fra',
  'churn.survival.median': 'Median',
  'churn.survival.medianCi': '95 % KI',
  'churn.survival.notReached': 'ikke nådd',
  'churn.survival.medianLine': 'Median: {value}',
  'churn.survival.longer': 'Kunder med {attribute} «{better}» blir lenger enn de med «{worse}»; p = {p}.',
  'churn.survival.longerTiny':
    'Kunder med {attribute} «{better}» blir lenger enn de med «{worse}»; p < 0,001.',
  'churn.survival.longest':
    'Kunder med {attribute} «{better}» blir lengst, de med «{worse}» forsvinner først; p = {p}.',
  'churn.survival.longestTiny':
    'Kunder med {attribute} «{better}» blir lengst, de med «{worse}» forsvinner først; p < 0,001.',
  'churn.survival.noDifference': 'Ingen tydelig forskjell mellom gruppene; p = {p}.',
  'churn.survival.test':
    'Log-rank-test: χ² = {chi2} med {df, plural, one {# frihetsgrad} other {# frihetsgrader}}.',
  'churn.survival.folded': 'Bare de {n} største gruppene tegnes; resten er slått sammen til «(other)».',
  'churn.col.period': 'Periode',
  'churn.col.month': 'Måned',
  'churn.col.activeAtStart': 'Aktive ved start',
  'churn.col.activeAtEnd': 'Aktive ved slutt',
  'churn.col.churned': 'Falt fra',
  'churn.col.churnRate': 'Frafallsrate',
  'churn.col.reactivated': 'Reaktivert',
  'churn.col.mrrStart': 'Start',
  'churn.col.mrrEnd': 'Slutt',
  'churn.col.nrr': 'NRR',
  'churn.col.time': 'Tid',
  'churn.col.censored': 'Sensurert',
  'churn.col.lower': 'Nedre 95 %',
  'churn.col.upper': 'Øvre 95 %',
  'churn.survival.empty': 'Ingen varigheter å tegne.',
};
