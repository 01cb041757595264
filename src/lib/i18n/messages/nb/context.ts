import type { contextEn } from '../context';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: date range, customer profile, tenure-only data, the data's currency. */
export const contextNb: Translation<typeof contextEn> = {
  'range.label': 'Periode',
  'range.30d': 'Siste 30 dager',
  'range.90d': 'Siste 90 dager',
  'range.12m': 'Siste 12 måneder',
  'range.ytd': 'Hittil i år',
  'range.all': 'Hele perioden',
  'range.custom': 'Egendefinert',
  'range.from': 'Fra',
  'range.to': 'Til',
  'range.covers': 'Tallene gjelder {from} – {to} ({days, plural, one {# dag} other {# dager}})',
  'range.versus': 'endring mot {from} – {to}',
  'range.noPrevious': 'ingenting før første ordre å sammenligne med',
  'range.scope':
    'Perioden gjelder bare disse tallene. Månedsdiagrammet og de andre sidene bruker alle ordrer fram til beregningsdatoen (Kohorter har sin egen fra–til).',
  'range.previous': 'Forrige periode: {value}',
  'range.points': '{n} %-poeng',
  'range.trend':
    'Utvikling i {n, plural, one {# steg} other {# steg}} på {days, plural, one {# dag} other {# dager}}',
  'range.noChange': 'ingen endring å vise',
  'overview.monthly.open': 'Uferdig måned (data til {date})',

  'profile.title': 'Kunde {id}',
  'profile.open': 'Åpne profilen til kunde {id}',
  'profile.close': 'Lukk',
  'profile.print': 'Skriv ut',
  'profile.export': 'Eksporter ordrer (CSV)',
  'profile.loading': 'Leser kundens ordrer …',
  'profile.none': 'Ingen ordrer for denne kunden fram til beregningsdatoen.',
  'profile.summary':
    '{orders, plural, one {# ordre} other {# ordrer}} · {occasions, plural, one {# kjøpsanledning} other {# kjøpsanledninger}} · {refunds, plural, one {# refusjon} other {# refusjoner}}',
  'profile.revenue': 'Nettoomsetning',
  'profile.first': 'Første kjøp',
  'profile.last': 'Siste kjøp',
  'profile.cohort': 'Kohort (måned for første kjøp)',
  'profile.rfm': 'RFM-poeng',
  'profile.rfm.scores': 'R {r} · F {f} · M {m}',
  'profile.rfm.about': 'Poeng 1–5 blant alle kunder: aktualitet (5 = nyligst), frekvens, beløp.',
  'profile.segment': 'Segment',
  'profile.pAlive': 'P(alive)',
  'profile.clv': 'Forventet verdi, neste {months, plural, one {# måned} other {# måneder}}',
  'profile.basis':
    'BG/NBD og Gamma-Gamma tilpasset på {customers} kunder. Denne kunden: {x, plural, one {# gjenkjøp} other {# gjenkjøp}}, det siste {tx} etter det første, observert i {T}; forventet beløp per kjøp {spend}.',
  'profile.unreliable': 'Modelltilpasningen har advarsler (se Livstidsverdi): regn disse som usikre.',
  'profile.noModel': 'Modellene er ikke tilpasset ennå: det skjer på sidene Livstidsverdi og Kunder.',
  'profile.notScored': 'Ikke beregnet av modellene (ingen kjøpsanledning).',
  'profile.timeline': 'Ordrer over tid',
  'profile.timeline.about':
    'Hver ordre på sin dato: kjøp over linjen, refusjoner under, kansellerte ordrer hule.',
  'profile.col.date': 'Dato',
  'profile.col.order': 'Ordre',
  'profile.col.amount': 'Beløp',
  'profile.col.kind': 'Type',
  'profile.kind.purchase': 'Kjøp',
  'profile.kind.refund': 'Refusjon',
  'profile.kind.cancelled': 'Kansellert',

  'needsOrders.line':
    'Denne siden trenger en ordrefil: én rad per ordre med kunde-ID og ordredato (et beløp gir omsetning).',
  'needsOrders.survival': 'Det du har lastet inn, gir overlevelseskurvene på siden Frafall.',
  'needsOrders.go': 'Åpne overlevelse',

  'currency.fromData': 'Valuta oppgitt i dataene: {code}',
  'currency.mixed': 'Dataene oppgir flere valutaer ({codes}); beløp vises uten valutategn.',
  'currency.fromDataOption': 'Fra dataene ({code})',

  'rfm.name.Champions': 'Toppkunder',
  'rfm.name.Loyal': 'Lojale',
  'rfm.name.Potential loyalists': 'Mulig lojale',
  'rfm.name.New': 'Nye',
  'rfm.name.Promising': 'Lovende',
  'rfm.name.Need attention': 'Trenger oppmerksomhet',
  'rfm.name.About to sleep': 'I ferd med å sovne',
  'rfm.name.At risk': 'I faresonen',
  "rfm.name.Can't lose them": 'Må ikke mistes',
  'rfm.name.Hibernating': 'I dvale',
  'rfm.name.Lost': 'Tapt',
};
