import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { UserSessionEntity } from './entities/user-session.entity';
import { UserEntity } from './entities/user.entity';
import { SignedInGuard } from './guards/signed-in.guard';
import { IdentityResolver } from './identity.resolver';
import { AccountsService } from './services/accounts.service';
import { PasswordHasher } from './services/password-hasher.service';
import { SessionsService } from './services/sessions.service';

/** Accounts, passwords and sessions. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserSessionEntity])],
  providers: [AccountsService, SessionsService, PasswordHasher, SignedInGuard, IdentityResolver],
  exports: [SessionsService, SignedInGuard],
})
export class IdentityModule {}
