/**
 * The settings a page shows, read from its controls, for the printed report: the print hides the
 * controls, so their current values are written out as "label: value" lines instead. Each page keeps
 * its own settings; reading them from the labelled controls means a new setting is printed without
 * any change here.
 */

/** One setting as the reader sees it. */
export interface Setting {
  label: string;
  value: string;
}

/** Words for checkbox states and empty choices, in the reader's language. */
export interface SettingWords {
  on: string;
  off: string;
  none: string;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text of `node` without the text of form controls inside it (a `<select>` holds all its options). */
function textWithout(node: Node, skip: (n: Node) => boolean): string {
  if (skip(node)) return '';
  if (node.nodeType === 3) return node.textContent ?? '';
  let text = '';
  for (const child of node.childNodes) text += textWithout(child, skip);
  return text;
}

const isControl = (n: Node) =>
  n.nodeType === 1 && ['SELECT', 'INPUT', 'TEXTAREA', 'BUTTON'].includes((n as Element).tagName);

/**
 * A control's label and any text after it inside the label (a unit: "Window [90] days" gives label
 * "Window" and suffix "days").
 */
function labelOf(control: Element): { label: string; suffix: string } {
  const label = control.closest('label');
  if (label) {
    let before = '';
    let after = '';
    let seen = false;
    for (const child of label.childNodes) {
      if (child === control || child.contains(control)) seen = true;
      else if (seen) after += textWithout(child, isControl);
      else before += textWithout(child, isControl);
    }
    if (clean(before)) return { label: clean(before), suffix: clean(after) };
    if (clean(after)) return { label: clean(after), suffix: '' };
  }
  const labelledBy = control.getAttribute('aria-labelledby');
  const byId = labelledBy ? control.ownerDocument.getElementById(labelledBy)?.textContent : null;
  return {
    label: clean(
      control.getAttribute('aria-label') ??
        byId ??
        control.getAttribute('title') ??
        control.getAttribute('placeholder') ??
        control.getAttribute('name'),
    ),
    suffix: '',
  };
}

/** Whether a control is shown and meant to be read (not inside something hidden or marked to skip). */
function shown(element: Element, skip: Element | null): boolean {
  if (skip?.contains(element)) return false;
  if (element.closest('[hidden], [aria-hidden="true"], [data-print-skip], dialog:not([open])')) return false;
  return !(element as HTMLInputElement).disabled;
}

/**
 * The settings under `root`, in page order: selects with their chosen option, filled-in inputs,
 * groups of checkboxes with the ticked ones, and button groups (`role="group"`) with the pressed ones.
 * Controls inside `skip` (the page header, the report itself) are left out.
 */
export function settingsIn(root: Element, words: SettingWords, skip: Element | null = null): Setting[] {
  const settings: Setting[] = [];
  const done = new Set<Element>();
  const add = (label: string, value: string) => {
    if (label && value) settings.push({ label, value });
  };
  const controls = root.querySelectorAll<HTMLElement>('select, input, fieldset, [role="group"]');
  for (const control of controls) {
    if (done.has(control) || !shown(control, skip)) continue;
    if (control.tagName === 'FIELDSET') {
      const boxes = [
        ...control.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]'),
      ];
      if (!boxes.length) continue;
      boxes.forEach((b) => done.add(b));
      const legend = clean(control.querySelector('legend')?.textContent);
      const ticked = boxes.filter((b) => b.checked).map((b) => labelOf(b).label);
      add(legend, ticked.length ? ticked.join(', ') : words.none);
    } else if (control.getAttribute('role') === 'group') {
      const pressed = [...control.querySelectorAll('button[aria-pressed]')];
      if (pressed.length < 2) continue;
      const on = pressed
        .filter((b) => b.getAttribute('aria-pressed') === 'true')
        .map((b) => clean(b.textContent));
      add(clean(control.getAttribute('aria-label')), on.join(', '));
    } else if (control.tagName === 'SELECT') {
      const select = control as HTMLSelectElement;
      const { label, suffix } = labelOf(select);
      const chosen = [...select.selectedOptions].map((o) => clean(o.textContent));
      add(label, [chosen.join(', '), suffix].filter(Boolean).join(' '));
    } else {
      const input = control as HTMLInputElement;
      const { label, suffix } = labelOf(input);
      if (input.type === 'checkbox') add(label, input.checked ? words.on : words.off);
      else if (input.type === 'radio') {
        if (input.checked)
          add(clean(input.closest('[role="radiogroup"]')?.getAttribute('aria-label')) || label, label);
      } else if (
        !['button', 'submit', 'reset', 'file', 'hidden', 'image'].includes(input.type) &&
        input.value
      )
        add(label, [input.value, suffix].filter(Boolean).join(' '));
    }
  }
  return settings;
}
