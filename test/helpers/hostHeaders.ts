import { readFileSync } from 'node:fs';

/**
 * The response headers that `public/_headers` (the static-host settings shipped in the build) gives
 * every path: `Name: value` lines indented under the `/*` rule.
 */
export function shippedHeaders(file = 'public/_headers'): Record<string, string> {
  const headers: Record<string, string> = {};
  let inRule = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (!/^\s/.test(line)) {
      inRule = line.trim() === '/*';
      continue;
    }
    const m = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (inRule && m) headers[m[1]] = m[2];
  }
  return headers;
}
