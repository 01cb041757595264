import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_POLICY, PAGE_POLICY } from '../../../src/lib/privacy/policy';
import { shippedHeaders } from '../../helpers/hostHeaders';

/** Every quoted Content-Security-Policy value in a server configuration file. */
function policiesIn(text: string): string[] {
  return [...text.matchAll(/Content-Security-Policy"?\s+"([^"]+)"/g)].map((m) => m[1]);
}

describe('the Content-Security-Policy shipped for servers', () => {
  it('index.html carries the page policy as its meta tag', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(
      readFileSync('index.html', 'utf8'),
    );
    expect(meta?.[1]).toBe(PAGE_POLICY);
  });

  it('the header policy is the page policy plus a ban on framing, nothing looser', () => {
    expect(HEADER_POLICY.startsWith(`${PAGE_POLICY}; `)).toBe(true);
    expect(HEADER_POLICY).toMatch(/frame-ancestors 'none'$/);
    expect(HEADER_POLICY).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*/);
  });

  it('public/_headers sends the header policy on every path', () => {
    const headers = shippedHeaders();
    expect(headers['Content-Security-Policy']).toBe(HEADER_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each(['public/.htaccess', 'docs/hosting/nginx.conf', 'docs/hosting/Caddyfile'])(
    '%s sends exactly the header policy',
    (file) => {
      expect(policiesIn(readFileSync(file, 'utf8'))).toEqual([HEADER_POLICY]);
    },
  );

  it.each(['public/.htaccess', 'docs/hosting/nginx.conf'])('%s serves .wasm as application/wasm', (file) => {
    expect(readFileSync(file, 'utf8')).toMatch(/application\/wasm\s+\.?wasm/);
  });
});
