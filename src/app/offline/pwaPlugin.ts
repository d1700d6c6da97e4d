import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';
import { DATA_CACHE, DATA_FILE } from './dataFiles.ts';
import { offlineListPlugin } from './offlineListPlugin.ts';

/**
 * The installable, offline site: a web app manifest and a Workbox service worker (generateSW:
 * precache + one runtime route + the waiting/skip-waiting handshake are all configuration, so a
 * hand-written worker would only add code to review). Code, styles, fonts and the search index
 * are precached on the first visit; data files (models, wasm) are cached on first use.
 * Registration is ours (registerServiceWorker.ts, no inline script under the CSP); nothing runs
 * in `vite dev`.
 */
export function pwaPlugin(): PluginOption[] {
  return [
    offlineListPlugin(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt', // a new worker waits until the reader clicks "Reload"
      injectRegister: false,
      devOptions: { enabled: false },
      manifest: {
        name: 'Concept Notebook',
        short_name: 'Concept Notebook',
        description: 'Interview questions on ML and computer vision, answered precisely, with live demos.',
        start_url: './',
        scope: './',
        display: 'standalone',
        // --bg of src/app/theme.css (light scheme; index.html sets the dark one); the icons use --link.
        background_color: '#ffffff',
        theme_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // woff2 only: every browser that runs a service worker picks KaTeX's woff2 over woff/ttf.
        globPatterns: ['**/*.{html,js,css,woff2,svg,png,json,webmanifest}'],
        globIgnores: ['readme/**', '.vite/**'],
        // The largest code chunks (tfjs in the training workers, the search index) are ~1.9 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/assets\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true, // the first visit is controlled at once: its models are cached on first use
        skipWaiting: false,
        sourcemap: false,
        runtimeCaching: [
          {
            urlPattern: DATA_FILE,
            handler: 'CacheFirst', // file names carry a content hash: a cached copy is never stale
            options: {
              cacheName: DATA_CACHE,
              cacheableResponse: { statuses: [200] },
              // vite preview (and many hosts) send `Vary: Origin`: a wasm stored from a request with
              // no Origin header then never matched one with it (onnxruntime's fetch from its
              // worker), so offline the demo failed. The names carry content hashes and the route
              // is same-origin only, so ignoring Vary cannot serve a wrong file.
              matchOptions: { ignoreVary: true },
            },
          },
        ],
      },
    }),
  ];
}
