import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Nothing leaves the machine: the built app carries a strict CSP (dev needs Vite's inline preamble). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "worker-src 'self' blob:; connect-src 'self' blob: data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

function contentSecurityPolicy(): Plugin {
  return {
    name: 'flowbench-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

// The renderer: a plain web app. `base: './'` so Electron can load dist/index.html from disk.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
