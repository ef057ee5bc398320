import {
  APP_CONFIG,
  AppConfig,
  BadUserInputException,
  MailerService,
  OutgoingMail,
} from '@entraide/api-core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';

import {
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
} from '../dto/inputs/identity.inputs';
import { UserEntity } from '../entities/user.entity';
import { EmailTakenException, WrongCredentialsException } from '../identity.exception';
import { ViewerModel } from '../models/viewer.model';
import { passwordResetMail, verificationMail } from '../utils/account-mails.util';
import { displayNameProblem, normaliseEmail, passwordProblem } from '../utils/credentials.util';
import { AccountTokensService } from './account-tokens.service';
import { PasswordHasher } from './password-hasher.service';
import { RateLimiterService } from './rate-limiter.service';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AccountsService {
  private readonly logger = new Logger('Accounts');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccountTokensService,
    private readonly rateLimiter: RateLimiterService,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates a citizen account and mails a verification link; every check happens before anything is written. */
  async signUp(input: SignUpInput, address: string): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    if (!email) throw new BadUserInputException('This is not a valid email address.');
    const nameProblem = displayNameProblem(input.displayName);
    if (nameProblem) throw new BadUserInputException(nameProblem);
    requireStrongPassword(input.password);
    await this.rateLimiter.consume('SIGN_UP', [
      { subject: address, rule: this.rateLimiter.policies.signUpPerAddress },
    ]);

    const passwordHash = await this.hasher.hash(input.password);
    let user: UserEntity;
    try {
      const inserted = await this.users
        .createQueryBuilder()
        .insert()
        .values({ email, displayName: input.displayName.trim(), passwordHash })
        .returning('id')
        .execute();
      user = await this.users.findOneByOrFail({ id: (inserted.identifiers[0] as { id: string }).id });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw new EmailTakenException();
      }
      throw error;
    }
    await this.sendVerification(user);
    return user;
  }

  /** The account these credentials open; the same answer, in about the same time, for an unknown email. */
  async authenticate(input: SignInInput, address: string): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    const { signInPerEmail, signInPerAddress } = this.rateLimiter.policies;
    await this.rateLimiter.consume('SIGN_IN', [
      { subject: email ?? input.email.slice(0, 254), rule: signInPerEmail },
      { subject: address, rule: signInPerAddress },
    ]);
    const user = email ? await this.users.findOneBy({ email }) : null;
    const matches = await this.hasher.verify(user?.passwordHash, input.password);
    if (!user || !matches) throw new WrongCredentialsException();
    return user;
  }

  async sendVerification(user: UserEntity): Promise<void> {
    const token = await this.tokens.issue(user.id, 'VERIFY_EMAIL');
    this.sendInBackground(verificationMail(user.email, user.displayName, this.config.publicUrl, token));
  }

  async verifyEmail(token: string): Promise<UserEntity> {
    const userId = await this.tokens.consume(token, 'VERIFY_EMAIL');
    await this.users
      .createQueryBuilder()
      .update()
      .set({ emailVerifiedAt: () => 'coalesce(email_verified_at, now())' })
      .where('id = :userId', { userId })
      .execute();
    return this.users.findOneByOrFail({ id: userId });
  }

  /**
   * Mails a reset link when the address has an account. The answer and its timing are the same either way
   * (the mail leaves in the background), so nobody learns who has an account.
   */
  async requestPasswordReset(input: RequestPasswordResetInput, address: string): Promise<void> {
    const email = normaliseEmail(input.email);
    if (!email) throw new BadUserInputException('This is not a valid email address.');
    const { passwordResetPerEmail, passwordResetPerAddress } = this.rateLimiter.policies;
    await this.rateLimiter.consume('PASSWORD_RESET', [
      { subject: email, rule: passwordResetPerEmail },
      { subject: address, rule: passwordResetPerAddress },
    ]);
    const user = await this.users.findOneBy({ email });
    if (!user) return;
    const token = await this.tokens.issue(user.id, 'RESET_PASSWORD');
    this.sendInBackground(passwordResetMail(user.email, user.displayName, this.config.publicUrl, token));
  }

  /** Sets a new password from a reset link, once, and signs out every session of the account. */
  async resetPassword(input: ResetPasswordInput): Promise<UserEntity> {
    requireStrongPassword(input.password);
    const passwordHash = await this.hasher.hash(input.password);
    const userId = await this.users.manager.transaction(async (tx) => {
      const owner = await this.tokens.consume(input.token, 'RESET_PASSWORD', tx);
      // Following a link from the mailbox also proves the address.
      await tx.query(
        `UPDATE app_user SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`,
        [owner, passwordHash],
      );
      await tx.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [
        owner,
      ]);
      return owner;
    });
    return this.users.findOneByOrFail({ id: userId });
  }

  private sendInBackground(mail: OutgoingMail): void {
    this.mailer.send(mail).catch((error: unknown) => {
      this.logger.error(`Could not send "${mail.subject}" to ${mail.to}: ${String(error)}`);
    });
  }
}

function requireStrongPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new BadUserInputException(problem);
}

export function toViewerModel(user: UserEntity): ViewerModel {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
  };
}
