import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relaxStylesForDev } from '../../../src/lib/privacy/vitePlugin';

const html = readFileSync('index.html', 'utf8');

/** The directives of the first Content-Security-Policy meta tag, as name → sources. */
function policyOf(page: string): Record<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(page)?.[1];
  if (!content) throw new Error('no Content-Security-Policy meta tag');
  return Object.fromEntries(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('the Content-Security-Policy in index.html', () => {
  const policy = policyOf(html);

  it('lets the page connect to its own origin only', () => {
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
  });

  it('runs no inline or evaluated script, only WebAssembly compilation', () => {
    expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy['worker-src']).toEqual(["'self'", 'blob:']);
    expect(policy['object-src']).toEqual(["'none'"]);
  });

  it('allows no inline styles in the build', () => {
    expect(policy['style-src']).toEqual(["'self'"]);
  });

  it('comes before any script, so it covers all of them', () => {
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('relaxStylesForDev(html) adds unsafe-inline to style-src and changes nothing else', () => {
    const relaxed = policyOf(relaxStylesForDev(html));
    expect(relaxed['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect({ ...relaxed, 'style-src': policy['style-src'] }).toEqual(policy);
  });
});
