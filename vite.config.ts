import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Unit tests run in Node; browser tests have their own config (vitest.browser.config.ts)
// because they drive the built app in Debian's Chromium rather than a simulated DOM.
export default defineConfig({
  plugins: [svelte()],
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    environment: 'node',
  },
});
