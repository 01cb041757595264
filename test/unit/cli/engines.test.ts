import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { COMMANDS } from '../../../src/cli/commands';
import { loadFromArgs } from '../../../src/cli/files';
import { createNativeEngine } from '../../../src/lib/engine/native';
import { createNodeEngine } from '../../../src/lib/engine/node';
import { Random } from '../../../src/lib/models/random';
import { tempFiles } from '../../helpers/cli';

/**
 * Every command gives the same answer on both engines (wasm, and native with all its threads) and on
 * every run: line-level attributes follow METRICS.md §1's first-order rule, so which thread sees which
 * row first must not matter. The shop has what made them differ: several orders of one customer on one
 * day with different channels, line items that disagree, refunds and cancellations.
 */
function shop(): string {
  const rng = new Random(1414);
  const channels = ['web', 'store', 'app', 'phone'];
  const lines = ['order_id,customer_id,order_date,amount,status,channel,product'];
  let id = 500;
  for (let c = 0; c < 150; c++) {
    let day = Date.UTC(2023, 0, 1) / 86_400_000 + Math.floor(rng.uniform() * 200);
    for (let v = 0; v < 1 + Math.floor(rng.uniform() * 6); v++) {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      // One to three orders that day, each with one to three lines, written in shuffled order.
      const rows: string[] = [];
      for (let o = 0; o < 1 + Math.floor(rng.uniform() * 3); o++) {
        const order = id++;
        const status = rng.uniform() < 0.05 ? 'cancelled' : 'paid';
        const sign = rng.uniform() < 0.05 ? -1 : 1;
        for (let l = 0; l < 1 + Math.floor(rng.uniform() * 3); l++) {
          const channel = channels[Math.floor(rng.uniform() * channels.length)];
          const amount = (sign * (1 + Math.floor(rng.uniform() * 9000) / 100)).toFixed(2);
          rows.push(
            `${order},C${c},${date},${amount},${status},${channel},P${Math.floor(rng.uniform() * 40)}`,
          );
        }
      }
      for (let i = rows.length - 1; i > 0; i--) {
        const j = Math.floor(rng.uniform() * (i + 1));
        [rows[i], rows[j]] = [rows[j], rows[i]];
      }
      lines.push(...rows);
      day += 1 + Math.floor(rng.exponential(40));
    }
  }
  return lines.join('\n') + '\n';
}

/** Numbers to 9 significant digits: sums of doubles may differ in the last bits between engines. */
function normalise(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(9)) : value;
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  if (typeof value === 'string' && value !== '' && /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(value))
    return normalise(Number(value));
  return value;
}

/** Run one command in-process as `lojal` does, returning its JSON and (export-occasions) the file written. */
async function run(argv: string[], engineName: 'wasm' | 'native', out: string | null) {
  const args = parseArgs(
    [...argv, '--engine', engineName],
    Object.fromEntries(Object.entries(COMMANDS).map(([name, c]) => [name, c.options])),
  );
  const engine =
    engineName === 'native'
      ? await createNativeEngine({ threads: availableParallelism() })
      : await createNodeEngine();
  try {
    const { info } = await loadFromArgs(engine, args);
    const result = await COMMANDS[args.command].run(engine, info, args);
    const written = out
      ? Papa.parse<Record<string, unknown>>(readFileSync(out, 'utf8').trim(), {
          header: true,
          dynamicTyping: true,
        }).data
      : null;
    // The file written must hold exactly the same values (amounts are rounded to 6 decimals for this);
    // only how a number is spelt may differ (COPY writes 163.0 where JavaScript writes 163).
    return { result: normalise({ ...(result as object), file: undefined }), written };
  } finally {
    await engine.close();
  }
}

const COMMAND_ARGS: Record<string, string[]> = {
  summary: [],
  cohorts: [],
  churn: ['--window', '30'],
  survival: ['--window', '30'],
  clv: ['--calibration-end', '2023-04-30'],
  rfm: [],
  'export-occasions': [],
  value: [],
  drivers: ['--window', '30'],
};

describe('every command on both engines', () => {
  const files = tempFiles({ 'orders.csv': shop() });
  const dir = path.dirname(files['orders.csv']);

  it('covers every command', () => {
    expect(Object.keys(COMMAND_ARGS).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it.each(Object.keys(COMMAND_ARGS))(
    '%s: wasm, native and native again give the same output',
    async (name) => {
      const outputs = [];
      for (const [k, engineName] of (['wasm', 'native', 'native'] as const).entries()) {
        const out = name === 'export-occasions' ? path.join(dir, `occasions-${engineName}-${k}.csv`) : null;
        const argv = [name, '--json', '--cancelled', 'cancelled', ...COMMAND_ARGS[name]];
        if (out) argv.push('--out', out);
        outputs.push(await run([...argv, files['orders.csv']], engineName, out));
      }
      expect(outputs[1], 'native vs wasm').toEqual(outputs[0]);
      expect(outputs[2], 'native run to run').toEqual(outputs[1]);
    },
  );
});
