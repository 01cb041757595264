/**
 * Filling in a message: `{name}` placeholders, and plural choices written as
 * `{n, plural, one {# degree} other {# degrees}}`, chosen by the language's plural rules
 * (Intl.PluralRules) with `#` as the number in the locale's format. Pure; text only, never HTML.
 */

/** One `{name, plural, …}` block: the variable, then `category {text}` pairs (no nested braces). */
const PLURAL = /\{(\w+),\s*plural,\s*((?:(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}\s*)+)\}/g;
const CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** The message `template` with `params` filled in for the locale `tag` (`nb-NO`, `en-GB-u-cu-gbp` …). */
export function fillMessage(template: string, params: Record<string, string | number>, tag: string): string {
  const withPlurals = template.replace(PLURAL, (whole, name: string, body: string) => {
    const n = Number(params[name]);
    if (!Number.isFinite(n)) return whole;
    const cases = new Map([...body.matchAll(CASE)].map((m) => [m[1], m[2]]));
    const text =
      cases.get(`=${n}`) ?? cases.get(new Intl.PluralRules(tag).select(n)) ?? cases.get('other') ?? '';
    return text.replaceAll('#', new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(n));
  });
  return withPlurals.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
