import { timingSafeEqual } from 'node:crypto';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export type MetricsAccess = 'allowed' | 'token-required' | 'loopback-only';

/**
 * Who may read `/metrics`. With a token configured: whoever presents it as a bearer token. Without one:
 * only a client on this machine, talking to the server directly — a request relayed by a local reverse
 * proxy carries a forwarding header and is refused, since it may come from anywhere.
 */
export function metricsAccess(
  request: { remoteAddress: string | undefined; headers: Record<string, string | string[] | undefined> },
  token: string | undefined,
): MetricsAccess {
  if (token !== undefined) {
    const header = request.headers['authorization'];
    const presented = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
    return presented !== undefined && sameSecret(presented, token) ? 'allowed' : 'token-required';
  }
  const relayed = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some(
    (name) => request.headers[name] !== undefined,
  );
  return !relayed && LOOPBACK.has(request.remoteAddress ?? '') ? 'allowed' : 'loopback-only';
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
