import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** The SVG of a server render, normalised: numbers to 3 decimals, no scoped-class hashes or comments. */
export function svgOf(html: string): string {
  const svg = html.slice(html.indexOf('<svg'), html.lastIndexOf('</svg>') + 6);
  return svg
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\s*svelte-[a-z0-9]+/g, '')
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/></g, '>\n<');
}

/**
 * A matcher against committed baselines in `dir`: compares `svg` with `NAME.svg` (written on first run)
 * and writes `NAME-changed.svg` beside it on a difference.
 */
export function baselines(dir: string): (name: string, svg: string) => void {
  const root = path.resolve(dir);
  return (name, svg) => {
    mkdirSync(root, { recursive: true });
    const file = path.join(root, `${name}.svg`);
    if (!existsSync(file)) {
      writeFileSync(file, svg);
      return;
    }
    const expected = readFileSync(file, 'utf8');
    if (expected !== svg) writeFileSync(path.join(root, `${name}-changed.svg`), svg);
    expect(svg).toBe(expected);
  };
}
