import { Client } from 'pg';

import { databaseUrl, testDatabaseName } from './test-database-names';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, cloned from the run's migrated template (a few tens of ms). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['ENTRAIDE_TEST_SERVER_URL'];
  const template = process.env['ENTRAIDE_TEST_TEMPLATE'];
  if (!serverUrl || !template) {
    throw new Error(
      'No test database server: add the postgres global setup of @entraide/api-testing to this Jest config.',
    );
  }
  const name = testDatabaseName('db');
  await withAdmin(serverUrl, async (admin) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        // Two files cloning the template at the same instant: PostgreSQL asks the second to wait its turn.
        if (attempt >= 20 || !String(error).includes('is being accessed by other users')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  });
  return {
    url: databaseUrl(serverUrl, name),
    drop: async () => {
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(serverUrl: string, work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
