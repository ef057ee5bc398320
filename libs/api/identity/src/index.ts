export { CurrentSession, SignedInGuard } from './lib/guards/signed-in.guard';
export { IdentityModule } from './lib/identity.module';
export { SESSION_COOKIE } from './lib/session-cookie';
export { DEFAULT_RATE_LIMIT_POLICIES, RATE_LIMIT_POLICIES } from './lib/services/rate-limiter.service';
export type { RateLimitPolicies } from './lib/services/rate-limiter.service';
export { SessionsService } from './lib/services/sessions.service';
export type { ResolvedSession } from './lib/services/sessions.service';
