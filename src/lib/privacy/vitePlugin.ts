/**
 * The Content-Security-Policy lives in index.html, so the built page carries it on any static host. The
 * dev server injects each component's styles as `<style>` elements, which a strict `style-src` blocks:
 * this plugin (dev server only) allows inline styles there, and nothing else.
 */
import type { Plugin } from 'vite';
import { DUCKDB_WORKER, withoutEmbindEval } from './evalFreeWorker.ts';

/** index.html's policy with `'unsafe-inline'` added to style-src (the policy is otherwise unchanged). */
export function relaxStylesForDev(html: string): string {
  return html.replace(/(content="[^"]*\bstyle-src [^;"]*)/, "$1 'unsafe-inline'");
}

/** Vite plugin: applies `relaxStylesForDev` to index.html when serving, never to a build. */
export function devCspPlugin(): Plugin {
  return { name: 'lojal:dev-csp', apply: 'serve', transformIndexHtml: relaxStylesForDev };
}

/**
 * Vite plugin (build only): the DuckDB worker bundles are shipped without string evaluation, so the
 * strict policy holds as an HTTP header too, where it also governs the workers (see evalFreeWorker.ts).
 */
export function evalFreeWorkerPlugin(): Plugin {
  return {
    name: 'lojal:eval-free-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'asset' || !DUCKDB_WORKER.test(out.fileName)) continue;
        const text = typeof out.source === 'string' ? out.source : new TextDecoder().decode(out.source);
        out.source = withoutEmbindEval(text, out.fileName);
      }
    },
  };
}
