import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutEmbindEval } from '../../../src/lib/privacy/evalFreeWorker';

const DIST = 'node_modules/@duckdb/duckdb-wasm/dist';
const BUNDLES = ['duckdb-browser-eh.worker.js', 'duckdb-browser-mvp.worker.js'];

/** The text of `source` from `start` up to (not including) `end`. */
function between(source: string, start: string, end: string): string {
  const from = source.indexOf(start);
  const to = source.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`${start} … ${end} not found`);
  return source.slice(from, to);
}

type Log = unknown[][];

/**
 * Evaluate the two wrapper makers from a worker bundle beside embind's helpers (taken from the same
 * bundle) and stand-ins for the runtime they call, which record every call in `log`.
 */
function makers(source: string, log: Log) {
  const code = [
    between(source, 'function usesDestructorStack(', 'function createJsInvokerSignature('),
    between(source, 'function createJsInvoker(', 'var extendError='),
    between(source, 'function newFunc(', 'function __emval_get_method_caller('),
    between(source, 'function craftInvokerFunction(', 'var embind__requireFunction'),
    between(source, 'function __emval_get_method_caller(', '__emval_get_method_caller.sig'),
    'return { craftInvokerFunction, __emval_get_method_caller };',
  ].join('\n');
  const runtime = {
    throwBindingError: (m: string) => {
      throw new Error(m);
    },
    runDestructors: (d: unknown[]) => log.push(['runDestructors', [...d]]),
    createNamedFunction: (name: string, f: () => unknown) =>
      Object.defineProperty(f, 'name', { value: name }),
    emval_lookupTypes: (n: number, ptr: number) => log[0].slice(1 + ptr, 1 + ptr + n),
    emval_returnValue: (t: { name: string }, ref: number, rv: unknown) => ['returned', t.name, ref, rv],
    emval_addMethodCaller: (f: unknown) => f,
  };
  const names = Object.keys(runtime);
  return new Function(...names, code)(...Object.values(runtime)) as {
    craftInvokerFunction: (...a: unknown[]) => (...a: unknown[]) => unknown;
    __emval_get_method_caller: (n: number, ptr: number, kind: number) => (...a: unknown[]) => unknown;
  };
}

/** A fake embind type: wire conversions and destructors leave a trace in `log`. */
function type(log: Log, name: string, destructor: 'none' | 'own' | 'stack') {
  return {
    name,
    argPackAdvance: 8,
    destructorFunction:
      destructor === 'none'
        ? null
        : destructor === 'own'
          ? (v: unknown) => log.push(['dtor', name, v])
          : undefined,
    toWireType: (d: unknown[] | null, v: unknown) => {
      d?.push(`free ${name}`);
      log.push(['toWire', name, v, d === null ? 'no stack' : 'stack']);
      return `${name}:${String(v)}`;
    },
    fromWireType: (v: unknown) => `from ${String(v)}`,
    readValueFromPointer: (p: number) => `${name}@${p}`,
  };
}

/** Run one scenario with both wrapper makers and return the traces. */
function trace(
  source: string,
  patched: string,
  scenario: (m: ReturnType<typeof makers>, log: Log) => unknown,
) {
  return [source, patched].map((s) => {
    const log: Log = [[]];
    const result = scenario(makers(s, log), log);
    return { result, log: log.slice(1) };
  });
}

describe.each(BUNDLES)('withoutEmbindEval(%s)', (bundle) => {
  const source = readFileSync(`${DIST}/${bundle}`, 'utf8');
  const patched = withoutEmbindEval(source, bundle);

  it('leaves no string-compiled wrapper', () => {
    expect(source).toMatch(/newFunc\(Function,/);
    expect(patched).not.toMatch(/newFunc\(Function,/);
    expect(patched).not.toMatch(/createJsInvoker\(t/);
  });

  it('refuses a bundle it does not recognise, rather than ship one a strict policy stops', () => {
    expect(() => withoutEmbindEval(patched, bundle)).toThrow(/expected one/);
  });

  it.each([
    ['a function with plain arguments', false, ['none', 'none'], 'int'],
    ['a function whose arguments free themselves', false, ['own', 'none'], 'void'],
    ['a method whose arguments need the destructor stack', true, ['stack', 'own'], 'std::string'],
    ['a method with own destructors and a void result', true, ['own', 'own'], 'void'],
  ] as const)('makes the same invoker for %s', (_name, method, args, ret) => {
    const [original, rewritten] = trace(source, patched, (m, log) => {
      const types = [type(log, ret, 'none'), method ? type(log, 'this', 'own') : null];
      args.forEach((d, i) => types.push(type(log, `arg${i}`, d)));
      const invoker = (...wired: unknown[]) => (log.push(['invoke', ...wired]), 'rv');
      const f = m.craftInvokerFunction('fn', types, method ? {} : null, invoker, 'target', false);
      return [f.name, f.call('self', 'a', 'b')];
    });
    expect(rewritten).toEqual(original);
    expect(original.log.length).toBeGreaterThan(2);
  });

  it.each([
    [0, false],
    [1, false],
    [2, true],
  ])('makes the same emval method caller (kind %i, void %s)', (kind, isVoid) => {
    const [original, rewritten] = trace(source, patched, (m, log) => {
      const ret = { ...type(log, 'ret', 'none'), isVoid };
      log[0] = [null, ret, type(log, 'x', 'none'), type(log, 'y', 'none')];
      const caller = m.__emval_get_method_caller(3, 0, kind);
      function Target(this: unknown, ...a: unknown[]) {
        log.push(['called', this === obj ? 'obj' : typeof this, ...a]);
        return { made: a };
      }
      const obj = { tag: 'obj' };
      return [caller.name, caller(obj, Target, 7, 100)];
    });
    expect(rewritten).toEqual(original);
  });
});
