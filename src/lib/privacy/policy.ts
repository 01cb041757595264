/**
 * Lojal's Content-Security-Policy, in one place. index.html carries it as a meta tag, so the page is
 * covered on any static host; a meta policy does not reach workers, though, so the server
 * configurations shipped with the build (public/_headers, public/.htaccess, docs/hosting/) send the
 * same policy as an HTTP header, which governs the page and every worker. Tests check that all of them
 * say exactly this.
 */

/**
 * Nothing connects anywhere but the page's own origin. 'wasm-unsafe-eval' lets DuckDB compile its
 * WebAssembly; blob: workers are allowed for libraries that spawn them; no inline script, no eval.
 */
export const PAGE_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self'; img-src 'self' data: blob:; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** As an HTTP header the policy can also forbid framing, which a meta tag cannot. */
export const HEADER_POLICY = `${PAGE_POLICY}; frame-ancestors 'none'`;
