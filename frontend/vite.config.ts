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

// Tests load react-router and react-router/dom from the same (ESM) build, as the browser does: left to
// Node, the app's imports get the CommonJS build and react-router/dom the ESM one, two routers that do not
// share their context (https://github.com/remix-run/react-router/issues/12785).
const reactRouter = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/development/${file}`, import.meta.url));

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
    alias: [
      { find: /^react-router$/, replacement: reactRouter('index.mjs') },
      { find: /^react-router\/dom$/, replacement: reactRouter('dom-export.mjs') },
    ],
    coverage: { exclude: ['src/api/generated/**'] },
  },
});
