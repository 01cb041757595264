import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlinePlugin } from './src/lib/offline/vitePlugin.ts';
import { devCspPlugin, evalFreeWorkerPlugin } from './src/lib/privacy/vitePlugin.ts';

// Relative base: the static build works from any sub-path of any static file server.
export default defineConfig({
  base: './',
  plugins: [svelte(), evalFreeWorkerPlugin(), offlinePlugin(), devCspPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  test: {
    // Calendar dates must never depend on the machine's zone: pin one that is not UTC.
    env: { TZ: 'Europe/Oslo' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
