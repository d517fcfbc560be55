// The clients of scripts/faults: they log in, write under load with Idempotency-Key retries, probe reads and
// account operations, and send bursts; each prints what it saw and writes it as JSON for the script's checks.
//
//   node scripts/faults.mjs login <keycloak> <username> <password> <tokens.json>
//   node scripts/faults.mjs writers <backend> <tokens.json> <seconds> <writers> <activities|casework> <note> <out.json>
//   node scripts/faults.mjs probe <backend> <reader-tokens.json> <lead-tokens.json> <seconds> <out.json>
//   node scripts/faults.mjs refresh <keycloak> <tokens.json>
//   node scripts/faults.mjs burst <backend> <tokens.json|-> <requests> <path> <out.json> [at once]
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { login } from './keycloak-login.mjs';

const [command, ...args] = process.argv.slice(2);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
// "-" stands for no token (an anonymous caller)
const token = (file) => (file === '-' ? null : JSON.parse(readFileSync(file, 'utf8')).access_token);

function histogram(values) {
  const counts = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

async function call(backend, bearer, method, path, body, headers = {}) {
  const started = Date.now();
  try {
    const response = await fetch(`${backend}${path}`, {
      method,
      headers: {
        ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
        ...(body ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      retryAfter: response.headers.get('retry-after'),
      location: response.headers.get('location'),
      replayed: response.headers.get('idempotent-replayed') === 'true',
      text,
      at: started,
      took: Date.now() - started,
    };
  } catch (error) {
    return {
      status: 'network',
      type: '',
      text: String(error.cause?.code ?? error.name),
      at: started,
      took: Date.now() - started,
    };
  }
}

if (command === 'login') {
  const [keycloak, username, password, out] = args;
  const tokens = await login(`${keycloak}/realms/amm/protocol/openid-connect`, username, password);
  writeFileSync(out, JSON.stringify(tokens));
  console.log(`${username}: signed in`);
} else if (command === 'refresh') {
  const [keycloak, file] = args;
  const response = await fetch(`${keycloak}/realms/amm/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: 'amm-spa',
      refresh_token: JSON.parse(readFileSync(file, 'utf8')).refresh_token,
    }),
  });
  const tokens = await response.json();
  if (!tokens.access_token) throw new Error(`no token: ${JSON.stringify(tokens)}`);
  writeFileSync(file, JSON.stringify(tokens));
} else if (command === 'writers') {
  await writers(...args);
} else if (command === 'probe') {
  await probe(...args);
} else if (command === 'burst') {
  await burst(...args);
} else {
  console.error('usage: see the head of scripts/faults.mjs');
  process.exit(2);
}

/**
 * Writers that go on until the time is up: each logical write has its own Idempotency-Key and is retried with it
 * (after Retry-After, or a short backoff when the connection failed) until it is acknowledged with 2xx; one in five
 * acknowledged writes is sent once more on purpose, which must be answered as a replay of the same record.
 */
async function writers(backend, tokens, seconds, count, kind, note, out) {
  const bearer = token(tokens);
  const end = Date.now() + Number(seconds) * 1000;
  const giveUp = end + 45_000;
  const caseload = JSON.parse((await call(backend, bearer, 'GET', '/api/v1/caseload?size=50')).text);
  const mentees = caseload.items.map((e) => e.menteeId);
  const attempts = [];
  const acknowledged = [];
  const failed = [];
  const replays = { sent: 0, same: 0, different: [] };

  async function write(path, body, label, key = randomUUID()) {
    let backoff = 200;
    for (;;) {
      const answer = await call(backend, bearer, 'POST', path, body, { 'Idempotency-Key': key });
      attempts.push({
        status: answer.status,
        at: answer.at,
        type: answer.type,
        retryAfter: answer.retryAfter,
      });
      if (answer.status === 200 || answer.status === 201) {
        const id = answer.location?.split('/').pop() ?? JSON.parse(answer.text).id;
        acknowledged.push({ kind: label, key, id, replayed: answer.replayed });
        if (Math.random() < 0.2) {
          replays.sent += 1;
          const again = await call(backend, bearer, 'POST', path, body, { 'Idempotency-Key': key });
          const againId = again.location?.split('/').pop();
          if ((again.status === 200 || again.status === 201) && againId === id) replays.same += 1;
          else replays.different.push({ key, status: again.status, id, againId });
        }
        return id;
      }
      const retryable = answer.status === 'network' || answer.status === 429 || answer.status >= 500;
      if (!retryable || Date.now() > giveUp) {
        failed.push({ kind: label, key, status: answer.status, text: answer.text.slice(0, 300) });
        return null;
      }
      const wait = answer.retryAfter ? Number(answer.retryAfter) * 1000 : backoff;
      backoff = Math.min(backoff * 2, 2000);
      await sleep(Math.min(wait, 5000));
    }
  }

  // the note names the run and the key, so that the database shows whether a key ever made two activities
  async function activity(menteeId) {
    const key = randomUUID();
    return write(
      '/api/v1/activities',
      {
        menteeId,
        occurredOn: today(),
        durationMinutes: 30,
        channel: 'phone',
        topics: ['job_search'],
        note: `${note} ${key}`,
      },
      'activity',
      key,
    );
  }

  async function casework() {
    const key = randomUUID();
    const mentee = await write(
      '/api/v1/mentees',
      {
        firstName: 'Fault',
        lastName: `${note} ${key}`.slice(0, 100),
        gender: 'female',
        district: '14713',
        qualification: 'none',
        consent: { scopes: ['counselling'], textVersion: '2026-01', givenOn: today() },
      },
      'mentee',
      key,
    );
    if (!mentee) return;
    const caseId = await write('/api/v1/cases', { menteeId: mentee, startedOn: today() }, 'case');
    if (!caseId) return;
    await activity(mentee);
  }

  await Promise.all(
    Array.from({ length: Number(count) }, async (_, w) => {
      let i = w;
      while (Date.now() < end) {
        if (kind === 'casework') await casework();
        else await activity(mentees[i++ % mentees.length]);
      }
    }),
  );

  // the longest time without any acknowledged write, and the client errors seen
  const ok = attempts
    .filter((a) => a.status === 200 || a.status === 201)
    .map((a) => a.at)
    .sort((a, b) => a - b);
  let gap = 0;
  for (let i = 1; i < ok.length; i++) gap = Math.max(gap, ok[i] - ok[i - 1]);
  const refusals = attempts.filter((a) => typeof a.status === 'number' && a.status >= 400);
  const result = {
    attempts: attempts.length,
    statuses: histogram(attempts.map((a) => a.status)),
    refusalsWithoutProblemJson: refusals.filter((a) => !a.type.startsWith('application/problem+json')).length,
    unavailableWithoutRetryAfter: refusals.filter((a) => a.status === 503 && !a.retryAfter).length,
    acknowledged,
    failed,
    replays,
    longestGapMs: gap,
    firstFailureAt: attempts.find((a) => !(a.status === 200 || a.status === 201))?.at ?? null,
    lastFailureAt: [...attempts].reverse().find((a) => !(a.status === 200 || a.status === 201))?.at ?? null,
  };
  writeFileSync(out, JSON.stringify(result));
  console.log(
    `${acknowledged.length} writes acknowledged (${kind}) in ${attempts.length} requests, statuses ${JSON.stringify(result.statuses)}, ` +
      `${failed.length} given up, replays ${replays.same}/${replays.sent} answered with the same record, ` +
      `longest gap without an acknowledged write ${(gap / 1000).toFixed(1)} s`,
  );
}

/**
 * While Keycloak is down: a mentor reads (caseload, a mentee) every 500 ms, a lead tries to add a member every 3 s.
 */
async function probe(backend, readerTokens, leadTokens, seconds, out) {
  const reader = token(readerTokens);
  const lead = token(leadTokens);
  const me = JSON.parse((await call(backend, lead, 'GET', '/api/v1/me')).text);
  const projectId = me.projects?.[0]?.projectId ?? me.projects?.[0]?.id;
  const caseload = JSON.parse((await call(backend, reader, 'GET', '/api/v1/caseload?size=5')).text);
  const mentee = caseload.items[0].menteeId;
  const end = Date.now() + Number(seconds) * 1000;
  const reads = [];
  const adds = [];
  await Promise.all([
    (async () => {
      for (let i = 0; Date.now() < end; i++) {
        const path = i % 2 ? '/api/v1/caseload?size=25' : `/api/v1/mentees/${mentee}`;
        reads.push(await call(backend, reader, 'GET', path));
        await sleep(500);
      }
    })(),
    (async () => {
      while (Date.now() < end) {
        const email = `fault.${randomUUID().slice(0, 8)}@amm-test.example`;
        const answer = await call(backend, lead, 'POST', `/api/v1/projects/${projectId}/members`, {
          email,
          firstName: 'Fault',
          lastName: 'Probe',
          role: 'mentor',
        });
        adds.push({ ...answer, email });
        await sleep(3000);
      }
    })(),
  ]);
  const result = {
    projectId,
    reads: histogram(reads.map((r) => r.status)),
    adds: histogram(adds.map((a) => a.status)),
    addsProblemJson: adds.filter((a) => a.type.startsWith('application/problem+json')).length,
    addTypes: histogram(adds.map((a) => (a.text.match(/problems\/([a-z-]+)/) ?? [])[1] ?? a.status)),
    emails: adds.map((a) => a.email),
    slowestAddMs: Math.max(...adds.map((a) => a.took)),
  };
  writeFileSync(out, JSON.stringify(result));
  console.log(
    `reads ${JSON.stringify(result.reads)}; member additions ${JSON.stringify(result.adds)} ` +
      `(${result.addsProblemJson} as problem+json: ${JSON.stringify(result.addTypes)}), slowest ${result.slowestAddMs} ms`,
  );
}

/** Sends the requests all at once and tells what came back. */
async function burst(backend, tokens, requests, path, out, atOnce = requests) {
  const bearer = token(tokens);
  const answers = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Number(atOnce) }, async () => {
      while (next < Number(requests)) {
        next += 1;
        answers.push(await call(backend, bearer, 'GET', path));
      }
    }),
  );
  const refused = answers.filter((a) => typeof a.status === 'number' && a.status >= 400);
  const result = {
    statuses: histogram(answers.map((a) => a.status)),
    refusedProblemJson: refused.filter((a) => a.type.startsWith('application/problem+json')).length,
    refusedWithRetryAfter: refused.filter((a) => a.retryAfter).length,
    refused: refused.length,
    retryAfter: [...new Set(refused.map((a) => a.retryAfter))],
  };
  writeFileSync(out, JSON.stringify(result));
  console.log(
    `${requests} × GET ${path.replace(/[0-9a-f-]{36}/, '{id}')} (${atOnce} at once${bearer ? '' : ', anonymous'}): ${JSON.stringify(result.statuses)}, ` +
      `${result.refusedProblemJson}/${result.refused} refusals as problem+json, ${result.refusedWithRetryAfter} with Retry-After ${JSON.stringify(result.retryAfter)}`,
  );
}
