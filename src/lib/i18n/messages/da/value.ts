import type { valueEn } from '../value';
import type { Translation } from '../../locale';

/** Danish: the value of retention section. */
export const valueDa: Translation<typeof valueEn> = {
  'nav.value': 'Værdien af loyalitet',
  'value.title': 'Værdien af loyalitet',
  'value.subtitle':
    'Pr. {date} · hvad det er værd at beholde kunderne længere, målt på butikkens egne kunder',
  'value.tooShort': 'Loyalitet kan kun måles med mindst to hele måneder med kohorter; disse data har færre.',
  'value.horizon.1': '1 år',
  'value.horizon.3': '3 år',
  'value.horizon.5': '5 år',

  'value.inputs.title': 'Forudsætninger',
  'value.inputs.about': 'Ændr en af disse, så følger alle figurerne; det, der er målt i data, står nedenfor.',
  'value.inputs.margin': 'Bruttomargin',
  'value.inputs.marginHelp': 'Andelen af nettoomsætningen, der er tilbage efter vareforbruget.',
  'value.inputs.cost': 'Anskaffelsesomkostning pr. ny kunde',
  'value.inputs.costHelp': 'Hvad det koster at vinde én ny kunde; 0 udelader den.',
  'value.inputs.discount': 'Diskonteringsrente pr. måned',
  'value.inputs.discountHelp': 'Penge om t måneder tæller som penge i dag ÷ (1 + rente)^t.',
  'value.inputs.horizon': 'Horisont',
  'value.inputs.delta': 'Scenarie: årlig loyalitet +',
  'value.inputs.points': 'point',
  'value.inputs.deltaHelp': 'Scenariet, der tegnes i kurverne nedenfor og nævnes i overskriften.',
  'value.measured.title': 'Målt i data',
  'value.measured.annual': 'Årlig loyalitet',
  'value.measured.annualHelp': 'Andelen af en kohorte, der stadig køber i måned 12 eller senere (U₁₂ ÷ U₀).',
  'value.measured.rate': 'Nye kunder pr. måned',
  'value.measured.rateHelp': 'Gennemsnittet af de seneste {months} hele måneder.',
  'value.measured.existing': 'Eksisterende kunder',
  'value.measured.existingHelp': 'Kunder med et køb senest på analysedatoen, hver i sin nuværende alder.',
  'value.measured.revenue': 'Omsætning pr. aktiv kunde',
  'value.measured.revenueHelp':
    'Nettoomsætning i en måned ÷ kunder, der stadig er aktive da, i første måned og et år senere.',
  'value.measured.revenueValue': '{first} i måned 0 · {year} i måned 12',
  'value.measured.extrapolated': 'Loyalitet observeret',
  'value.measured.extrapolatedValue': 'måned 0–{last}; fremskrevet fra måned {from}',

  'value.profit.title': 'Ændring i overskud med højere loyalitet',
  'value.profit.headline':
    '+{delta} procentpoint årlig loyalitet ({from} → {to}) ville ændre overskuddet over {horizon} med {money} ({pct}).',
  'value.profit.headlineNoPct':
    '+{delta} procentpoint årlig loyalitet ({from} → {to}) ville ændre overskuddet over {horizon} med {money}.',
  'value.profit.capped':
    'Årlig loyalitet kan ikke nå {target}: selv helt uden frafald er den {to}, så scenariet stopper der.',
  'value.profit.about':
    'Overskud over horisonten = Σ over eksisterende kunder (hver i sin nuværende alder, stadig aktiv i den andel, loyalitetskurven giver for den alder) og de nye kohorter, anskaffelsestakten giver, af loyalitet × omsætning pr. aktiv kunde × margin, diskonteret månedligt, minus anskaffelsesomkostning × nye kunder. Et scenarie ganger hver måneds frafald med én faktor, fundet så den årlige loyalitet stiger med Δ procentpoint. Det skraverede felt er litteraturens påstand (Reichheld & Schefter 2000: 5 point højere loyalitet, 25–95 % højere overskud): baggrund, ikke svaret (METRICS.md §8).',
  'value.profit.band': 'Litteraturen: +5 point → +25–95 %',
  'value.profit.bandNote': 'baggrund, ikke svaret',
  'value.profit.xLabel': 'Δ: procentpoint lagt til årlig loyalitet',
  'value.profit.show': 'Vis',
  'value.profit.pct': 'Ændring i %',
  'value.profit.money': 'Ændring i beløb',
  'value.profit.noPct':
    'Overskuddet over {horizon} er ikke positivt i dag, så ændringen har ingen procent: se ændringen i beløb.',
  'value.profit.label': 'Ændring i overskud efter procentpoint lagt til årlig loyalitet, over 1, 3 og 5 år',

  'value.curves.title': 'Loyalitetskurve: i dag og med +{delta} point',
  'value.curves.baseline': 'I dag',
  'value.curves.scenario': '+{delta} point',
  'value.curves.extrapolated': 'fremskrevet fra måned {k}',
  'value.curves.xLabel': 'Måneder siden første køb',
  'value.curves.about':
    'U_k: andelen af en kohorte med et køb i måned k eller senere, samlet over de kohorter, der har fuldført måned k (METRICS.md §2), holdt fra at stige, hvor senere måneder samler færre kohorter. Uden for data (stiplet) beholder hver måned gennemsnittet af den betingede loyalitet U_k ÷ U_(k−1) i de seneste 6 observerede måneder. Scenariet ganger hver måneds frafald 1 − U_k ÷ U_(k−1) med {factor}.',

  'value.worth.title': 'Hvad én kunde mere, der bliver, er værd',
  'value.worth.headline':
    'At beholde én kunde mere aktiv ind i måned 1 er værd {first}; ind i måned 12, {year} (margin over {horizon}, diskonteret).',
  'value.worth.about':
    'Den diskonterede margin fra én kunde, der stadig er aktiv i alder k, over horisonten fra måned k: Σ_j (U_(k+j) ÷ U_k) × omsætning pr. aktiv kunde i måned k + j × margin ÷ (1 + rente)^j, på dagens kurve. Sammenlign med, hvad et loyalitetstilbud koster.',
  'value.worth.xLabel': 'Alder: måneder siden første køb',
  'value.worth.series': 'Værdien af én kunde mere, der bliver',

  'value.col.delta': 'Δ (point)',
  'value.col.horizon': 'Horisont',
  'value.col.annual': 'Årlig loyalitet',
  'value.col.profit': 'Overskud',
  'value.col.change': 'Ændring',
  'value.col.changePct': 'Ændring %',
  'value.col.month': 'Måned',
  'value.col.baseline': 'Loyalitet i dag',
  'value.col.scenario': 'Loyalitet, scenarie',
  'value.col.source': 'Kilde',
  'value.col.observed': 'observeret',
  'value.col.extrapolated': 'fremskrevet',
  'value.col.age': 'Alder (måneder)',
  'value.col.revenue': 'Omsætning pr. aktiv kunde',
  'value.col.worth': 'Værdi',
};
