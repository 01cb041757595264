import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Run `lojal ARGS…` as a user would (through tsx), returning exit code, stdout and stderr. */
export function runCli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/Oslo' },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Write files into a fresh temporary folder and return their paths by name. */
export function tempFiles(files: Record<string, string | Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lojal-'));
  return Object.fromEntries(
    Object.entries(files).map(([name, body]) => {
      const p = path.join(dir, name);
      writeFileSync(p, body);
      return [name, p];
    }),
  );
}
