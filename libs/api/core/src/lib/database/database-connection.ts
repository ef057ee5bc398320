import { startEmbeddedPostgres } from './embedded-postgres';

import type { AppConfig } from '../config/app-config';
import { join } from 'node:path';

export interface DatabaseConnection {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** `DATABASE_URL` when set; otherwise a real PostgreSQL embedded in the app, its data under `<DATA_DIR>/postgres`. */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  onLog?: (line: string) => void,
): Promise<DatabaseConnection> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, close: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(config.dataDir, 'postgres'),
    database: 'entraide',
    onLog,
  });
  return { url: server.url, embedded: true, close: () => server.stop() };
}
