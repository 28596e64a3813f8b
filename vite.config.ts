import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { META_CONTENT_SECURITY_POLICY } from './electron/shared/csp.ts';

/** Nothing leaves the machine: the built app carries the strict CSP (dev needs Vite's inline preamble). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'flowbench-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`),
  };
}

// The renderer: a plain web app. Relative asset paths (`base: './'`) work from app://flowbench in
// Electron, from the loopback server of the web fallback, and from any folder.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
