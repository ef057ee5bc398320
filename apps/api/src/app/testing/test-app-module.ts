import { loadAppConfig } from '@entraide/api-core';

import { AppModule } from '../app.module';

/** The whole application module on a test database, for end-to-end specs. */
export function testAppModule(databaseUrl: string) {
  const config = loadAppConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, WEB_DIST_DIR: '/nonexistent' });
  return AppModule.register({ config, databaseUrl });
}
