import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The web shell: built into dist/web at the repository root, which the server serves at `/`
 * (with an SPA fallback to index.html). In development the API and FHIR routes are proxied to a
 * server running on port 3000, so the app always talks to its own origin.
 */
const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));
const apiTarget = process.env.GALEN_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/fhir': { target: apiTarget, changeOrigin: false },
    },
  },
});
