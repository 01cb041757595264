/**
 * `lojal COMMAND [options] FILE...` — the dashboard's analyses on the command line, computed by the same
 * DuckDB-WASM build and the same SQL. Exit 0 on success, 1 on bad input (one line on stderr naming the
 * file), 2 on a usage error.
 */
import { availableParallelism } from 'node:os';
import { IngestError, messageOf } from '../lib/engine/errors';
import { createNodeEngine } from '../lib/engine/node';
import { parseArgs, UsageError } from './args';
import { COMMANDS } from './commands';
import { loadFromArgs } from './files';
import { forTerminal, jsonForTerminal } from './terminal';

const USAGE = `usage: lojal COMMAND [options] FILE...
commands: ${Object.keys(COMMANDS).join(', ')}
shared options: --customer-id COL --date COL --amount COL --order-id COL --quantity COL --unit-price COL
  --status COL --cancelled VALUE --date-format FMT --delimiter C --decimal C --no-header --as-of DATE
  --encoding NAME --customers FILE --subscriptions FILE --engine wasm|native --json --verbose
COL is a header name or a 1-based position.`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(
      argv,
      Object.fromEntries(Object.entries(COMMANDS).map(([name, c]) => [name, c.options])),
    );
  } catch (error) {
    process.stderr.write(`lojal: ${forTerminal(messageOf(error))}\n${USAGE}\n`);
    return 2;
  }
  const engine =
    args.shared.engine === 'native'
      ? await (await import('../lib/engine/native')).createNativeEngine({ threads: availableParallelism() })
      : await createNodeEngine();
  try {
    const { info } = await loadFromArgs(engine, args);
    const command = COMMANDS[args.command];
    const result = await command.run(engine, info, args);
    const text = args.shared.json
      ? jsonForTerminal(JSON.stringify(result))
      : forTerminal(command.text(result));
    if (text) process.stdout.write(text + '\n');
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lojal: ${forTerminal(error.message)}\n`);
      return 2;
    }
    const ingest = error instanceof IngestError ? error : null;
    const where = ingest?.file && !ingest.message.includes(ingest.file) ? `${ingest.file}: ` : '';
    const message = `${where}${messageOf(error).split('\n')[0]}`;
    // One line; the engine's own text (many lines of reader options) only on request.
    const details = ingest ? ingest.details : messageOf(error).includes('\n') ? messageOf(error) : null;
    if (args.shared.json) {
      const out = { error: message, file: ingest?.file ?? null, line: ingest?.line ?? null, details };
      process.stderr.write(`${jsonForTerminal(JSON.stringify(out))}\n`);
    } else {
      process.stderr.write(`lojal: ${forTerminal(message)}\n`);
      if (args.shared.verbose && details) process.stderr.write(`${forTerminal(details)}\n`);
    }
    return 1;
  } finally {
    await engine.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
