/**
 * Settings to and from text: the link's fragment (`v=1&section=cohorts&cohorts.period=week`, only
 * what differs from the defaults) and the settings file (`lojal-settings.json`). Reading never throws:
 * a link's unknown keys are skipped and its bad values keep their defaults (listed as problems); a
 * settings file with a bad value is refused as a whole, naming the setting.
 */
import { FIELDS } from './fields';
import { defaultSettings, type LojalSettings } from './schema';

/** The format version written into every link and file. */
export const SETTINGS_VERSION = 1;

/** A setting that was refused: its key and the value as given (show it as text only). */
export interface SettingProblem {
  key: string;
  value: string;
}

/** Non-default settings as key → text values, in a stable order. */
function changed(settings: LojalSettings): [string, string[]][] {
  const defaults = defaultSettings();
  return FIELDS.map((f) => [f.key, f.read(settings), f.read(defaults)] as const)
    .filter(
      ([, values, base]) => values.join('\u0000') !== base.join('\u0000') || values.length !== base.length,
    )
    .map(([key, values]) => [key, values]);
}

/** The fragment text of a link carrying `settings` (without the leading `#`). */
export function encodeSettings(settings: LojalSettings): string {
  const params = new URLSearchParams({ v: String(SETTINGS_VERSION) });
  for (const [key, values] of changed(settings)) {
    if (values.length === 0) params.append(key, '');
    for (const value of values) params.append(key, value);
  }
  return params.toString();
}

/** Take `values` of each known key into fresh default settings; the refused ones are returned. */
function apply(entries: Map<string, string[]>): { settings: LojalSettings; problems: SettingProblem[] } {
  const settings = defaultSettings();
  const problems: SettingProblem[] = [];
  for (const field of FIELDS) {
    let values = entries.get(field.key);
    if (values === undefined) continue;
    // A list cleared to nothing is written as one empty value.
    if (field.list && values.length === 1 && values[0] === '') values = [];
    if (!field.write(settings, values)) problems.push({ key: field.key, value: values.join(', ') });
  }
  return { settings, problems };
}

/**
 * Settings from a link's fragment or query text (`#v=1&…`, `?v=1&…` or bare). Never throws. A text
 * of another version is not read (every setting keeps its default, `v` is the problem).
 */
export function decodeSettings(text: string): { settings: LojalSettings; problems: SettingProblem[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text.replace(/^[#?]/, ''));
  } catch {
    return { settings: defaultSettings(), problems: [] };
  }
  const version = params.get('v');
  if (version !== null && version !== String(SETTINGS_VERSION))
    return { settings: defaultSettings(), problems: [{ key: 'v', value: version }] };
  const entries = new Map<string, string[]>();
  for (const key of new Set(params.keys())) entries.set(key, params.getAll(key));
  return apply(entries);
}

/** Does this fragment carry settings (rather than being empty or something else)? */
export function hasSettings(text: string): boolean {
  return new URLSearchParams(text.replace(/^[#?]/, '')).get('v') !== null;
}

/** The settings file: a small JSON document naming what it is, its version and the settings. */
export function settingsFile(settings: LojalSettings): string {
  const body = Object.fromEntries(
    changed(settings).map(([key, values]) => {
      const field = FIELDS.find((f) => f.key === key)!;
      return [key, field.list ? values : values[0]];
    }),
  );
  return `${JSON.stringify({ lojal: 'settings', v: SETTINGS_VERSION, settings: body }, null, 2)}\n`;
}

/** Why a settings file was refused: not JSON, not a Lojal settings file, another version, or a bad value. */
export type FileProblem =
  | { reason: 'json' }
  | { reason: 'format' }
  | { reason: 'version'; value: string }
  | { reason: 'value'; key: string; value: string };

/** Read a settings file strictly: any refused value refuses the file. Unknown keys are skipped. */
export function readSettingsFile(
  text: string,
): { ok: true; settings: LojalSettings } | { ok: false; problem: FileProblem } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, problem: { reason: 'json' } };
  }
  const d = doc as { lojal?: unknown; v?: unknown; settings?: unknown } | null;
  if (!d || typeof d !== 'object' || d.lojal !== 'settings' || typeof d.settings !== 'object' || !d.settings)
    return { ok: false, problem: { reason: 'format' } };
  if (d.v !== SETTINGS_VERSION) return { ok: false, problem: { reason: 'version', value: String(d.v) } };
  const entries = new Map<string, string[]>();
  for (const [key, raw] of Object.entries(d.settings as Record<string, unknown>)) {
    // A hand-written file may say 12 or true instead of "12" or "true".
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) =>
      typeof v === 'number' || typeof v === 'boolean' ? String(v) : v,
    );
    if (values.some((v) => typeof v !== 'string')) {
      if (FIELDS.some((f) => f.key === key))
        return {
          ok: false,
          problem: { reason: 'value', key, value: String(JSON.stringify(raw)).slice(0, 80) },
        };
      continue;
    }
    entries.set(key, values as string[]);
  }
  const { settings, problems } = apply(entries);
  if (problems.length) return { ok: false, problem: { reason: 'value', ...problems[0] } };
  return { ok: true, settings };
}
