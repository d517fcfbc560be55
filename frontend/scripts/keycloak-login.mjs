// Shared by the benchmark scripts: logs a user in on Keycloak's own login page (authorization code
// flow with PKCE, client amm-spa), driven in the machine's Chromium, keeps the access token fresh and
// times plain HTTP requests against the backend.
import { createHash, randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

const redirectUri = 'http://localhost:4173/';

export async function login(realm, username, password) {
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
  // The code is read from the request to the redirect address, whichever way it is made: Playwright does not route a
  // request that follows a redirect (Keycloak answers the login with 302), and the page it lands on may also ask
  // for /favicon.ico without a code. Nothing needs to listen on the redirect address.
  const redirected = new Promise((resolve) => {
    page.on('request', (request) => {
      if (!request.url().startsWith(redirectUri)) return;
      const params = new URL(request.url()).searchParams;
      if (params.has('code') || params.has('error')) resolve(params);
    });
  });
  await page.route(`${redirectUri}**`, (route) => route.fulfill({ status: 200, body: 'ok' }));
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
  let timer;
  const params = await Promise.race([
    redirected,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no redirect after the login of ${username}`)), 60_000);
    }),
  ]).finally(() => clearTimeout(timer));
  await browser.close();
  const code = params.get('code');
  if (!code) throw new Error(`no authorization code for ${username}: ${params.get('error') ?? 'none'}`);
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

/** A logged-in user: `timed(path)` fetches a backend path with the user's token and measures it. */
export async function session(keycloak, backend, username, password) {
  const realm = `${keycloak}/realms/amm/protocol/openid-connect`;
  let tokens = await login(realm, username, password);
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
  return { timed, token };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One line of a results table: name, n, p50, p95, max. */
export function row(name, times) {
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(8);
  return `${name.padEnd(56)} ${String(times.length).padStart(5)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${ms(Math.max(...times))}`;
}

export const header = `${'request'.padEnd(56)} ${'n'.padStart(5)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`;
