/**
 * Save a blob as a file through the browser's download: a `blob:` URL on a detached link, so no
 * request leaves the page. The URL is revoked once the download has started.
 */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The file name for a figure's export: `lojal-active-customers-by-month.png`. Letters of any language
 * stay (æ, ø, å); everything else becomes a dash, so the name is safe on every file system.
 */
export function exportFileName(title: string, extension: 'svg' | 'png' | 'csv'): string {
  const slug = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `lojal-${slug || 'figure'}.${extension}`;
}
