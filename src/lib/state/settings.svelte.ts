/**
 * The dashboard's analysis settings (never the data), one store for every page, kept in the page
 * address's fragment (`#v=1&section=cohorts&…`). The fragment never leaves the browser — it is not
 * sent to the server that hosts the page — so a link shares the view, not the data: a colleague who
 * opens it and loads the same export sees the same section and the same numbers.
 */
import { untrack } from 'svelte';
import { decodeSettings, encodeSettings, hasSettings, type SettingProblem } from '../settings/codec';
import { dropUnknownColumns, keepKnown } from '../settings/columns';
import {
  defaultSettings,
  type ChurnSettings,
  type ClvSettings,
  type CustomerSettings,
  type DriverSettings,
  type LojalSettings,
  type Section,
  type ValueSettings,
  type SegmentSettings,
} from '../settings/schema';
import type { CohortView } from '../components/cohorts/view';
import type { DateRange } from '../analysis/dateRange';
import { i18n } from '../i18n/i18n.svelte';

/** A setting the link or file named but that is not used: refused, or naming data that are not there. */
export interface SettingNote extends SettingProblem {
  why: 'invalid' | 'missing';
}

function currentHash(): string {
  return globalThis.location?.hash ?? '';
}

export class SettingsStore {
  section = $state<Section>('overview');
  range = $state<DateRange>(defaultSettings().range);
  cohorts = $state<CohortView>(defaultSettings().cohorts);
  churn = $state<ChurnSettings>(defaultSettings().churn);
  clv = $state<ClvSettings>(defaultSettings().clv);
  customers = $state<CustomerSettings>(defaultSettings().customers);
  value = $state<ValueSettings>(defaultSettings().value);
  drivers = $state<DriverSettings>(defaultSettings().drivers);
  segments = $state<SegmentSettings>(defaultSettings().segments);
  /** What the last link or file asked for that is not in use; shown until dismissed. */
  notes = $state<SettingNote[]>([]);
  /** Currency asked for by a link, applied once (see `#applyCurrency`). */
  #currency: LojalSettings['currency'] = null;

  constructor(hash = currentHash()) {
    if (hasSettings(hash)) this.#fromLink(hash);
  }

  /** Everything as plain data (for the link and the settings file). */
  snapshot(): LojalSettings {
    return {
      section: this.section,
      // Only a currency the user picked travels ('no symbol' leaves the colleague's own choice alone);
      // one the data name is found again in the same data.
      currency: i18n.chosenCurrency ?? null,
      range: $state.snapshot(this.range),
      cohorts: $state.snapshot(this.cohorts),
      churn: $state.snapshot(this.churn),
      clv: $state.snapshot(this.clv),
      customers: $state.snapshot(this.customers),
      value: $state.snapshot(this.value),
      drivers: $state.snapshot(this.drivers),
      segments: $state.snapshot(this.segments),
    };
  }

  /** Take every setting of `s` at once. */
  replace(s: LojalSettings): void {
    this.section = s.section;
    this.range = s.range;
    this.cohorts = s.cohorts;
    this.churn = s.churn;
    this.clv = s.clv;
    this.customers = s.customers;
    this.value = s.value;
    this.drivers = s.drivers;
    this.segments = s.segments;
    this.#currency = s.currency;
    this.#applyCurrency();
  }

  /**
   * Drop references to columns the loaded data lack (`attributes`: the dataset's segment columns)
   * and to files not loaded (`roles`), noting each; call when data arrive and after a link or file.
   */
  checkColumns(attributes: readonly string[], roles?: readonly string[]): void {
    const s = this.snapshot();
    const dropped = dropUnknownColumns(s, attributes, roles);
    if (!dropped.length) return;
    this.replace(s);
    this.note(dropped, 'missing');
  }

  /**
   * Keep only the values of a setting that the data hold (`available`), noting the rest; returns the
   * kept ones. For settings checked against a query's answer (filter values, survival columns).
   */
  keepKnown(key: string, values: readonly string[], available: readonly string[]): string[] {
    const { kept, dropped } = keepKnown(key, values, available);
    if (dropped.length) this.note(dropped, 'missing');
    return kept;
  }

  note(problems: SettingProblem[], why: SettingNote['why']): void {
    this.notes = [...this.notes, ...problems.map((p) => ({ ...p, why }))];
  }

  /** The address of this view: the page's own address with the settings in its fragment. */
  link(): string {
    return `${globalThis.location.href.split('#')[0]}#${encodeSettings(this.snapshot())}`;
  }

  /**
   * While the dashboard shows data: write every change into the fragment (replacing the history
   * entry, so the back button is not filled with settings), and take a link pasted into this tab.
   * Returns the cleanup.
   */
  connect(data: () => [attributes: readonly string[], roles: readonly string[]]): () => void {
    const onHash = () => {
      if (!hasSettings(currentHash()) || currentHash().slice(1) === encodeSettings(this.snapshot())) return;
      this.#fromLink(currentHash());
      this.checkColumns(...data());
    };
    window.addEventListener('hashchange', onHash);
    const stop = $effect.root(() => {
      $effect(() => {
        const hash = encodeSettings(this.snapshot());
        untrack(() => {
          if (currentHash().slice(1) !== hash) history.replaceState(history.state, '', `#${hash}`);
        });
      });
    });
    return () => {
      stop();
      window.removeEventListener('hashchange', onHash);
    };
  }

  #fromLink(hash: string): void {
    const { settings, problems } = decodeSettings(hash);
    this.notes = [];
    this.replace(settings);
    if (problems.length) this.note(problems, 'invalid');
  }

  /** A link's currency: the amounts of the export it was made on are in it. */
  #applyCurrency(): void {
    const want = this.#currency;
    if (want === null || want === (i18n.currency ?? 'none')) return;
    i18n.setCurrency(want === 'none' ? null : want);
  }
}

/** The app's one settings store, read from the address the page was opened with. */
export const settings = new SettingsStore();
