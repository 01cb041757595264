/**
 * The Content-Security-Policy lives in index.html, so the built page carries it on any static host. The
 * dev server injects each component's styles as `<style>` elements, which a strict `style-src` blocks:
 * this plugin (dev server only) allows inline styles there, and nothing else.
 */
import type { Plugin } from 'vite';

/** index.html's policy with `'unsafe-inline'` added to style-src (the policy is otherwise unchanged). */
export function relaxStylesForDev(html: string): string {
  return html.replace(/(content="[^"]*\bstyle-src [^;"]*)/, "$1 'unsafe-inline'");
}

/** Vite plugin: applies `relaxStylesForDev` to index.html when serving, never to a build. */
export function devCspPlugin(): Plugin {
  return { name: 'lojal:dev-csp', apply: 'serve', transformIndexHtml: relaxStylesForDev };
}
