import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { UserSessionEntity } from './entities/user-session.entity';
import { UserEntity } from './entities/user.entity';
import { SignedInGuard } from './guards/signed-in.guard';
import { RolesGuard } from './guards/roles.guard';
import { IdentityResolver } from './identity.resolver';
import { MembershipsResolver, ViewerStaffResolver } from './memberships.resolver';
import { MembershipsService } from './services/memberships.service';
import { StaffService } from './services/staff.service';
import { AccessService } from './services/access.service';
import { OrganisationsResolver, ViewerFieldsResolver } from './organisations.resolver';
import { OrganisationsService } from './services/organisations.service';
import { PersonalDataService } from './services/personal-data.service';
import { PersonalDataRegistry } from './services/personal-data-registry.service';
import { RolesService } from './services/roles.service';
import { AccountTokensService } from './services/account-tokens.service';
import { AccountsService } from './services/accounts.service';
import { DemoAccountsService } from './services/demo-accounts.service';
import { PasswordHasher } from './services/password-hasher.service';
import {
  DEFAULT_RATE_LIMIT_POLICIES,
  RATE_LIMIT_POLICIES,
  RateLimiterService,
} from './services/rate-limiter.service';
import { SessionsService } from './services/sessions.service';

/** Accounts, sessions, email verification and password reset, organisations, roles. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserSessionEntity])],
  providers: [
    AccountsService,
    AccountTokensService,
    SessionsService,
    PasswordHasher,
    RateLimiterService,
    { provide: RATE_LIMIT_POLICIES, useValue: DEFAULT_RATE_LIMIT_POLICIES },
    SignedInGuard,
    RolesGuard,
    RolesService,
    OrganisationsService,
    DemoAccountsService,
    MembershipsService,
    StaffService,
    AccessService,
    PersonalDataService,
    PersonalDataRegistry,
    IdentityResolver,
    MembershipsResolver,
    ViewerStaffResolver,
    OrganisationsResolver,
    ViewerFieldsResolver,
  ],
  exports: [
    SessionsService,
    RateLimiterService,
    SignedInGuard,
    RolesGuard,
    RolesService,
    DemoAccountsService,
    AccessService,
    PersonalDataRegistry,
  ],
})
export class IdentityModule {}
