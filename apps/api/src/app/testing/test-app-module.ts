import { AppConfig } from '@entraide/api-core';

import { AppModule } from '../app.module';

/** The whole application module, with the test app's configuration and database, for end-to-end specs. */
export function testAppModule(config: AppConfig, databaseUrl: string) {
  return AppModule.register({ config, databaseUrl });
}
