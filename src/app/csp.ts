import type { Plugin } from 'vite';

/**
 * The built site's Content-Security-Policy, applied by `vite preview` (and so by every browser
 * test): scripts only from this origin (plus WebAssembly compilation for onnxruntime and tfjs, and eval: see below),
 * no request to another origin, no plugins, no framing. Styles allow inline attributes because
 * KaTeX's build-time HTML positions glyphs with style="...".
 * Static hosts: send the same header for every path (see README, "Deploy"); the code-cell sandbox
 * worker gets SANDBOX_CSP instead: it must evaluate the reader's code, and it may fetch nothing.
 */
export const SITE_CSP = [
  "default-src 'self'",
  // 'unsafe-eval' only because protobufjs (our ONNX writer, used by the in-page reference checks)
  // compiles its encoders with Function(); a codegen-free writer would let it go. Still no inline script.
  "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:", // Vite inlines KaTeX's smallest fonts as data: URIs
  "worker-src 'self' blob:", // also the service worker (sw.js, same origin)
  "manifest-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The reader's code runs in this worker only: eval allowed, network none (the second wall behind the sandbox's own). */
export const SANDBOX_CSP = "default-src 'none'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; connect-src 'none'";

const SANDBOX_WORKER = /\/assets\/sandbox\.worker-[\w-]+\.js(\?|$)/;

export function cspPlugin(): Plugin {
  return {
    name: 'concept-notebook-csp',
    // Not a post hook: a post middleware only sees what the static file server passes on (the SPA
    // fallback for `/`), so `/index.html`, the sandbox worker and everything else went without a policy,
    // and the service worker stored and served them so. preview.headers sets no CSP, so nothing overrides this.
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        res.setHeader('Content-Security-Policy', SANDBOX_WORKER.test((req as { originalUrl?: string }).originalUrl ?? req.url ?? '') ? SANDBOX_CSP : SITE_CSP);
        next();
      });
    },
  };
}
