import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './harness';
import { HEADER_POLICY } from '../../src/lib/privacy/policy';

/*
 * The server configurations in docs/hosting/, run for real by the web servers they are written for:
 * the app at /lojal/ with the policy as a header, WebAssembly with its MIME type, and the engine
 * starting under that policy. (.ci/run installs nginx and Caddy from Debian's packages.)
 */
const DIST = path.resolve(process.env.LOJAL_DIST ?? 'dist');

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as { port: number };
  await new Promise((r) => probe.close(r));
  return port;
}

/** Start `command`, then wait until `url` answers. */
async function startServer(command: string, args: string[], url: string, env = {}): Promise<ChildProcess> {
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${stderr}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`${command} did not answer at ${url}: ${stderr}`);
}

const SERVERS = {
  nginx: {
    binary: '/usr/sbin/nginx',
    async start(dir: string, port: number) {
      const site = (await readFile('docs/hosting/nginx.conf', 'utf8')).replace(
        '/srv/lojal/dist/',
        `${DIST}/`,
      );
      await writeFile(path.join(dir, 'lojal.conf'), site);
      await writeFile(
        path.join(dir, 'nginx.conf'),
        `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;\nevents {}\nhttp {\n access_log off;\n client_body_temp_path ${dir};\n proxy_temp_path ${dir};\n fastcgi_temp_path ${dir};\n uwsgi_temp_path ${dir};\n scgi_temp_path ${dir};\n server { listen 127.0.0.1:${port}; include ${dir}/lojal.conf; }\n}\n`,
      );
      return startServer(
        '/usr/sbin/nginx',
        ['-c', `${dir}/nginx.conf`, '-p', dir],
        `http://127.0.0.1:${port}/lojal/`,
      );
    },
  },
  caddy: {
    binary: '/usr/bin/caddy',
    async start(dir: string, port: number) {
      const site = (await readFile('docs/hosting/Caddyfile', 'utf8'))
        .replace('/srv/lojal/dist', DIST)
        .replace(':8080 {', `{\n\tadmin off\n\tauto_https off\n}\nhttp://127.0.0.1:${port} {`);
      await writeFile(path.join(dir, 'Caddyfile'), site);
      return startServer(
        '/usr/bin/caddy',
        ['run', '--adapter', 'caddyfile', '--config', `${dir}/Caddyfile`],
        `http://127.0.0.1:${port}/lojal/`,
        { XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, HOME: dir },
      );
    },
  },
};

const running: ChildProcess[] = [];
afterAll(() => running.forEach((c) => c.kill()));

describe.each(Object.entries(SERVERS))('docs/hosting for %s', (name, server) => {
  it.skipIf(!existsSync(server.binary))(
    `serves the app under /lojal/ with the policy as a header, and the engine starts under it`,
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), `lojal-${name}-`));
      const port = await freePort();
      running.push(await server.start(dir, port));
      const base = `http://127.0.0.1:${port}/lojal/`;
      const index = await fetch(base);
      expect(index.headers.get('content-security-policy')).toBe(HEADER_POLICY);
      const html = await index.text();
      const wasm = readdirSync(path.join(DIST, 'assets')).find((f) => /^duckdb-eh-.*\.wasm$/.test(f));
      expect(html).toContain('Lojal');
      const wasmResponse = await fetch(`${base}assets/${wasm}`);
      expect(wasmResponse.headers.get('content-type')).toBe('application/wasm');
      expect(wasmResponse.headers.get('content-security-policy')).toBe(HEADER_POLICY);

      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('console', (m) => /Content Security Policy/i.test(m.text()) && errors.push(m.text()));
        await page.goto(base);
        await page.getByTestId('try-sample').click();
        await page.waitForSelector('[data-metric="customers"]', { timeout: 90_000 });
        const engine = page.workers().find((w) => w.url().includes('duckdb-watched'));
        const outcome = await engine!.evaluate(() =>
          fetch('http://127.0.0.2:9/').then(
            () => 'reached',
            () => 'refused',
          ),
        );
        expect(outcome).toBe('refused');
        expect(errors.filter((e) => !e.includes('connect-src'))).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
