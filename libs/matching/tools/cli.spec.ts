import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const directory = mkdtempSync(join(tmpdir(), 'matching-cli-'));

function file(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the CLI the way the npm script does (swc-node, TypeScript sources). */
function cli(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', 'libs/matching/tools/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', INIT_CWD: root },
  });
}

const items = {
  costPerKm: 0.5,
  supplies: [{ id: 's1', point: 'p-75018', item: 'socks/M', quantity: 40 }],
  needs: [{ id: 'n1', district: '75018', item: 'socks/M', quantity: 30, value: 10 }],
  distanceKm: { 'p-75018': { '75018': 0.4, '75019': 2.3 } },
};
const hosting = {
  hosts: [{ id: 'h1', capacity: 1 }],
  guests: [{ id: 'g1' }],
  pairs: [{ host: 'h1', guest: 'g1', score: 0.83 }],
};

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('matching CLI', () => {
  it('prints only the item solution on stdout, through the npm script', () => {
    const run = spawnSync(
      'npm',
      ['run', '--silent', 'matching', '--', 'items', file('items.json', JSON.stringify(items))],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      allocations: [{ supply: 's1', need: 'n1', quantity: 30 }],
      objective: 294,
    });
  });

  it('prints the hosting solution', () => {
    const run = cli('hosting', file('hosting.json', JSON.stringify(hosting)));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('{"matches":[{"host":"h1","guest":"g1"}],"objective":0.83}\n');
  });

  it('reads standard input for -', () => {
    const run = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'libs/matching/tools/cli.ts', 'hosting', '-'],
      {
        cwd: root,
        encoding: 'utf8',
        input: JSON.stringify(hosting),
        env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
      },
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).objective).toBe(0.83);
  });

  it.each<[string, () => string[], RegExp]>([
    [
      'a missing file',
      () => ['items', join(directory, 'missing.json')],
      /^cannot read .*missing\.json: ENOENT/,
    ],
    [
      'invalid JSON',
      () => ['items', file('broken.json', '{"costPerKm":')],
      /^.*broken\.json is not valid JSON: /,
    ],
    [
      'an invalid instance',
      () => [
        'hosting',
        file('invalid.json', JSON.stringify({ ...hosting, pairs: [{ host: 'h2', guest: 'g1', score: 1 }] })),
      ],
      /^invalid hosting instance in .*invalid\.json: pairs\[0\]\.host "h2" is not the id of any host\n$/,
    ],
    ['an unknown command', () => ['rooms', 'x.json'], /^usage: /],
    ['a missing file argument', () => ['items'], /^usage: /],
  ])('exits with code 2 and a message on stderr for %s', (_description, args, message) => {
    const run = cli(...args());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
