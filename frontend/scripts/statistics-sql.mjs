// Runs the SQL that the statistics API sent for each scenario (captured by statistics-latency.mjs) in
// psql, and compares its latency with the API's.
// Usage: node scripts/statistics-sql.mjs <psql connection string> <captured sql.json> <api times.json> [runs]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { percentile } from './keycloak-login.mjs';

const [connection, sqlFile, apiFile, count = '50'] = process.argv.slice(2);
const runs = Number(count);
const captured = JSON.parse(readFileSync(sqlFile, 'utf8'));
const api = JSON.parse(readFileSync(apiFile, 'utf8'));
const warmups = 5;

const ms = (v) => `${v.toFixed(1)} ms`.padStart(9);
console.log(
  `\n${'scenario'.padEnd(52)} ${'stmts'.padStart(5)} ${'API p50'.padStart(9)} ${'API p95'.padStart(9)} ${'SQL p50'.padStart(9)} ${'SQL p95'.padStart(9)} ${'API/SQL p50'.padStart(11)}`,
);
for (const [name, { statements }] of Object.entries(captured)) {
  // one psql session per scenario: results to /dev/null, the client-side timing of every statement kept
  // with the session settings of the application's connections (backend application.properties: no JIT, no
  // parallel workers), so that both sides run the same plans
  const script = [
    '\\o /dev/null',
    'set jit = off;',
    'set max_parallel_workers_per_gather = 0;',
    '\\timing on',
  ];
  for (let i = 0; i < warmups + runs; i++) script.push(...statements.map((s) => `${s};`));
  const psql = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', connection], {
    input: script.join('\n'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (psql.status !== 0) throw new Error(`psql failed for ${name}: ${psql.stderr}`);
  const times = [...psql.stdout.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
  if (times.length !== (warmups + runs) * statements.length) {
    throw new Error(`${name}: expected ${(warmups + runs) * statements.length} timings, got ${times.length}`);
  }
  const sums = [];
  for (let i = warmups; i < warmups + runs; i++) {
    const one = times.slice(i * statements.length, (i + 1) * statements.length);
    sums.push(one.reduce((a, b) => a + b, 0));
  }
  const sqlP50 = percentile(sums, 50);
  const a = api[name];
  console.log(
    `${name.padEnd(52)} ${String(statements.length).padStart(5)} ${ms(a.p50)} ${ms(a.p95)} ${ms(sqlP50)} ${ms(percentile(sums, 95))} ${`${(a.p50 / sqlP50).toFixed(2)}x`.padStart(11)}`,
  );
}
