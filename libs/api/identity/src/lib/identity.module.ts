import { NotificationsModule } from '@entraide/api-notifications';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { UserSessionEntity } from './entities/user-session.entity';
import { UserEntity } from './entities/user.entity';
import { SignedInGuard } from './guards/signed-in.guard';
import { IdentityResolver } from './identity.resolver';
import { AccountTokensService } from './services/account-tokens.service';
import { AccountsService } from './services/accounts.service';
import { PasswordHasher } from './services/password-hasher.service';
import {
  DEFAULT_RATE_LIMIT_POLICIES,
  RATE_LIMIT_POLICIES,
  RateLimiterService,
} from './services/rate-limiter.service';
import { SessionsService } from './services/sessions.service';

/** Accounts, passwords, sessions, email verification and password reset. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserSessionEntity]), NotificationsModule],
  providers: [
    AccountsService,
    AccountTokensService,
    SessionsService,
    PasswordHasher,
    RateLimiterService,
    { provide: RATE_LIMIT_POLICIES, useValue: DEFAULT_RATE_LIMIT_POLICIES },
    SignedInGuard,
    IdentityResolver,
  ],
  exports: [SessionsService, SignedInGuard],
})
export class IdentityModule {}
