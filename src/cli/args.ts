/** Command-line parsing for `lojal COMMAND [options] FILE...`. Pure: no I/O. */

/** A usage error: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Options every command shares. A column is a header name or a 1-based position. */
export interface SharedOptions {
  customerId?: string;
  date?: string;
  amount?: string;
  orderId?: string;
  quantity?: string;
  unitPrice?: string;
  status?: string;
  dateFormat?: string;
  delimiter?: string;
  decimal?: string;
  noHeader: boolean;
  asOf?: string;
  json: boolean;
  /** Print the engine's own text after a one-line error (it is otherwise kept out of sight). */
  verbose: boolean;
  encoding?: string;
  /** `wasm` (default: the engine the browser runs) or `native` (DuckDB's own build, for big files). */
  engine?: string;
  customers: string[];
  subscriptions: string[];
  cancelled: string[];
}

export interface ParsedArgs {
  command: string;
  files: string[];
  shared: SharedOptions;
  /** Command-specific options, by name without dashes (e.g. `period`). */
  extra: Record<string, string>;
}

const SHARED_VALUE: Record<string, keyof SharedOptions> = {
  '--customer-id': 'customerId',
  '--date': 'date',
  '--amount': 'amount',
  '--order-id': 'orderId',
  '--quantity': 'quantity',
  '--unit-price': 'unitPrice',
  '--status': 'status',
  '--date-format': 'dateFormat',
  '--delimiter': 'delimiter',
  '--decimal': 'decimal',
  '--as-of': 'asOf',
  '--encoding': 'encoding',
  '--engine': 'engine',
};
const SHARED_LIST: Record<string, 'customers' | 'subscriptions' | 'cancelled'> = {
  '--customers': 'customers',
  '--subscriptions': 'subscriptions',
  '--cancelled': 'cancelled',
};

/** Parse argv (without node and script). `extraNames` are the command's own value options. */
export function parseArgs(argv: string[], extraNames: Record<string, string[]>): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command || command.startsWith('-')) throw new UsageError('missing command');
  const allowed = extraNames[command];
  if (!allowed)
    throw new UsageError(`unknown command '${command}' (try: ${Object.keys(extraNames).join(', ')})`);
  const shared: SharedOptions = {
    noHeader: false,
    json: false,
    verbose: false,
    customers: [],
    subscriptions: [],
    cancelled: [],
  };
  const extra: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--json') shared.json = true;
    else if (flag === '--verbose') shared.verbose = true;
    else if (flag === '--no-header') shared.noHeader = true;
    else if (flag in SHARED_VALUE)
      (shared as unknown as Record<string, string>)[SHARED_VALUE[flag]] = value();
    else if (flag in SHARED_LIST) shared[SHARED_LIST[flag]].push(value());
    else if (flag.startsWith('--') && allowed.includes(flag.slice(2))) extra[flag.slice(2)] = value();
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('no input FILE given');
  if (shared.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(shared.asOf))
    throw new UsageError('--as-of takes a date YYYY-MM-DD');
  return { command, files, shared, extra };
}
