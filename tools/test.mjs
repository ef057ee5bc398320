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
const failures = [];
const files = existsSync(resultsDir) ? readdirSync(resultsDir).filter((file) => file.endsWith('.json')) : [];
for (const file of files) {
  const result = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
  passed += result.numPassedTests ?? 0;
  failed += result.numFailedTests ?? 0;
  // Jest and Vitest write the same JSON shape: name the failed tests, so that a flaky one can be found.
  for (const suite of result.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'failed') {
        const message = (test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200);
        failures.push(`${suite.name.replace(`${root}/`, '')} › ${test.fullName ?? test.title}: ${message}`);
      }
    }
  }
}
const seconds = Math.round((Date.now() - started) / 1000);
if (failures.length > 0)
  console.log(
    `\nFailed tests:\n${failures
      .slice(0, 10)
      .map((line) => `- ${line}`)
      .join('\n')}`,
  );
console.log(`\n${files.length} test projects, ${seconds} s`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
