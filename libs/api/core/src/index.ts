export { AUDIT_PAGE_MAX, AuditLogService } from './lib/audit/audit-log.service';
export type { AuditEntry, AuditEvent } from './lib/audit/audit-log.service';
export { ConfigError, LOG_LEVELS, loadAppConfig } from './lib/config/app-config';
export type { AppConfig, LogLevel, NodeEnv } from './lib/config/app-config';
export { APP_CONFIG } from './lib/config/app-config.token';
export { CoreModule } from './lib/core.module';
export type { CoreModuleOptions } from './lib/core.module';
export { openDatabase } from './lib/database/database-connection';
export type { DatabaseConnection } from './lib/database/database-connection';
export { freePort, startEmbeddedPostgres } from './lib/database/embedded-postgres';
export type { RunningPostgres } from './lib/database/embedded-postgres';
export { migrateDatabase } from './lib/database/migrate';
export { MIGRATIONS } from './lib/database/migrations';
export {
  BadUserInputException,
  ConflictException,
  DomainException,
  ForbiddenException,
  ERROR_CODES,
  NotFoundException,
  TooManyRequestsException,
} from './lib/errors/domain.exception';
export type { ErrorCode } from './lib/errors/domain.exception';
export { aliasLimitRule } from './lib/graphql/alias-limit.rule';
export { costLimitRule } from './lib/graphql/cost-limit.rule';
export { depthLimitRule } from './lib/graphql/depth-limit.rule';
export { PlainFieldArgs } from './lib/graphql/plain-field-args.decorator';
export { QUERY_LIMITS } from './lib/graphql/query-limits';
export { groupByKeys, RequestLoaders } from './lib/graphql/request-loaders';
export type { GraphqlContext } from './lib/graphql/request-loaders';
export { requestIdOf } from './lib/logging/logging.module';
export { BODY_LIMIT_BYTES, configureHttp } from './lib/http/configure-http';
export { toCsv } from './lib/http/csv';
export { JobsService } from './lib/jobs/jobs.service';
export { MailerService } from './lib/mail/mailer.service';
export type { OutgoingMail } from './lib/mail/mailer.service';
export type { JobDefinition, QueueDepth } from './lib/jobs/jobs.service';
export { MetricsService } from './lib/metrics/metrics.service';
export {
  characterCount,
  parisToday,
  requireDay,
  requireLanguageCode,
  requireQuantity,
  requireText,
} from './lib/validation/input-rules';
export { isConstraint } from './lib/database/constraint';
export {
  executeMatchingRun,
  insertMatchingRun,
  matchingRunById,
  recentMatchingRuns,
} from './lib/jobs/matching-run-log';
export type { MatchingRunFigures, MatchingRunKind, MatchingRunRow } from './lib/jobs/matching-run-log';
export { Cents } from './lib/graphql/cents.scalar';
