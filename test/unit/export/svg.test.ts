import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'svelte/server';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import type { MonthlyRow } from '../../../src/lib/analysis/monthly';
import MonthlyChart from '../../../src/lib/components/overview/MonthlyChart.svelte';
import { chartsIn, headingOf, legendIn } from '../../../src/lib/export/find';
import { standaloneSvg, type StyleOf } from '../../../src/lib/export/svg';

const ROWS: MonthlyRow[] = [
  { month: '2024-01', newCustomers: 40, returningCustomers: 0, revenue: 1200 },
  { month: '2024-02', newCustomers: 25, returningCustomers: 12, revenue: 1490.5 },
  { month: '2024-03', newCustomers: 18, returningCustomers: 20, revenue: 1710 },
];
const HOSTILE = '<script>alert(1)</script> & "quotes"';

/** The app's variables and the chart's own stylesheet, as the page has them (scoped classes match too). */
function stylesheet(component: string): string {
  const app = readFileSync(path.resolve('src/app.css'), 'utf8').match(/:root\s*\{[^}]*\}/)?.[0] ?? '';
  const own = readFileSync(path.resolve(component), 'utf8').match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
  return `${app}\nsvg { font-family: Inter, sans-serif; }\n.card { background: var(--surface); }\n${own}`;
}

/** A DOM with MonthlyChart server-rendered into a card, styled like the page. */
function page() {
  const window = new Window();
  const document = window.document;
  const style = document.createElement('style');
  style.textContent = stylesheet('src/lib/components/overview/MonthlyChart.svelte');
  document.head.append(style);
  const { body } = render(MonthlyChart, { props: { rows: ROWS } });
  document.body.innerHTML = `<div class="card">${body}</div>`;
  const card = document.querySelector('.card') as unknown as Element;
  const styleOf: StyleOf = (e) => window.getComputedStyle(e as never) as unknown as CSSStyleDeclaration;
  return { window, document, card, styleOf };
}
const windows: Window[] = [];
afterAll(() => windows.forEach((w) => w.close()));

/** Parse the exported text as a browser opening the file would. */
function parse(window: Window, text: string) {
  return new window.DOMParser().parseFromString(text, 'image/svg+xml');
}

