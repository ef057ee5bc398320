// The API's production build, and the command that runs it as production does (tools/start.mjs and
// docker/Dockerfile read the same node flags), for the scripts that start it themselves: the fault drill
// and bench:api.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

export const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'main.js');

const API_NODE_FLAGS: string[] = JSON.parse(
  readFileSync(join(ROOT, 'apps', 'api', 'node-flags.json'), 'utf8'),
);

/**
 * The arguments to give `node`: the flags of apps/api/node-flags.json, then `extraNodeFlags` (which win over
 * them, e.g. to profile), then the build's entry point.
 */
export function apiCommand(extraNodeFlags: readonly string[] = []): string[] {
  return [...API_NODE_FLAGS, ...extraNodeFlags, API_MAIN];
}

/**
 * Builds the API in production mode (`nx build api`). Another build of the same project at the same moment
 * (CI, a second checkout) can trip over the output folder: a second attempt then finds it settled. On a second
 * failure the build's output is shown and this throws.
 */
export function buildApi(options: { skipNxCache?: boolean } = {}): void {
  const build = () =>
    spawnSync(
      join(ROOT, 'node_modules', '.bin', 'nx'),
      ['build', 'api', '--output-style=static', ...(options.skipNxCache ? ['--skip-nx-cache'] : [])],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
    );
  let result = build();
  if (result.status !== 0 || !existsSync(API_MAIN)) result = build();
  if (result.status !== 0 || !existsSync(API_MAIN)) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error('The API could not be built (see above).');
  }
}
