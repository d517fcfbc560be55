// The JavaScript each public page of the production build loads before it is idle, gzip sizes per chunk.
// Usage: node scripts/public-bundle.mjs <web-url> <dist-dir> [budget-kB=150]
// Opens every public page as a first-time visitor in the machine's Chromium (no login, nothing cached) and records the
// scripts it loads until the network is idle; sizes are the files of <dist-dir> compressed with gzip (level 9).
// The map (Leaflet) loads as a chunk of its own after the page's text: it is shown apart and not counted in the
// page's initial JavaScript. Exits 1 when a page's initial JavaScript exceeds the budget. AMM_BUNDLE_OUT=<file>
// writes the figures as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const [web, dist, budgetArg = '150'] = process.argv.slice(2);
if (!web || !dist) {
  console.error('usage: node scripts/public-bundle.mjs <web-url> <dist-dir> [budget-kB]');
  process.exit(2);
}
const budget = Number(budgetArg);
const PAGES = [
  ['home', '/'],
  ['map', '/map'],
  ['services', '/services'],
  ['employers', '/fachkraefte'],
  ['mentor', '/mentor'],
  ['projects', '/projects'],
  ['imprint', '/impressum'],
];

const kB = (bytes) => bytes / 1024;
const gzipped = new Map();
function gzipSize(file) {
  if (!gzipped.has(file)) {
    const content = readFileSync(join(dist, file));
    gzipped.set(file, { gzip: gzipSync(content, { level: 9 }).length, map: isMap(file, content) });
  }
  return gzipped.get(file);
}
// Leaflet's chunk: the lazily loaded map component and what only it imports
const isMap = (file, content) => /places-map|leaflet/i.test(file) || content.includes('leaflet-container');

const browser = await chromium.launch({
  executablePath: process.env.AMM_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const results = [];
let failed = false;
for (const [name, path] of PAGES) {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === new URL(web).origin && url.pathname.endsWith('.js'))
      scripts.add(url.pathname.slice(1));
  });
  await page.goto(new URL(path, web).toString(), { waitUntil: 'networkidle' });
  await page.locator('h1, h2').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  const chunks = [...scripts].sort().map((file) => ({ file, ...gzipSize(file) }));
  const initial = chunks.filter((c) => !c.map).reduce((sum, c) => sum + c.gzip, 0);
  const map = chunks.filter((c) => c.map).reduce((sum, c) => sum + c.gzip, 0);
  results.push({ name, path, initialBytes: initial, mapBytes: map, chunks });
  if (kB(initial) > budget) failed = true;
}
await browser.close();

const home = results[0];
console.log(`  Initial JavaScript of the public home page (${home.path}), gzip:`);
for (const chunk of home.chunks) {
  console.log(`    ${chunk.file.padEnd(52)} ${kB(chunk.gzip).toFixed(1).padStart(7)} kB`);
}
console.log('');
console.log(
  `  ${'page'.padEnd(22)} ${'initial JS'.padStart(12)} ${'chunks'.padStart(7)} ${'map chunk'.padStart(11)}`,
);
for (const r of results) {
  console.log(
    `  ${`${r.name} (${r.path})`.padEnd(22)} ${`${kB(r.initialBytes).toFixed(1)} kB`.padStart(12)} ${String(
      r.chunks.filter((c) => !c.map).length,
    ).padStart(7)} ${(r.mapBytes ? `${kB(r.mapBytes).toFixed(1)} kB` : '-').padStart(11)}`,
  );
}
const worst = results.reduce((a, b) => (b.initialBytes > a.initialBytes ? b : a));
console.log(
  `\n  largest initial JavaScript: ${kB(worst.initialBytes).toFixed(1)} kB gzip (${worst.path}); budget ${budget} kB: ${
    failed ? 'EXCEEDED' : 'met'
  }`,
);
if (process.env.AMM_BUNDLE_OUT) writeFileSync(process.env.AMM_BUNDLE_OUT, JSON.stringify(results, null, 2));
process.exit(failed ? 1 : 0);
