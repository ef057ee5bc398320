// `npm start`: builds the API and the web app (output shown only if the build fails), then runs the API,
// which serves the web app at `/`. Without DATABASE_URL the API starts an embedded PostgreSQL under .data/.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const nx = join(root, 'node_modules', '.bin', 'nx');

const build = spawnSync(nx, ['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error('Entraide could not be built (see above).');
  process.exit(1);
}

// The API's node flags (apps/api/node-flags.json) are the ones its image runs with: see docs/operations.md.
const nodeFlags = JSON.parse(readFileSync(join(root, 'apps/api/node-flags.json'), 'utf8'));
const server = spawn(process.execPath, [...nodeFlags, join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
