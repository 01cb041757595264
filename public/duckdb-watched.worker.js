'use strict';
// The DuckDB worker, watched (see src/lib/engine/watchdog.ts): before loading duckdb-wasm's own worker
// script, take a Web Lock named by the page and hold it for the worker's whole life. The browser releases
// it the moment this worker ends for any reason (closed, terminated, crashed, even mid-query), which is
// how the page learns that its database is gone. Settings come in the worker's name: { lock, src }.
(() => {
  const { lock, src } = JSON.parse(self.name);
  const script = new URL(src, self.location.href);
  // Only the app's own duckdb worker may be loaded here.
  if (script.origin !== self.location.origin) throw new Error('duckdb worker must come from this origin');
  // A Content-Security-Policy without 'wasm-unsafe-eval' refuses to compile WebAssembly: find out now,
  // with an 8-byte empty module, and say so, rather than let the engine's start-up fail much later.
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  } catch (error) {
    throw new Error(`lojal:wasm-refused ${error && error.message}`);
  }
  if (self.navigator.locks) self.navigator.locks.request(lock, () => new Promise(() => {}));
  importScripts(script.href);
})();
