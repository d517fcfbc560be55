// Fails when src/api/generated/schema.ts is not what openapi-typescript makes of ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/api/generated/schema.ts';
const fresh = join(mkdtempSync(join(tmpdir(), 'amm-api-')), 'schema.ts');
execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '-o', fresh], { stdio: 'ignore' });
execFileSync('npx', ['prettier', '--config', '.prettierrc.json', '--write', fresh], { stdio: 'ignore' });
if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
  console.error(
    `${committed} is stale: run "npm run generate:api" (or scripts/update-openapi) and commit it.`,
  );
  process.exit(1);
}
console.log(`${committed} matches openapi.yaml`);
