import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildManifest, isHashed, isPrecached, type BuiltFile } from '../../../src/lib/offline/manifest';

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

const build: BuiltFile[] = [
  { path: 'index.html', content: '<html>' },
  { path: 'assets/index-abc.js', content: 'code' },
  { path: 'assets/duckdb-eh-123.wasm', content: new Uint8Array([0, 97, 115, 109]) },
  { path: 'assets/index-abc.js.map', content: '{}' },
  { path: 'sw.js', content: 'worker' },
  { path: 'sample/orders.csv', content: 'a,b' },
  { path: '.vite/manifest.json', content: '{}' },
];

describe('buildManifest', () => {
  it('buildManifest(files) keeps every app file, sorted, split by whether the name carries a hash', () => {
    const m = buildManifest(build, sha);
    expect(m.hashed).toEqual(['assets/duckdb-eh-123.wasm', 'assets/index-abc.js']);
    expect(m.unhashed).toEqual(['index.html', 'sample/orders.csv']);
    expect(m.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('buildManifest(files) gives the same version for the same build in any order', () => {
    expect(buildManifest([...build].reverse(), sha).version).toBe(buildManifest(build, sha).version);
  });

  it('buildManifest(files) changes the version when one byte of an unhashed file changes', () => {
    const changed = build.map((f) => (f.path === 'sample/orders.csv' ? { ...f, content: 'a,c' } : f));
    expect(buildManifest(changed, sha).version).not.toBe(buildManifest(build, sha).version);
  });

  it('buildManifest(files) ignores files it does not cache (the worker itself, source maps)', () => {
    const without = build.filter((f) => f.path !== 'sw.js' && !f.path.endsWith('.map'));
    expect(buildManifest(without, sha).version).toBe(buildManifest(build, sha).version);
  });

  it('buildManifest(files) refuses a path listed twice', () => {
    expect(() => buildManifest([...build, { path: 'index.html', content: 'x' }], sha)).toThrow(/twice/);
  });

  it.each([
    ['sw.js', false],
    ['assets/a.js.map', false],
    ['.vite/manifest.json', false],
    ['_headers', false],
    ['.htaccess', false],
    ['favicon.svg', true],
    ['assets/duckdb-mvp-x.wasm', true],
  ])('isPrecached(%s) is %s', (path, expected) => {
    expect(isPrecached(path, 'sw.js')).toBe(expected);
  });

  it.each([
    ['assets/index-abc.js', true],
    ['sample/orders.csv', false],
    ['index.html', false],
  ])('isHashed(%s) is %s', (path, expected) => {
    expect(isHashed(path)).toBe(expected);
  });
});
