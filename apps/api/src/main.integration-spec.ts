import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort } from '@entraide/api-core';

const ROOT = join(__dirname, '../../..');

/** Runs the real entry point from source, as `npm start` runs its build. */
function startMain(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'main.ts'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function waitForLine(read: () => string, pattern: RegExp, child: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (pattern.test(read())) return;
    if (child.exitCode !== null) throw new Error(`exited early: ${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${pattern}`);
}

async function firstPointId(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ collectionPoints(districtCode: "75018") { id } }' }),
  });
  const { data } = (await response.json()) as { data: { collectionPoints: { id: string }[] } };
  return data.collectionPoints[0].id;
}

describe('main (the process npm start runs)', () => {
  jest.setTimeout(120_000);
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'entraide-main-'));
  });

  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('stops at boot with a one-line message naming a bad variable, exit code 1', async () => {
    for (const [variable, value] of [
      ['PORT', '70000'],
      ['DATABASE_URL', 'postgres//nowhere'],
    ]) {
      const run = startMain({ [variable]: value, DATA_DIR: dataDir });
      expect(await run.exited).toBe(1);
      const { stderr } = run.output();
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`Invalid configuration: ${variable}`);
    }
  });

  it('without DATABASE_URL runs an embedded PostgreSQL under DATA_DIR, prints its address, stops cleanly and keeps the data', async () => {
    const ids: string[] = [];
    for (let run = 0; run < 2; run++) {
      const port = await freePort();
      const server = startMain({
        PORT: String(port),
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
      });
      await waitForLine(() => server.output().stdout, /Entraide is running/, server.child);
      expect(server.output().stdout.trim()).toBe(`Entraide is running at http://localhost:${port}`);
      ids.push(await firstPointId(port));
      server.child.kill('SIGTERM');
      const code = await server.exited;
      // The error output says why, should it ever not stop cleanly.
      expect([code, code === 0 ? '' : server.output().stderr]).toEqual([0, '']);
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    }
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(ids[1]).toBe(ids[0]);
  });

  it('migrates and exits with the migrate command', async () => {
    const run = startMain({ DATA_DIR: dataDir }, ['migrate']);
    expect(await run.exited).toBe(0);
    expect(run.output().stdout.trim()).toBe('Database is up to date.');
  });
});
