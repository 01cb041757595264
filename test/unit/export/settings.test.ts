import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { settingsIn } from '../../../src/lib/export/settings';

const WORDS = { on: 'on', off: 'off', none: 'none' };
const window = new Window();
afterAll(() => window.close());

/** The settings read from `html` as the report would print them. */
function read(html: string, skipSelector?: string) {
  window.document.body.innerHTML = html;
  const root = window.document.body as unknown as Element;
  const skip = skipSelector ? (window.document.querySelector(skipSelector) as unknown as Element) : null;
  return settingsIn(root, WORDS, skip);
}

describe('settingsIn(page)', () => {
  it('reads selects by their label, without the option texts', () => {
    const html = `<label><span>Period</span><select><option value="m" selected>Month</option><option>Week</option></select></label>`;
    expect(read(html)).toEqual([{ label: 'Period', value: 'Month' }]);
  });

  it('reads filled-in inputs with the unit written after them, and skips empty ones', () => {
    const html = `
      <label><span>Inactivity window</span><input type="number" value="90"><span>days</span></label>
      <input type="date" aria-label="From" value="">
      <input type="date" aria-label="To" value="2025-06-30">
      <input type="search" placeholder="Search customers" value="">`;
    expect(read(html)).toEqual([
      { label: 'Inactivity window', value: '90 days' },
      { label: 'To', value: '2025-06-30' },
    ]);
  });

  it('reads a group of checkboxes as its legend and the ticked boxes', () => {
    const html = `<fieldset><legend>Values of channel</legend>
      <label><input type="checkbox" checked> web</label>
      <label><input type="checkbox"> store</label>
      <label><input type="checkbox" checked> app</label></fieldset>`;
    expect(read(html)).toEqual([{ label: 'Values of channel', value: 'web, app' }]);
  });

  it('reads button groups by their pressed buttons; a lone toggle is not a setting', () => {
    const html = `
      <div role="group" aria-label="Churn period"><button aria-pressed="false">Month</button><button aria-pressed="true">Quarter</button></div>
      <div class="tools"><button aria-pressed="true">Table</button></div>`;
    expect(read(html)).toEqual([{ label: 'Churn period', value: 'Quarter' }]);
  });

  it('leaves out disabled, hidden and skipped controls, and those in the page header', () => {
    const html = `
      <div class="top"><label>Language <select><option selected>English</option></select></label></div>
      <label>A <select disabled><option selected>x</option></select></label>
      <div hidden><label>B <select><option selected>y</option></select></label></div>
      <div data-print-skip><label>C <select><option selected>z</option></select></label></div>
      <label>D <input type="checkbox" checked></label>`;
    expect(read(html, '.top')).toEqual([{ label: 'D', value: 'on' }]);
  });

  it('keeps user text as text (a segment name that looks like markup)', () => {
    const html = `<label><span>Compare by</span><select><option selected>&lt;b&gt;tier&lt;/b&gt;</option></select></label>`;
    expect(read(html)).toEqual([{ label: 'Compare by', value: '<b>tier</b>' }]);
  });
});
