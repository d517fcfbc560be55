// Measures warm request latencies of the case-work API as a logged-in user would cause them.
// Usage: node scripts/latency.mjs <keycloak-url> <backend-url> <username> <password> [requests]
// The token comes from Keycloak's own login page (authorization code flow with PKCE, client amm-spa),
// driven in the machine's Chromium; then plain HTTP requests are timed one after another.
import { header, row, session } from './keycloak-login.mjs';

const [keycloak, backend, username, password, count = '300'] = process.argv.slice(2);
const requests = Number(count);
const { timed } = await session(keycloak, backend, username, password);

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
console.log(`\n${header}`);
for (const [name, path] of Object.entries(scenarios)) {
  const times = [];
  for (let i = 0; i < requests; i++) times.push((await timed(path(i))).took);
  console.log(row(name, times));
}
