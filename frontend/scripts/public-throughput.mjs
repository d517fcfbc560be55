// Throughput of the public API endpoints (anonymous, as the public pages call them), measured with autocannon.
// Usage: node scripts/public-throughput.mjs <backend-url> [seconds-per-endpoint=15] [connections=50]
// Requests ask as a browser does (Accept: application/json, Accept-Encoding: gzip and others).
// The backend is expected to trust this machine as its proxy (AMM_TRUSTED_PROXIES=127.0.0.1): every request names
// one of 20,000 visitors' addresses in X-Forwarded-For, as nginx does, so the limit per address applies to each
// visitor and not to the load generator. Prints requests per second, latencies and any answer that was not 200;
// exits 1 on errors or answers other than 200. Goal: at least 5,000 requests/s per endpoint. Runs on loopback only,
// each run bounded in time.
import autocannon from 'autocannon';

const [backend, secondsArg = '15', connectionsArg = '50'] = process.argv.slice(2);
if (!backend) {
  console.error('usage: node scripts/public-throughput.mjs <backend-url> [seconds] [connections]');
  process.exit(2);
}
const target = new URL(backend);
if (!['localhost', '127.0.0.1', '[::1]'].includes(target.hostname)) {
  console.error('the load goes to this machine only (localhost)');
  process.exit(2);
}
const duration = Number(secondsArg);
const connections = Number(connectionsArg);
const GOAL = 5000;
const ENDPOINTS = [
  ['key results', '/api/v1/public/key-results'],
  ['key results by district', '/api/v1/public/key-results/districts'],
  ['offices (map)', '/api/v1/public/offices'],
  ['services by postal code', '/api/v1/public/services?postalCode=04109&language=ar'],
  ['postal code area', '/api/v1/public/postal-codes/{pc}'],
];
// postal codes of every district, in turn
const POSTAL_CODES = [
  '04109',
  '01067',
  '09111',
  '02826',
  '08523',
  '08056',
  '02625',
  '01662',
  '04860',
  '09599',
];

let visitor = 0;
const nextAddress = () => {
  visitor = (visitor + 1) % 20_000;
  return `198.18.${Math.floor(visitor / 250)}.${(visitor % 250) + 1}`;
};

function run(path, seconds) {
  let code = 0;
  return autocannon({
    url: target.origin,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          code = (code + 1) % POSTAL_CODES.length;
          return {
            ...request,
            path: path.replace('{pc}', POSTAL_CODES[code]),
            headers: {
              ...request.headers,
              'x-forwarded-for': nextAddress(),
              accept: 'application/json',
              // as every browser asks (answers come gzip-compressed where that is worth it)
              'accept-encoding': 'gzip, deflate, br, zstd',
            },
          };
        },
      },
    ],
  });
}

console.log(
  `  ${'endpoint'.padEnd(58)} ${'req/s'.padStart(8)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'not 200'.padStart(8)}`,
);
let failed = false;
let slowest = Infinity;
// warm-up of every endpoint before any is measured: the JIT compiles the shared HTTP and JSON paths, and the server's
// caches fill (measured right after a cold start, the first endpoint came out at about half its warm throughput)
for (const [, path] of ENDPOINTS) await run(path, 5);
for (const [name, path] of ENDPOINTS) {
  const result = await run(path, duration);
  const notOk = result.non2xx + result.errors + result.timeouts;
  if (notOk > 0) failed = true;
  slowest = Math.min(slowest, result.requests.average);
  console.log(
    `  ${`${name}: GET ${path}`.padEnd(58)} ${Math.round(result.requests.average).toLocaleString('en').padStart(8)} ${`${result.latency.p50} ms`.padStart(7)} ${`${result.latency.p99} ms`.padStart(7)} ${String(notOk).padStart(8)}`,
  );
}
console.log(
  `\n  ${connections} connections, ${duration} s per endpoint; lowest throughput ${Math.round(
    slowest,
  ).toLocaleString(
    'en',
  )} requests/s; goal ${GOAL.toLocaleString('en')}: ${slowest >= GOAL ? 'met' : 'NOT met'}`,
);
process.exit(failed ? 1 : 0);
