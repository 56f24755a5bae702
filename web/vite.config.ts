import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Paths the Mercato server answers; in `vite dev` they go to the API on :8000. */
const serverPaths = ['/api', '/healthz', '/readyz', '/metrics', '/media', '/.well-known'];
const apiTarget = 'http://localhost:8000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: Object.fromEntries(serverPaths.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
});
