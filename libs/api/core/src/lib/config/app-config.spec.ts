import { ConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadAppConfig({}, '/srv/entraide');
    expect(config).toEqual({
      nodeEnv: 'development',
      host: '0.0.0.0',
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/entraide/.data',
      logLevel: 'info',
      webDistDir: '/srv/entraide/dist/apps/web',
      publicUrl: 'http://localhost:3000',
      smtpUrl: undefined,
      mailFrom: 'Entraide <no-reply@entraide.localhost>',
      seedDemoData: true,
      stripe: undefined,
      metricsToken: undefined,
    });
  });

  it('reads every variable', () => {
    const config = loadAppConfig(
      {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '8080',
        DATABASE_URL: 'postgres://app:secret@db.internal:5432/entraide',
        DATA_DIR: '/var/lib/entraide',
        LOG_LEVEL: 'debug',
        WEB_DIST_DIR: 'public',
        PUBLIC_URL: 'https://entraide.paris.fr/',
        SMTP_URL: 'smtp://mailer:secret@smtp.internal:587',
        MAIL_FROM: 'Entraide <contact@entraide.paris.fr>',
        SEED_DEMO_DATA: 'false',
        STRIPE_SECRET_KEY: 'sk_test_123',
        STRIPE_WEBHOOK_SECRET: 'whsec_456',
        STRIPE_API_URL: 'http://127.0.0.1:12111',
        METRICS_TOKEN: 'a1b2c3d4e5f6a7b8c9d0',
      },
      '/app',
    );
    expect(config).toEqual({
      nodeEnv: 'production',
      host: '127.0.0.1',
      port: 8080,
      databaseUrl: 'postgres://app:secret@db.internal:5432/entraide',
      dataDir: '/var/lib/entraide',
      logLevel: 'debug',
      webDistDir: '/app/public',
      publicUrl: 'https://entraide.paris.fr',
      smtpUrl: 'smtp://mailer:secret@smtp.internal:587',
      mailFrom: 'Entraide <contact@entraide.paris.fr>',
      seedDemoData: false,
      stripe: { secretKey: 'sk_test_123', webhookSecret: 'whsec_456', apiUrl: 'http://127.0.0.1:12111' },
      metricsToken: 'a1b2c3d4e5f6a7b8c9d0',
    });
  });

  it('treats empty values as unset', () => {
    expect(loadAppConfig({ DATABASE_URL: '', PORT: ' ' }).databaseUrl).toBeUndefined();
    expect(loadAppConfig({ PORT: '' }).port).toBe(3000);
  });

  it.each([
    ['PORT', '0', 'PORT must be a port number between 1 and 65535 (got "0")'],
    ['PORT', '65536', 'PORT must be a port number between 1 and 65535 (got "65536")'],
    ['PORT', '30x0', 'PORT must be a port number between 1 and 65535 (got "30x0")'],
    ['DATABASE_URL', 'not a url', 'DATABASE_URL is not a valid URL'],
    ['DATABASE_URL', 'mysql://u@h/db', 'DATABASE_URL must start with postgres:// or postgresql://'],
    ['DATABASE_URL', 'postgres://user@localhost', 'DATABASE_URL has no database name'],
    ['METRICS_TOKEN', 'short', 'METRICS_TOKEN must be at least 16 characters without spaces'],
    [
      'LOG_LEVEL',
      'loud',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ],
    ['PUBLIC_URL', 'ftp://entraide', 'PUBLIC_URL must start with http:// or https:// (got "ftp://")'],
    ['SMTP_URL', 'mail.example.org', 'SMTP_URL is not a valid URL'],
    ['SMTP_URL', 'http://mail.example.org', 'SMTP_URL must start with smtp:// or smtps://'],
    ['STRIPE_SECRET_KEY', 'sk_test_1', 'STRIPE_SECRET_KEY needs STRIPE_WEBHOOK_SECRET as well'],
    ['STRIPE_WEBHOOK_SECRET', 'whsec_1', 'STRIPE_WEBHOOK_SECRET needs STRIPE_SECRET_KEY as well'],
    ['NODE_ENV', 'staging', 'NODE_ENV must be one of development, production, test (got "staging")'],
  ])('rejects %s=%s with a one-line message naming the variable', (variable, value, message) => {
    const load = () => loadAppConfig({ [variable]: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
    try {
      load();
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
