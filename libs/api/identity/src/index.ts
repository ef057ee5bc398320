export { CurrentSession, SignedInGuard } from './lib/guards/signed-in.guard';
export { IdentityModule } from './lib/identity.module';
export { SESSION_COOKIE } from './lib/session-cookie';
export { SessionsService } from './lib/services/sessions.service';
export type { ResolvedSession } from './lib/services/sessions.service';
