import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
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

/** The app icons (assets/icons), copied to dist/web/icons/ for the web app manifest. */
function appIcons(): Plugin {
  return {
    name: 'looplab-app-icons',
    apply: 'build',
    generateBundle() {
      for (const name of ['icon-256.png', 'icon-512.png', 'looplab.svg']) {
        const source = readFileSync(fileURLToPath(new URL(`../assets/icons/${name}`, import.meta.url)));
        this.emitFile({ type: 'asset', fileName: `icons/${name}`, source });
      }
    },
  };
}

/**
 * The browser build as an installable web app that works offline. Everything the page can
 * ever load is precached on the first visit: the page, its chunks (the engine workers are
 * chunks; the built-in scenarios and lessons are bundled into them), styles, icons, fonts if
 * any are added, and the Python parser's .wasm files. Workbox keys each file by a content hash,
 * so an update downloads only what changed and drops the old entries once it takes over.
 * The page registers the worker itself (renderer/src/pwa/), never in Electron.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  // A new version waits until the learner chooses to reload ("Updated — reload"), so an
  // update never swaps the code under an open lesson or a presentation.
  registerType: 'prompt',
  // No injected register script: the page's own module registers (the CSP stays strict).
  injectRegister: false,
  manifest: {
    id: './',
    name: 'LoopLab — async def or def?',
    short_name: 'LoopLab',
    description: 'See why a FastAPI route should be async def or def: a simulation of Uvicorn, Starlette, AnyIO and CPython drawn as Gantt charts.',
    // Relative, so the site works from any sub-path (GitHub Pages style).
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#1e2a4a',
    background_color: '#f3f4f6',
    icons: [
      { src: 'icons/icon-256.png', sizes: '256x256', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/looplab.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // (The plugin adds the manifest itself.)
    globPatterns: ['**/*.{html,js,mjs,css,json,png,svg,ico,woff,woff2,wasm}'],
    // Workbox's default (2 MiB) would silently leave a big file (a parser's .wasm) out, and the
    // app would break offline only where it is needed; past this limit the build fails instead.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // Links carry their state in the fragment: every navigation is the one page.
    navigateFallback: 'index.html',
    cacheId: 'looplab',
  },
};

// The browser build: relative paths so dist/web works from any static server and sub-path, and in Electron.
export default defineConfig({
  root,
  base: './',
  plugins: [react(), devServerInlineStyles(), appIcons(), VitePWA(pwaOptions)],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
