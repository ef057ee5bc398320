import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../../..');

declare global {
  var entraideTestDatabaseServer: ChildProcess | undefined;
}

/** Jest global setup: starts the run's test database server and hands its address to the test files. */
export default async function postgresGlobalSetup(): Promise<void> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'test-database-server.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json') },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  globalThis.entraideTestDatabaseServer = child;
  const ready = await new Promise<{ serverUrl: string; template: string }>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolve(JSON.parse(line));
    });
    child.on('exit', (code) => reject(new Error(`The test database server exited with code ${code}.`)));
  });
  process.env['ENTRAIDE_TEST_SERVER_URL'] = ready.serverUrl;
  process.env['ENTRAIDE_TEST_TEMPLATE'] = ready.template;
}
