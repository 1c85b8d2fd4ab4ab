import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves the build at /tab/ (bot/http/tab/tab-static-routes.ts); `npm run build:tab` writes tab/dist.
export default defineConfig({
  root: import.meta.dirname,
  base: '/tab/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The initial chunk stays small: the signed-in screens and teams-js are loaded when needed.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': 'http://localhost:3978', '/dev': 'http://localhost:3978' },
  },
});
