// The server the browser suite runs against (Playwright's webServer): builds API and web app, then starts
// them on PORT (default 3900) with a throw-away data folder, so every run begins from reference data only.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const dataDir = join(root, 'dist', 'e2e-data');

const build = spawnSync(
  join(root, 'node_modules', '.bin', 'nx'),
  ['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

rmSync(dataDir, { recursive: true, force: true });
const nodeFlags = JSON.parse(readFileSync(join(root, 'apps/api/node-flags.json'), 'utf8'));
const server = spawn(process.execPath, [...nodeFlags, join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: process.env.PORT ?? '3900',
    DATA_DIR: dataDir,
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
