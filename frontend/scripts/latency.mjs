// Measures warm request latencies of the case-work API as a logged-in user would cause them.
// Usage: node scripts/latency.mjs <keycloak-url> <backend-url> <username> <password> [requests]
// The token comes from Keycloak's own login page (authorization code flow with PKCE, client amm-spa),
// driven in the machine's Chromium; then plain HTTP requests are timed one after another.
import { createHash, randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

const [keycloak, backend, username, password, count = '300'] = process.argv.slice(2);
const requests = Number(count);
const realm = `${keycloak}/realms/amm/protocol/openid-connect`;
const redirectUri = 'http://localhost:4173/';

async function login() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const browser = await chromium.launch({
    executablePath: process.env.AMM_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ locale: 'de-DE' });
  let code;
  await page.route(`${redirectUri}**`, (route) => {
    code = new URL(route.request().url()).searchParams.get('code');
    return route.fulfill({ status: 200, body: 'ok' });
  });
  const query = new URLSearchParams({
    client_id: 'amm-spa',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  await page.goto(`${realm}/auth?${query}`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL(`${redirectUri}**`);
  await browser.close();
  const response = await fetch(`${realm}/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'amm-spa',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  const tokens = await response.json();
  if (!tokens.access_token) throw new Error(`no token: ${JSON.stringify(tokens)}`);
  return tokens;
}

let tokens = await login();
let tokenTime = Date.now();
async function token() {
  if (Date.now() - tokenTime > 200_000) {
    const response = await fetch(`${realm}/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: 'amm-spa',
        refresh_token: tokens.refresh_token,
      }),
    });
    tokens = await response.json();
    tokenTime = Date.now();
  }
  return tokens.access_token;
}

async function timed(path) {
  const bearer = await token();
  const started = performance.now();
  const response = await fetch(`${backend}${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
  const body = await response.text();
  const took = performance.now() - started;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${body}`);
  return { took, body };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const caseload = JSON.parse((await timed('/api/v1/caseload?size=25')).body);
const mentees = JSON.parse((await timed('/api/v1/mentees?size=100&status=open')).body).items.map((m) => m.id);
const pages = [...new Set([...caseload.items.map((e) => e.menteeId), ...mentees])];
console.log(
  `${username}: ${caseload.total} open cases in the caseload, ${pages.length} mentee pages to open`,
);

const scenarios = {
  'GET /caseload (start page, 25 rows)': () => '/api/v1/caseload?size=25',
  'GET /mentees?status=open (list, 25 rows)': () => '/api/v1/mentees?status=open&size=25',
  'GET /mentees/{id} (mentee page: profile)': (i) => `/api/v1/mentees/${pages[i % pages.length]}`,
  'GET /mentees/{id}/timeline (mentee page: timeline)': (i) =>
    `/api/v1/mentees/${pages[i % pages.length]}/timeline`,
};
for (const path of Object.values(scenarios)) {
  for (let i = 0; i < 50; i++) await timed(path(i));
}
console.log(
  `\n${'request'.padEnd(52)} ${'n'.padStart(5)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`,
);
for (const [name, path] of Object.entries(scenarios)) {
  const times = [];
  for (let i = 0; i < requests; i++) times.push((await timed(path(i))).took);
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(8);
  console.log(
    `${name.padEnd(52)} ${String(times.length).padStart(5)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${ms(Math.max(...times))}`,
  );
}
