import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';

import { AuditLogService } from './audit/audit-log.service';
import { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.token';
import { DatabaseModule } from './database/database.module';
import { DomainExceptionFilter } from './errors/domain-exception.filter';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthModule } from './health/health.module';
import { JOBS_DATABASE_URL, JobsService } from './jobs/jobs.service';
import { LoggingModule } from './logging/logging.module';
import { MailerService } from './mail/mailer.service';
import { GraphqlMetricsPlugin } from './metrics/graphql-metrics.plugin';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';

export interface CoreModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

/** What every domain module stands on: configuration, database, GraphQL, errors, logs, health, metrics, jobs and mail. */
@Global()
@Module({})
export class CoreModule {
  static forRoot({ config, databaseUrl }: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        LoggingModule.forRoot({ level: config.logLevel }),
        DatabaseModule.forRoot(databaseUrl),
        GraphqlApiModule.forRoot({
          development: config.nodeEnv === 'development',
          production: config.nodeEnv === 'production',
        }),
        HealthModule,
      ],
      controllers: [MetricsController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
        AuditLogService,
        { provide: JOBS_DATABASE_URL, useValue: databaseUrl },
        JobsService,
        MailerService,
        MetricsService,
        GraphqlMetricsPlugin,
      ],
      exports: [APP_CONFIG, AuditLogService, JobsService, MailerService, MetricsService],
    };
  }
}
