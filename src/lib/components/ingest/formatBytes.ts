/** A file size for people: `812 B`, `64 KB`, `12.3 MB`, `1.2 GB` (powers of 1024, locale digits). */
export function formatBytes(bytes: number, tag: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit >= 2 && value < 100 ? 1 : 0;
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${number.format(value)} ${units[unit]}`;
}
