import type { contextEn } from '../context';
import type { Translation } from '../../locale';

/** Danish: date range, customer profile, tenure-only data, the data's currency. */
export const contextDa: Translation<typeof contextEn> = {
  'range.label': 'Periode',
  'range.30d': 'Seneste 30 dage',
  'range.90d': 'Seneste 90 dage',
  'range.12m': 'Seneste 12 måneder',
  'range.ytd': 'År til dato',
  'range.all': 'Hele perioden',
  'range.custom': 'Brugerdefineret',
  'range.from': 'Fra',
  'range.to': 'Til',
  'range.covers': 'Tallene dækker {from} – {to} ({days, plural, one {# dag} other {# dage}})',
  'range.versus': 'ændring mod {from} – {to}',
  'range.noPrevious': 'intet før første ordre at sammenligne med',
  'range.scope':
    'Perioden gælder kun disse tal. Månedsdiagrammet og de andre sider bruger alle ordrer frem til opgørelsesdatoen (Kohorter har sin egen fra–til).',
  'range.previous': 'Forrige periode: {value}',
  'range.points': '{n} %-point',
  'range.trend':
    'Udvikling i {n, plural, one {# trin} other {# trin}} på {days, plural, one {# dag} other {# dage}}',
  'range.noChange': 'ingen ændring at vise',
  'overview.monthly.open': 'Ufærdig måned (data til {date})',

  'profile.title': 'Kunde {id}',
  'profile.open': 'Åbn profilen for kunde {id}',
  'profile.close': 'Luk',
  'profile.print': 'Udskriv',
  'profile.export': 'Eksportér ordrer (CSV)',
  'profile.loading': 'Læser kundens ordrer …',
  'profile.none': 'Ingen ordrer for denne kunde frem til opgørelsesdatoen.',
  'profile.summary':
    '{orders, plural, one {# ordre} other {# ordrer}} · {occasions, plural, one {# købsanledning} other {# købsanledninger}} · {refunds, plural, one {# refusion} other {# refusioner}}',
  'profile.revenue': 'Nettoomsætning',
  'profile.first': 'Første køb',
  'profile.last': 'Seneste køb',
  'profile.cohort': 'Kohorte (måned for første køb)',
  'profile.rfm': 'RFM-point',
  'profile.rfm.scores': 'R {r} · F {f} · M {m}',
  'profile.rfm.about': 'Point 1–5 blandt alle kunder: aktualitet (5 = senest), frekvens, beløb.',
  'profile.segment': 'Segment',
  'profile.pAlive': 'P(alive)',
  'profile.clv': 'Forventet værdi, næste {months, plural, one {# måned} other {# måneder}}',
  'profile.basis':
    'BG/NBD og Gamma-Gamma tilpasset på {customers} kunder. Denne kunde: {x, plural, one {# genkøb} other {# genkøb}}, det seneste {tx} efter det første, observeret i {T}; forventet beløb pr. køb {spend}.',
  'profile.unreliable': 'Modeltilpasningen har advarsler (se Livstidsværdi): betragt disse som usikre.',
  'profile.noModel': 'Modellerne er ikke tilpasset endnu: det sker på siderne Livstidsværdi og Kunder.',
  'profile.notScored': 'Ikke beregnet af modellerne (ingen købsanledning).',
  'profile.timeline': 'Ordrer over tid',
  'profile.timeline.about':
    'Hver ordre på sin dato: køb over linjen, refusioner under, annullerede ordrer hule.',
  'profile.col.date': 'Dato',
  'profile.col.order': 'Ordre',
  'profile.col.amount': 'Beløb',
  'profile.col.kind': 'Type',
  'profile.kind.purchase': 'Køb',
  'profile.kind.refund': 'Refusion',
  'profile.kind.cancelled': 'Annulleret',

  'needsOrders.line':
    'Denne side kræver en ordrefil: én række pr. ordre med kunde-id og ordredato (et beløb giver omsætning).',
  'needsOrders.survival': 'Det, du har indlæst, giver overlevelseskurverne på siden Frafald.',
  'needsOrders.go': 'Åbn overlevelse',

  'currency.fromData': 'Valuta angivet i data: {code}',
  'currency.mixed': 'Data angiver flere valutaer ({codes}); beløb vises uden valutategn.',
  'currency.fromDataOption': 'Fra data ({code})',

  'rfm.name.Champions': 'Topkunder',
  'rfm.name.Loyal': 'Loyale',
  'rfm.name.Potential loyalists': 'Mulige loyale',
  'rfm.name.New': 'Nye',
  'rfm.name.Promising': 'Lovende',
  'rfm.name.Need attention': 'Kræver opmærksomhed',
  'rfm.name.About to sleep': 'Ved at falde i søvn',
  'rfm.name.At risk': 'I fare',
  "rfm.name.Can't lose them": 'Må ikke mistes',
  'rfm.name.Hibernating': 'I dvale',
  'rfm.name.Lost': 'Tabt',
};
