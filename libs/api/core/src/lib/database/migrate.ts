import { DataSource } from 'typeorm';

import { MIGRATIONS } from './migrations';

export interface MigrationReport {
  applied: string[];
}

/** Applies pending migrations, each in its own transaction. Used at start, by `npm run db:migrate` and by tests. */
export async function migrateDatabase(url: string): Promise<MigrationReport> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    logging: false,
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return { applied: applied.map((migration) => migration.name) };
  } finally {
    await dataSource.destroy();
  }
}
