// Warm latencies of the statistics API as a user of all projects causes them (the coordinator, or the ministry).
// Usage: node scripts/statistics-latency.mjs <keycloak-url> <backend-url> <username> <password> [requests]
// Prints one table row per scenario. With AMM_STATS_OUT=<file> it also writes the measured times there;
// with AMM_PG_LOG=<postgres log> and AMM_SQL_OUT=<file> it instead sends each scenario once and writes the
// SQL statements PostgreSQL logged for it (log_min_duration_statement = 0 on the database), with their
// parameters filled in, so that scripts/statistics-sql.mjs can run the same SQL in psql.
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { header, percentile, row, session } from './keycloak-login.mjs';

const [keycloak, backend, username, password, count = '200'] = process.argv.slice(2);
const requests = Number(count);
const { timed } = await session(keycloak, backend, username, password);

const projects = JSON.parse((await timed('/api/v1/projects?size=1&sort=name')).body);
const projectId = (projects.items ?? projects)[0].id;
const today = new Date();
const lastMonthEnd = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
const quarterStartMonth = Math.floor(today.getUTCMonth() / 3) * 3;
const quarterFrom = new Date(Date.UTC(today.getUTCFullYear(), quarterStartMonth - 3, 1));
const quarterTo = new Date(Date.UTC(today.getUTCFullYear(), quarterStartMonth, 0));
const day = (d) => d.toISOString().slice(0, 10);
const whole = `from=2016-11-01&to=${day(lastMonthEnd)}`;

const scenarios = {
  'key results, whole period, all projects': `/api/v1/statistics/key-results?${whole}`,
  'key results, whole period, one project': `/api/v1/statistics/key-results?${whole}&projectId=${projectId}`,
  'key results, one district, last quarter': `/api/v1/statistics/key-results?from=${day(quarterFrom)}&to=${day(quarterTo)}&district=14612`,
  'breakdown by quarter, whole period': `/api/v1/statistics/breakdown?dimension=quarter&${whole}`,
  'breakdown by district, whole period': `/api/v1/statistics/breakdown?dimension=district&${whole}`,
  'breakdown by age group, whole period': `/api/v1/statistics/breakdown?dimension=ageGroup&${whole}`,
  'breakdown by nationality, one district, last quarter': `/api/v1/statistics/breakdown?dimension=nationality&from=${day(quarterFrom)}&to=${day(quarterTo)}&district=14612`,
};

if (process.env.AMM_PG_LOG) {
  await capture(process.env.AMM_PG_LOG, process.env.AMM_SQL_OUT);
} else {
  await measure(process.env.AMM_STATS_OUT);
}

async function measure(out) {
  for (const path of Object.values(scenarios)) {
    for (let i = 0; i < 20; i++) await timed(path);
  }
  console.log(`\n${header}`);
  const results = {};
  for (const [name, path] of Object.entries(scenarios)) {
    const times = [];
    for (let i = 0; i < requests; i++) times.push((await timed(path)).took);
    console.log(row(name, times));
    results[name] = { path, p50: percentile(times, 50), p95: percentile(times, 95) };
  }
  if (out) writeFileSync(out, JSON.stringify(results, null, 2));
}

async function capture(log, out) {
  const captured = {};
  for (const [name, path] of Object.entries(scenarios)) {
    await timed(path);
    const offset = statSync(log).size;
    await timed(path);
    await new Promise((resolve) => setTimeout(resolve, 500));
    captured[name] = { path, statements: statementsIn(readFrom(log, offset)) };
    console.log(`${name}: ${captured[name].statements.length} statements`);
  }
  writeFileSync(out, JSON.stringify(captured, null, 2));
}

function readFrom(file, offset) {
  const size = statSync(file).size - offset;
  const buffer = Buffer.alloc(size);
  const fd = openSync(file, 'r');
  readSync(fd, buffer, 0, size, offset);
  closeSync(fd);
  return buffer.toString('utf8');
}

/** The executed statements of a log excerpt, parameters replaced by their logged literals. */
function statementsIn(text) {
  const entries = text.split(/\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/);
  const statements = [];
  for (let i = 0; i < entries.length; i++) {
    const executed = entries[i].match(/ LOG: {2}duration: [\d.]+ ms {2}execute [^:]*: ([\s\S]*)$/);
    if (!executed) continue;
    let sql = executed[1].trim();
    if (/^(begin|commit|rollback|set |show )/i.test(sql)) continue;
    const detail = entries[i + 1]?.match(/ DETAIL: {2}parameters?: ([\s\S]*)$/);
    if (detail) {
      const values = new Map();
      for (const [, n, value] of detail[1].matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) values.set(n, value);
      sql = sql.replace(/\$(\d+)/g, (whole, n) => values.get(n) ?? whole);
    }
    statements.push(sql);
  }
  return statements;
}
