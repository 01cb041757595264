/**
 * DuckDB-wasm's browser workers are built with Emscripten's embind, which makes each C++ binding's
 * JavaScript wrapper by compiling generated source with `new Function` the first time the binding is
 * registered. A Content-Security-Policy without `'unsafe-eval'` refuses that, so the engine never starts
 * under a strict policy sent as an HTTP header (the only kind that reaches a worker). This module swaps
 * the generator for a closure with the same behaviour: the wrapper converts `this` and every argument
 * to its wire type, calls the C++ invoker, frees what the conversion allocated, and converts the
 * result back. Nothing is evaluated from a string.
 */

/** The closure-based wrapper maker, written against the names embind's runtime keeps unminified. */
const CLOSURE_INVOKER = `function craftInvokerFunction(humanName, argTypes, classType, cppInvoker, cppTarget, isAsync) {
  if (argTypes.length < 2) throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!");
  var isMethod = argTypes[1] !== null && classType !== null;
  var stack = usesDestructorStack(argTypes);
  var returns = argTypes[0].name !== "void";
  var argCount = argTypes.length - 2;
  function invoke(...args) {
    var destructors = stack ? [] : null;
    var thisWired;
    var wired = new Array(argCount);
    if (isMethod) thisWired = argTypes[1].toWireType(destructors, this);
    for (var i = 0; i < argCount; ++i) wired[i] = argTypes[i + 2].toWireType(destructors, args[i]);
    var rv = isMethod ? cppInvoker(cppTarget, thisWired, ...wired) : cppInvoker(cppTarget, ...wired);
    if (stack) runDestructors(destructors);
    else
      for (var j = isMethod ? 1 : 2; j < argTypes.length; ++j)
        if (argTypes[j].destructorFunction !== null) argTypes[j].destructorFunction(j === 1 ? thisWired : wired[j - 2]);
    if (returns) return argTypes[0].fromWireType(rv);
  }
  return createNamedFunction(humanName, invoke);
}`;

/**
 * The same for emval's method callers (C++ calling a JavaScript function or method): read each
 * argument from the argument pack, call (`kind` 0: a method of \`obj\`, 1: a constructor, else a plain
 * call), and hand a non-void result back through emval's return slot.
 */
const CLOSURE_METHOD_CALLER = `function __emval_get_method_caller(argCount, argTypesPtr, kind) {
  argTypesPtr >>>= 0;
  var types = emval_lookupTypes(argCount, argTypesPtr);
  var retType = types.shift();
  var offsets = [];
  for (var i = 0, at = 0; i < types.length; ++i) { offsets.push(at); at += types[i].argPackAdvance; }
  function caller(obj, func, destructorsRef, args) {
    var values = [];
    for (var k = 0; k < types.length; ++k) values.push(types[k].readValueFromPointer(args + offsets[k]));
    if (kind === 0) values.unshift(obj);
    var rv = kind === 1 ? new func(...values) : func.call(...values);
    if (!retType.isVoid) return emval_returnValue(retType, destructorsRef, rv);
  }
  var name = "methodCaller<(" + types.map(function (t) { return t.name; }).join(", ") + ") => " + retType.name + ">";
  return emval_addMethodCaller(createNamedFunction(name, caller));
}`;

const CRAFT =
  /function craftInvokerFunction\([^)]*\)\{[^]*?newFunc\(Function,[^]*?\}(?=var embind__requireFunction)/g;
const METHOD_CALLER =
  /function __emval_get_method_caller\([^)]*\)\{[^]*?newFunc\(Function,[^]*?\}(?=__emval_get_method_caller\.sig)/g;

/** Swap exactly one definition matching `pattern` for `replacement`, or throw. */
function swapOne(source: string, pattern: RegExp, replacement: string, what: string, file: string): string {
  const found = source.match(pattern) ?? [];
  if (found.length !== 1) throw new Error(`${file}: expected one ${what} to replace, found ${found.length}`);
  return source.replace(pattern, () => replacement);
}

/**
 * Replace embind's two string-compiling wrapper makers in one duckdb-wasm worker bundle. Throws when
 * the bundle does not have exactly one of each (another duckdb-wasm version): a build must not
 * silently ship a worker that a strict policy stops.
 */
export function withoutEmbindEval(source: string, file: string): string {
  const invokers = swapOne(source, CRAFT, CLOSURE_INVOKER, 'embind craftInvokerFunction', file);
  return swapOne(invokers, METHOD_CALLER, CLOSURE_METHOD_CALLER, 'emval method caller', file);
}

/** The duckdb-wasm worker bundles the app ships (their built names keep this stem). */
export const DUCKDB_WORKER = /duckdb-browser-(mvp|eh)\.worker.*\.js$/;
