import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

describe('the node flags the API runs with', () => {
  const flags: string[] = JSON.parse(readFileSync(join(ROOT, 'apps/api/node-flags.json'), 'utf8'));

  it('are the same in the image as in npm start, the browser suite, the fault drill and bench:api', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');
    const command = dockerfile.match(/^CMD (\[.*\])$/m)?.[1];
    expect(command && JSON.parse(command)).toEqual(['node', ...flags, 'dist/apps/api/main.js']);
    for (const script of ['tools/start.mjs', 'tools/e2e-server.mjs', 'tools/production-api.ts']) {
      expect(readFileSync(join(ROOT, script), 'utf8')).toContain('node-flags.json');
    }
    // The fault drill and bench:api start the API through production-api.ts.
    for (const script of ['tools/ops/faults.ts', 'tools/bench/api-bench.ts']) {
      expect(readFileSync(join(ROOT, script), 'utf8')).toMatch(/apiCommand\(/);
    }
  });

  it('give V8 a young generation large enough for a burst of GraphQL requests', () => {
    expect(flags).toContain('--max-semi-space-size=64');
  });
});
