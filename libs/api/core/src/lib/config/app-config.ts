import { isAbsolute, resolve } from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** Every setting the API reads, validated once at boot. Nothing else reads `process.env`. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: LogLevel;
  /** Folder of the built web app served at `/`; absent in API-only runs. */
  webDistDir: string;
  /** Where people reach the app; the base of links in emails. */
  publicUrl: string;
  /** SMTP server for outgoing mail; when absent, mail is written as .eml files under `<dataDir>/mail`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Create one demo account per role when the database has no account at all. */
  seedDemoData: boolean;
  /**
   * Stripe, in test or live mode. Both keys or neither: without them donations are completed on the local
   * test-payment page, through the same signed webhook path.
   */
  stripe: { secretKey: string; webhookSecret: string; apiUrl: string | undefined } | undefined;
  /**
   * Bearer token that `/metrics` requires. When absent, `/metrics` answers only clients on the same machine
   * that connect directly (no forwarding header).
   */
  metricsToken: string | undefined;
}

/** A bad environment variable: the process prints the message (one line) and exits with code 1. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadAppConfig(env: Env, cwd = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const listenPort = port(env, 'PORT', 3000);
  return {
    nodeEnv,
    host: nonEmpty(env, 'HOST', '0.0.0.0'),
    port: listenPort,
    databaseUrl: databaseUrl(env, 'DATABASE_URL'),
    dataDir: folder(env, 'DATA_DIR', '.data', cwd),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'warn' : 'info'),
    webDistDir: folder(env, 'WEB_DIST_DIR', 'dist/apps/web', cwd),
    publicUrl: httpUrl(env, 'PUBLIC_URL', `http://localhost:${listenPort}`),
    smtpUrl: smtpUrl(env, 'SMTP_URL'),
    mailFrom: nonEmpty(env, 'MAIL_FROM', 'Entraide <no-reply@entraide.localhost>'),
    seedDemoData: oneOf(env, 'SEED_DEMO_DATA', ['true', 'false'] as const, 'true') === 'true',
    stripe: stripeSettings(env),
    metricsToken: metricsToken(env, 'METRICS_TOKEN'),
  };
}

function stripeSettings(env: Env): AppConfig['stripe'] {
  const secretKey = raw(env, 'STRIPE_SECRET_KEY');
  const webhookSecret = raw(env, 'STRIPE_WEBHOOK_SECRET');
  if (!secretKey && !webhookSecret) return undefined;
  if (!secretKey) throw new ConfigError('STRIPE_WEBHOOK_SECRET', 'needs STRIPE_SECRET_KEY as well');
  if (!webhookSecret) throw new ConfigError('STRIPE_SECRET_KEY', 'needs STRIPE_WEBHOOK_SECRET as well');
  if (!/^(sk|rk)_(test|live)_/.test(secretKey))
    throw new ConfigError('STRIPE_SECRET_KEY', 'must start with sk_test_, sk_live_, rk_test_ or rk_live_');
  if (!webhookSecret.startsWith('whsec_'))
    throw new ConfigError('STRIPE_WEBHOOK_SECRET', 'must start with whsec_ (see `stripe listen`)');
  const apiUrl = raw(env, 'STRIPE_API_URL');
  if (apiUrl !== undefined) parseUrl('STRIPE_API_URL', apiUrl, ['http', 'https'], 'http://127.0.0.1:12111');
  return { secretKey, webhookSecret, apiUrl };
}

function raw(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function nonEmpty(env: Env, name: string, fallback: string): string {
  return raw(env, name) ?? fallback;
}

function folder(env: Env, name: string, fallback: string, cwd: string): string {
  const value = nonEmpty(env, name, fallback);
  return isAbsolute(value) ? value : resolve(cwd, value);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function port(env: Env, name: string, fallback: number): number {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < 1 || parsed > 65535) {
    throw new ConfigError(name, `must be a port number between 1 and 65535 (got "${value}")`);
  }
  return parsed;
}

/** A URL whose scheme is one of `schemes` (e.g. ['postgres', 'postgresql']); `example` shows the expected form. */
function parseUrl(name: string, value: string, schemes: string[], example: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${example})`);
  }
  if (!schemes.includes(url.protocol.slice(0, -1))) {
    const allowed = schemes.map((scheme) => `${scheme}://`).join(' or ');
    throw new ConfigError(name, `must start with ${allowed} (got "${url.protocol}//")`);
  }
  return url;
}

function databaseUrl(env: Env, name: string): string | undefined {
  const value = raw(env, name);
  if (value === undefined) return undefined;
  const example = 'postgres://user:password@host:5432/database';
  const url = parseUrl(name, value, ['postgres', 'postgresql'], example);
  if (!url.hostname && !url.searchParams.get('host'))
    throw new ConfigError(name, `has no host (expected ${example})`);
  if (url.pathname.length <= 1) throw new ConfigError(name, `has no database name (expected ${example})`);
  return value;
}

function httpUrl(env: Env, name: string, fallback: string): string {
  const value = raw(env, name) ?? fallback;
  parseUrl(name, value, ['http', 'https'], 'https://entraide.example.org');
  return value.replace(/\/+$/, '');
}

function smtpUrl(env: Env, name: string): string | undefined {
  const value = raw(env, name);
  if (value === undefined) return undefined;
  parseUrl(name, value, ['smtp', 'smtps'], 'smtp://user:password@host:587');
  return value;
}

function metricsToken(env: Env, name: string): string | undefined {
  const value = raw(env, name);
  if (value === undefined) return undefined;
  if (value.length < 16 || /\s/.test(value))
    throw new ConfigError(
      name,
      'must be at least 16 characters without spaces (e.g. `openssl rand -hex 32`)',
    );
  return value;
}
