/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA talks to the API on its own origin: the dev server and the preview server forward /api
// (and Swagger's /q) to the backend, as nginx does in docker-compose.
const apiTarget = process.env.AMM_API_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/q': { target: apiTarget, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@locales': fileURLToPath(new URL('./locales', import.meta.url)),
    },
  },
  server: { port: Number(process.env.AMM_FRONTEND_PORT ?? 5173), strictPort: true, proxy },
  preview: { port: Number(process.env.AMM_FRONTEND_PORT ?? 4173), strictPort: true, proxy },
  build: { sourcemap: true },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    coverage: { exclude: ['src/api/generated/**'] },
  },
});
