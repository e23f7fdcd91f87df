// @ts-nocheck
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // In this repository the client package is a workspace: read its sources, no build needed first.
  resolve: { conditions: ['@algoreg/source'] },
  // The dev origin the gateway's sandbox mode allows (CORS); the page calls VITE_GATEWAY_URL.
  server: { port: 5173, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});
