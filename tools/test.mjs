// `npm test`: lint, typecheck, unit and integration tests of every project (integration tests on
// DATABASE_URL's server when set, on an embedded PostgreSQL otherwise), then one line counting the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const resultsDir = join(root, 'dist', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });

const started = Date.now();
const run = spawnSync(
  join(root, 'node_modules', '.bin', 'nx'),
  [
    'run-many',
    '-t',
    'lint',
    'typecheck',
    'test',
    '--parallel=2',
    '--output-style=stream',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
);

let passed = 0;
let failed = 0;
const files = existsSync(resultsDir) ? readdirSync(resultsDir).filter((file) => file.endsWith('.json')) : [];
for (const file of files) {
  const result = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
  passed += result.numPassedTests ?? 0;
  failed += result.numFailedTests ?? 0;
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${files.length} test projects, ${seconds} s`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
