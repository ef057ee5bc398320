import { metricsAccess } from './metrics-access.util';

describe('metricsAccess', () => {
  const TOKEN = '0123456789abcdef0123';

  it('without a token, allows direct connections from this machine only', () => {
    expect(metricsAccess({ remoteAddress: '127.0.0.1', headers: {} }, undefined)).toBe('allowed');
    expect(metricsAccess({ remoteAddress: '::1', headers: {} }, undefined)).toBe('allowed');
    expect(metricsAccess({ remoteAddress: '::ffff:127.0.0.1', headers: {} }, undefined)).toBe('allowed');
    expect(metricsAccess({ remoteAddress: '10.0.0.5', headers: {} }, undefined)).toBe('loopback-only');
    expect(metricsAccess({ remoteAddress: undefined, headers: {} }, undefined)).toBe('loopback-only');
  });

  it('without a token, refuses requests relayed by a local proxy', () => {
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      expect(
        metricsAccess({ remoteAddress: '127.0.0.1', headers: { [header]: '203.0.113.7' } }, undefined),
      ).toBe('loopback-only');
    }
  });

  it('with a token, requires it as a bearer token wherever the request comes from', () => {
    const access = (authorization?: string, remoteAddress = '203.0.113.7') =>
      metricsAccess({ remoteAddress, headers: { authorization } }, TOKEN);
    expect(access(`Bearer ${TOKEN}`)).toBe('allowed');
    expect(access(`bearer ${TOKEN}`)).toBe('allowed');
    expect(access()).toBe('token-required');
    expect(access(undefined, '127.0.0.1')).toBe('token-required');
    expect(access(`Bearer ${TOKEN}x`)).toBe('token-required');
    expect(access(`Basic ${TOKEN}`)).toBe('token-required');
    expect(access(TOKEN)).toBe('token-required');
  });
});
