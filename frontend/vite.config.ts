/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA talks to the API on its own origin: the dev server and the preview server forward /api to the
// backend, as nginx does in docker-compose. They also forward Swagger UI and the API's document from the backend's
// management port (scripts/start serves them there; config.json's apiDocsUrl links to them from the staff menu).
const apiTarget = process.env.AMM_API_URL ?? 'http://localhost:8080';
const managementTarget = process.env.AMM_MANAGEMENT_URL ?? 'http://localhost:9000';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/q/swagger-ui': { target: managementTarget, changeOrigin: false },
  '/q/openapi': { target: managementTarget, changeOrigin: false },
};

// Tests load react-router and react-router/dom from the same (ESM) build, as the browser does: left to
// Node, the app's imports get the CommonJS build and react-router/dom the ESM one, two routers that do not
// share their context (https://github.com/remix-run/react-router/issues/12785).
const reactRouter = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/development/${file}`, import.meta.url));

// Tests whose outcome depends on the day: `npm run test:dates` runs them at each of the moments below (Berlin
// local time), in a process in another zone (America/Los_Angeles); `npm test` runs everything at the first one.
const DATE_SENSITIVE_TESTS = [
  'src/lib/clock.test.ts',
  'src/lib/format.test.ts',
  'src/components/ui/form/day-input.test.tsx',
  'src/features/casework/components/record-dates.test.tsx',
  // consent is given and withdrawn on the programme's today
  'src/features/casework/components/mentee-form.test.tsx',
  'src/features/data-protection/components/consent-section.test.tsx',
  'src/features/statistics/utils/filters.test.ts',
  'src/features/statistics/utils/periods.test.ts',
  'src/features/statistics/components/issue-report-form.test.tsx',
  'src/features/statistics/components/released-statistics.test.tsx',
];
const TEST_MOMENTS = ['2026-11-29T00:56', '2027-01-31T00:30', '2028-02-29T00:05', '2026-12-31T00:30'];
const datedRuns = process.env.AMM_TEST_DATES
  ? {
      include: DATE_SENSITIVE_TESTS,
      projects: TEST_MOMENTS.map((moment) => ({
        extends: true as const,
        test: { name: `Berlin ${moment}`, env: { AMM_TEST_NOW: moment } },
      })),
    }
  : {};

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
    // generous for a machine under load; a passing test takes no longer for it
    testTimeout: 60_000,
    hookTimeout: 60_000,
    ...datedRuns,
    alias: [
      { find: /^react-router$/, replacement: reactRouter('index.mjs') },
      { find: /^react-router\/dom$/, replacement: reactRouter('dom-export.mjs') },
    ],
    coverage: { exclude: ['src/api/generated/**'] },
  },
});
