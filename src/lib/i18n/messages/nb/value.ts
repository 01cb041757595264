import type { valueEn } from '../value';
import type { Translation } from '../../locale';

/** Norwegian Bokmål: the value of retention section. */
export const valueNb: Translation<typeof valueEn> = {
  'nav.value': 'Verdien av lojalitet',
  'value.title': 'Verdien av lojalitet',
  'value.subtitle': 'Per {date} · hva det er verdt å beholde kundene lenger, målt på butikkens egne kunder',
  'value.tooShort':
    'Lojalitet kan bare måles med minst to hele måneder med kohorter; disse dataene har færre.',
  'value.horizon.1': '1 år',
  'value.horizon.3': '3 år',
  'value.horizon.5': '5 år',

  'value.inputs.title': 'Forutsetninger',
  'value.inputs.about':
    'Endre hvilken som helst av disse, så følger alle figurene; det som er målt i dataene, står nedenfor.',
  'value.inputs.margin': 'Bruttomargin',
  'value.inputs.marginHelp': 'Andelen av nettoomsetningen som er igjen etter varekostnaden.',
  'value.inputs.cost': 'Anskaffelseskostnad per ny kunde',
  'value.inputs.costHelp': 'Hva det koster å vinne én ny kunde; 0 utelater den.',
  'value.inputs.discount': 'Diskonteringsrente per måned',
  'value.inputs.discountHelp': 'Penger om t måneder teller som penger i dag ÷ (1 + rente)^t.',
  'value.inputs.horizon': 'Horisont',
  'value.inputs.delta': 'Scenario: årlig lojalitet +',
  'value.inputs.points': 'poeng',
  'value.inputs.deltaHelp': 'Scenarioet som tegnes i kurvene nedenfor og nevnes i overskriften.',
  'value.measured.title': 'Målt i dataene',
  'value.measured.annual': 'Årlig lojalitet',
  'value.measured.annualHelp': 'Andelen av en kohort som fortsatt kjøper i måned 12 eller senere (U₁₂ ÷ U₀).',
  'value.measured.rate': 'Nye kunder per måned',
  'value.measured.rateHelp': 'Snittet av de siste {months} hele månedene.',
  'value.measured.existing': 'Eksisterende kunder',
  'value.measured.existingHelp':
    'Kunder med et kjøp innen datoen analysen gjelder, hver i sin nåværende alder.',
  'value.measured.revenue': 'Omsetning per aktiv kunde',
  'value.measured.revenueHelp':
    'Nettoomsetning i en måned ÷ kunder som fortsatt er aktive da, i første måned og et år senere.',
  'value.measured.revenueValue': '{first} i måned 0 · {year} i måned 12',
  'value.measured.extrapolated': 'Lojalitet observert',
  'value.measured.extrapolatedValue': 'måned 0–{last}; framskrevet fra måned {from}',

  'value.profit.title': 'Endring i fortjeneste med høyere lojalitet',
  'value.profit.headline':
    '+{delta} prosentpoeng årlig lojalitet ({from} → {to}) ville endre fortjenesten over {horizon} med {money} ({pct}).',
  'value.profit.headlineNoPct':
    '+{delta} prosentpoeng årlig lojalitet ({from} → {to}) ville endre fortjenesten over {horizon} med {money}.',
  'value.profit.capped':
    'Årlig lojalitet kan ikke nå {target}: selv uten noe frafall er den {to}, så scenarioet stopper der.',
  'value.profit.about':
    'Fortjeneste over horisonten = Σ over eksisterende kunder (hver i sin nåværende alder, fortsatt aktiv i den andelen lojalitetskurven gir for den alderen) og de nye kohortene anskaffelsestakten gir, av lojalitet × omsetning per aktiv kunde × margin, diskontert månedlig, minus anskaffelseskostnad × nye kunder. Et scenario ganger hver måneds frafall med én faktor, funnet slik at årlig lojalitet stiger med Δ prosentpoeng. Det skraverte feltet er litteraturens påstand (Reichheld & Schefter 2000: 5 poeng høyere lojalitet, 25–95 % høyere fortjeneste): bakgrunn, ikke svaret (METRICS.md §8).',
  'value.profit.band': 'Litteraturen: +5 poeng → +25–95 %',
  'value.profit.bandNote': 'bakgrunn, ikke svaret',
  'value.profit.xLabel': 'Δ: prosentpoeng lagt til årlig lojalitet',
  'value.profit.show': 'Vis',
  'value.profit.pct': 'Endring i %',
  'value.profit.money': 'Endring i beløp',
  'value.profit.noPct':
    'Fortjenesten over {horizon} er ikke positiv i dag, så endringen har ingen prosent: se endringen i beløp.',
  'value.profit.label':
    'Endring i fortjeneste etter prosentpoeng lagt til årlig lojalitet, over 1, 3 og 5 år',

  'value.curves.title': 'Lojalitetskurve: i dag og med +{delta} poeng',
  'value.curves.baseline': 'I dag',
  'value.curves.scenario': '+{delta} poeng',
  'value.curves.extrapolated': 'framskrevet fra måned {k}',
  'value.curves.xLabel': 'Måneder siden første kjøp',
  'value.curves.about':
    'U_k: andelen av en kohort med et kjøp i måned k eller senere, samlet over kohortene som har fullført måned k (METRICS.md §2), holdt fra å stige der senere måneder samler færre kohorter. Utenfor dataene (stiplet) beholder hver måned snittet av den betingede lojaliteten U_k ÷ U_(k−1) i de siste 6 observerte månedene. Scenarioet ganger hver måneds frafall 1 − U_k ÷ U_(k−1) med {factor}.',

  'value.worth.title': 'Hva én kunde til som blir værende er verdt',
  'value.worth.headline':
    'Å beholde én kunde til aktiv inn i måned 1 er verdt {first}; inn i måned 12, {year} (margin over {horizon}, diskontert).',
  'value.worth.about':
    'Den diskonterte marginen fra én kunde som fortsatt er aktiv i alder k, over horisonten fra måned k: Σ_j (U_(k+j) ÷ U_k) × omsetning per aktiv kunde i måned k + j × margin ÷ (1 + rente)^j, på dagens kurve. Sammenlign med hva et lojalitetstilbud koster.',
  'value.worth.xLabel': 'Alder: måneder siden første kjøp',
  'value.worth.series': 'Verdien av én kunde til som blir værende',

  'value.col.delta': 'Δ (poeng)',
  'value.col.horizon': 'Horisont',
  'value.col.annual': 'Årlig lojalitet',
  'value.col.profit': 'Fortjeneste',
  'value.col.change': 'Endring',
  'value.col.changePct': 'Endring %',
  'value.col.month': 'Måned',
  'value.col.baseline': 'Lojalitet i dag',
  'value.col.scenario': 'Lojalitet, scenario',
  'value.col.source': 'Kilde',
  'value.col.observed': 'observert',
  'value.col.extrapolated': 'framskrevet',
  'value.col.age': 'Alder (måneder)',
  'value.col.revenue': 'Omsetning per aktiv kunde',
  'value.col.worth': 'Verdi',
};