describe('standaloneSvg(chart)', () => {
  it('writes an XML prolog, the SVG namespace, a size and the chart marks with resolved colours', () => {
    const { window, card, styleOf } = page();
    windows.push(window);
    const svg = chartsIn(card)[0];
    expect(svg).not.toBeNull();
    const file = standaloneSvg(svg, { styleOf, title: 'Active customers by month' });
    expect(file.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    // No layout in this DOM: the size falls back to the viewBox (880 × 220), plus the title row and a
    // 16 px margin all round.
    expect(file).toMatchObject({ width: 912, height: 282 });
    const doc = parse(window, file.text);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['912', '282']);
    // Three months: a hit area, a "new" and a "returning" bar each; colours from the CSS variables.
    const fills = (cls: string) =>
      [...doc.querySelectorAll(`rect.${cls}`)].map((r) => r.getAttribute('fill'));
    expect(fills('new')).toEqual(['#0f766e', '#0f766e', '#0f766e']);
    expect(fills('returning')).toEqual(['#7cc4bb', '#7cc4bb', '#7cc4bb']);
    expect(fills('hit')).toEqual(['none', 'none', 'none']);
    const tick = doc.querySelector('text.tick')!;
    expect([tick.getAttribute('fill'), tick.getAttribute('font-size')]).toEqual(['#5b6678', '11px']);
    expect(file.text).not.toMatch(/var\(--| style=|<!--|svelte-/);
    // The card's surface is drawn behind the chart, and the title above it.
    expect(root.firstElementChild?.getAttribute('fill')).toBe('#ffffff');
    expect(root.querySelector(':scope > g > text')?.textContent).toBe('Active customers by month');
  });

  it('keeps user text as text: a hostile title and legend label are escaped, never markup', () => {
    const { window, card, styleOf } = page();
    windows.push(window);
    const file = standaloneSvg(chartsIn(card)[0], {
      styleOf,
      title: HOSTILE,
      legend: [{ label: `<img src=x onerror=alert(2)>`, color: '#123456' }],
    });
    expect(file.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"');
    expect(file.text).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(file.text).not.toMatch(/<script|<img/);
    const doc = parse(window, file.text);
    expect(doc.querySelectorAll('script, img').length).toBe(0);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain(HOSTILE);
    // One legend row under the chart.
    expect(file.height).toBe(30 + 220 + 26 + 32);
  });

  it('drops scripts, event attributes, outside links, hidden marks and inline styles from the copy', () => {
    const { window, card, styleOf } = page();
    windows.push(window);
    const svg = chartsIn(card)[0];
    const ns = 'http://www.w3.org/2000/svg';
    const bar = svg.querySelector('rect.new')!;
    bar.setAttribute('onclick', 'alert(3)');
    bar.setAttribute('style', 'fill: var(--warn)');
    const hidden = svg.ownerDocument.createElementNS(ns, 'circle');
    hidden.setAttribute('class', 'gone');
    hidden.setAttribute('style', 'display: none');
    const link = svg.ownerDocument.createElementNS(ns, 'a');
    link.setAttribute('href', 'https://example.invalid/');
    const script = svg.ownerDocument.createElementNS(ns, 'script');
    script.textContent = 'alert(4)';
    svg.append(hidden, link, script);
    const text = standaloneSvg(svg, { styleOf }).text;
    expect(text).not.toMatch(/onclick|alert|example\.invalid|class="gone"| style=/);
    // The inline style's colour wins, as on the page, resolved to a value a file can hold.
    expect(parse(window, text).querySelector('rect.new')?.getAttribute('fill')).toBe('#b45309');
    // The live chart is untouched.
    expect(bar.getAttribute('onclick')).toBe('alert(3)');
  });

  it('writes inherited properties only where they change', () => {
    const { window, card, styleOf } = page();
    windows.push(window);
    const doc = parse(window, standaloneSvg(chartsIn(card)[0], { styleOf }).text);
    const chart = doc.documentElement.querySelector('svg')!;
    expect(chart.getAttribute('font-family')).toBe('Inter, sans-serif');
    expect(doc.querySelector('g.bar')?.getAttribute('font-family')).toBeNull();
  });
});

describe('a figure with several charts', () => {
  it('finds each chart and its heading, and exports them together with the headings', () => {
    const window = new Window();
    windows.push(window);
    window.document.body.innerHTML = `<div class="card"><h2>Holdout check</h2><div class="pair">
      <div><h3>Cumulative &lt;repeats&gt;</h3><svg viewBox="0 0 200 100"><path d="M0 0L10 10"/></svg></div>
      <div><h3>By repeats</h3><svg viewBox="0 0 300 120"><rect width="5" height="5"/></svg></div>
      <svg aria-hidden="true" viewBox="0 0 400 400"></svg></div></div>`;
    const card = window.document.querySelector('.card') as unknown as Element;
    const styleOf: StyleOf = (e) => window.getComputedStyle(e as never) as unknown as CSSStyleDeclaration;
    const charts = chartsIn(card);
    expect(charts.map((c) => c.getAttribute('viewBox'))).toEqual(['0 0 200 100', '0 0 300 120']);
    const parts = charts.map((svg) => ({ svg, heading: headingOf(svg, card, charts) }));
    expect(parts.map((p) => p.heading?.textContent)).toEqual(['Cumulative <repeats>', 'By repeats']);
    const file = standaloneSvg(parts, { styleOf, title: 'Holdout check' });
    // No layout here: stacked, each under its heading (22 px), 12 px apart, inside the 16 px margin.
    expect(file).toMatchObject({ width: 300 + 32, height: 30 + 22 + 100 + 12 + 22 + 120 + 32 });
    const doc = new window.DOMParser().parseFromString(file.text, 'image/svg+xml');
    expect([...doc.querySelectorAll('g > text')].map((t) => t.textContent)).toEqual([
      'Holdout check',
      'Cumulative <repeats>',
      'By repeats',
    ]);
    expect(doc.querySelectorAll('g > svg').length).toBe(2);
    expect(file.text).toContain('Cumulative &lt;repeats&gt;');
  });
});

describe('legendIn(card)', () => {
  it('reads the HTML legend beside a chart: labels and resolved swatch colours', () => {
    const { window, card, styleOf } = page();
    windows.push(window);
    expect(legendIn(card, styleOf)).toEqual([
      { label: 'New', color: '#0f766e' },
      { label: 'Returning', color: '#7cc4bb' },
    ]);
  });

  it('leaves out entries switched off', () => {
    const window = new Window();
    windows.push(window);
    window.document.body.innerHTML = `<div class="legend">
      <button aria-pressed="true"><span class="swatch" style="background-color: red"></span>2024-01</button>
      <button aria-pressed="false"><span class="swatch" style="background-color: blue"></span>2024-02</button>
    </div>`;
    const styleOf: StyleOf = (e) => window.getComputedStyle(e as never) as unknown as CSSStyleDeclaration;
    const entries = legendIn(window.document.body as unknown as Element, styleOf);
    expect(entries.map((e) => e.label)).toEqual(['2024-01']);
  });
});
