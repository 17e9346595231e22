import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server injects CSS as <style> elements (for hot reload), which the page's strict CSP
 * (style-src 'self') refuses. Relax it for `npm run web` only; built files keep the strict one.
 */
function devServerInlineStyles(): Plugin {
  return {
    name: 'looplab-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
  };
}

// The browser build: relative paths so dist/web works from any static server and from file:// in Electron.
export default defineConfig({
  root,
  base: './',
  plugins: [react(), devServerInlineStyles()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
