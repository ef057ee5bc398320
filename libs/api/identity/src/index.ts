export { CurrentSession, SignedInGuard, sessionOf } from './lib/guards/signed-in.guard';
export { IdentityModule } from './lib/identity.module';
export { SESSION_COOKIE } from './lib/session-cookie';
export {
  DEFAULT_RATE_LIMIT_POLICIES,
  RATE_LIMIT_POLICIES,
  RateLimiterService,
} from './lib/services/rate-limiter.service';
export type { RateLimitPolicies } from './lib/services/rate-limiter.service';
export { SessionsService } from './lib/services/sessions.service';
export type { ResolvedSession } from './lib/services/sessions.service';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoAccountsService } from './lib/services/demo-accounts.service';
export { Role } from './lib/enums/identity.enums';
export { RequireRole, RolesGuard } from './lib/guards/roles.guard';
export { AccessService } from './lib/services/access.service';
export { sessionTokenOf } from './lib/session-cookie';
export { OrganisationKind, OrganisationStatus } from './lib/enums/identity.enums';
export { NotSignedInException } from './lib/identity.exception';
export { PersonalDataRegistry } from './lib/services/personal-data-registry.service';
export type { PersonalDataSection } from './lib/services/personal-data-registry.service';
