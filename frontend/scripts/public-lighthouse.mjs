// Largest contentful paint of public pages of the production build, from Lighthouse (pinned in package.json).
// Usage: node scripts/public-lighthouse.mjs <web-url> [path ...]   (default paths: / and /map)
// Runs Lighthouse's performance category in the machine's Chromium (headless, no sandbox), once with its mobile
// defaults (simulated slow 4G and a 4x slower CPU) and once with its desktop preset, and prints LCP, FCP, total
// blocking time and the scripts transferred. Goal: LCP below 2.5 s. AMM_LIGHTHOUSE_OUT=<dir> keeps the reports.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const [web, ...given] = process.argv.slice(2);
if (!web) {
  console.error('usage: node scripts/public-lighthouse.mjs <web-url> [path ...]');
  process.exit(2);
}
const paths = given.length ? given : ['/', '/map'];
const GOAL_MS = 2500;
const out = process.env.AMM_LIGHTHOUSE_OUT;
if (out) mkdirSync(out, { recursive: true });

const chrome = await chromeLauncher.launch({
  chromePath: process.env.AMM_CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rows = [];
try {
  for (const [profile, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    for (const path of paths) {
      const url = new URL(path, web).toString();
      const result = await lighthouse(
        url,
        { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' },
        config,
      );
      const { audits, categories, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${runtimeError.message}`);
      const scripts = (audits['network-requests'].details?.items ?? []).filter(
        (r) => r.resourceType === 'Script',
      );
      rows.push({
        profile,
        path,
        lcp: audits['largest-contentful-paint'].numericValue,
        fcp: audits['first-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        score: Math.round((categories.performance.score ?? 0) * 100),
        scriptKb: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
      });
      if (out) writeFileSync(join(out, `${profile}${path.replaceAll('/', '_') || '_'}.json`), result.report);
    }
  }
} finally {
  await chrome.kill();
}

console.log(
  `  ${'page'.padEnd(18)} ${'LCP'.padStart(8)} ${'FCP'.padStart(8)} ${'TBT'.padStart(8)} ${'score'.padStart(6)} ${'JS transferred'.padStart(15)}`,
);
for (const r of rows) {
  console.log(
    `  ${`${r.path} (${r.profile})`.padEnd(18)} ${seconds(r.lcp).padStart(8)} ${seconds(r.fcp).padStart(8)} ${`${Math.round(
      r.tbt,
    )} ms`.padStart(8)} ${String(r.score).padStart(6)} ${`${r.scriptKb.toFixed(1)} kB`.padStart(15)}`,
  );
}
const worst = Math.max(...rows.map((r) => r.lcp));
console.log(
  `\n  largest LCP ${seconds(worst)}; goal below ${seconds(GOAL_MS)}: ${worst < GOAL_MS ? 'met' : 'NOT met'}`,
);
