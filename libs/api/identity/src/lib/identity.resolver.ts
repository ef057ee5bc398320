import { APP_CONFIG, AppConfig, GraphqlContext } from '@entraide/api-core';
import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';

import {
  DeleteMyAccountInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  RevokeSessionInput,
  SignInInput,
  SignUpInput,
  VerifyEmailInput,
} from './dto/inputs/identity.inputs';
import { CurrentSession, SignedInGuard, sessionOf } from './guards/signed-in.guard';
import {
  DeleteMyAccountPayload,
  ExportMyDataPayload,
  RequestPasswordResetPayload,
  ResendVerificationEmailPayload,
  ResetPasswordPayload,
  RevokeSessionPayload,
  SignInPayload,
  SignOutPayload,
  SignUpPayload,
  VerifyEmailPayload,
} from './models/identity-payloads.model';
import { SessionModel, ViewerModel } from './models/viewer.model';
import { UserEntity } from './entities/user.entity';
import { AccountsService, toViewerModel } from './services/accounts.service';
import { PersonalDataService } from './services/personal-data.service';
import { ResolvedSession, SessionsService } from './services/sessions.service';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './session-cookie';

@Resolver()
export class IdentityResolver {
  private readonly secureCookies: boolean;

  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly personalData: PersonalDataService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secureCookies = config.nodeEnv === 'production';
  }

  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in person, or null.' })
  async viewer(@Context() { request }: GraphqlContext): Promise<ViewerModel | null> {
    const session = await sessionOf(request, this.sessions);
    return session ? toViewerModel(session.user) : null;
  }

  @Query(() => [SessionModel], { description: "The signed-in person's active sessions, most recent first." })
  @UseGuards(SignedInGuard)
  mySessions(@CurrentSession() session: ResolvedSession): Promise<SessionModel[]> {
    return this.sessions.listActive(session.user.id, session.sessionId);
  }

  @Mutation(() => SignUpPayload, {
    description: 'Creates a citizen account, signs it in and mails a link to verify the address.',
  })
  async signUp(
    @Args('input') input: SignUpInput,
    @Context() { request, reply }: GraphqlContext,
  ): Promise<SignUpPayload> {
    const user = await this.accounts.signUp(input, request.ip);
    return { viewer: await this.startSession(user, request, reply) };
  }

  @Mutation(() => SignInPayload)
  async signIn(
    @Args('input') input: SignInInput,
    @Context() { request, reply }: GraphqlContext,
  ): Promise<SignInPayload> {
    const user = await this.accounts.authenticate(input, request.ip);
    return { viewer: await this.startSession(user, request, reply) };
  }

  @Mutation(() => SignOutPayload, { description: 'Ends this session; harmless when not signed in.' })
  async signOut(@Context() { request, reply }: GraphqlContext): Promise<SignOutPayload> {
    await this.sessions.close(sessionTokenOf(request));
    clearSessionCookie(reply, this.secureCookies);
    return { signedOut: true };
  }

  @Mutation(() => RevokeSessionPayload, { description: 'Signs out one of your sessions, e.g. a lost phone.' })
  @UseGuards(SignedInGuard)
  async revokeSession(
    @Args('input') input: RevokeSessionInput,
    @CurrentSession() session: ResolvedSession,
  ): Promise<RevokeSessionPayload> {
    return { session: await this.sessions.revoke(session.user.id, input.sessionId, session.sessionId) };
  }

  @Mutation(() => VerifyEmailPayload, {
    description: 'Confirms an email address with the link from the mail.',
  })
  async verifyEmail(@Args('input') input: VerifyEmailInput): Promise<VerifyEmailPayload> {
    return { viewer: toViewerModel(await this.accounts.verifyEmail(input.token)) };
  }

  @Mutation(() => ResendVerificationEmailPayload, { description: 'Mails a new verification link.' })
  @UseGuards(SignedInGuard)
  async resendVerificationEmail(
    @CurrentSession() session: ResolvedSession,
  ): Promise<ResendVerificationEmailPayload> {
    if (session.user.emailVerifiedAt) return { sent: false };
    await this.accounts.sendVerification(session.user);
    return { sent: true };
  }

  @Mutation(() => RequestPasswordResetPayload, { description: 'Mails a link to choose a new password.' })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() { request }: GraphqlContext,
  ): Promise<RequestPasswordResetPayload> {
    await this.accounts.requestPasswordReset(input, request.ip);
    return { accepted: true };
  }

  @Mutation(() => ResetPasswordPayload, {
    description:
      'Sets a new password from the link in the mail, signs out every session and signs this one in.',
  })
  async resetPassword(
    @Args('input') input: ResetPasswordInput,
    @Context() { request, reply }: GraphqlContext,
  ): Promise<ResetPasswordPayload> {
    const user = await this.accounts.resetPassword(input);
    return { viewer: await this.startSession(user, request, reply) };
  }

  @Mutation(() => ExportMyDataPayload, {
    description: 'Everything Entraide holds about you, as JSON (audited).',
  })
  @UseGuards(SignedInGuard)
  exportMyData(@CurrentSession() session: ResolvedSession): Promise<ExportMyDataPayload> {
    return this.personalData.export(session.user.id);
  }

  @Mutation(() => DeleteMyAccountPayload, {
    description:
      'Deletes your account: personal data is anonymised, records others rely on stay, unattributed.',
  })
  @UseGuards(SignedInGuard)
  async deleteMyAccount(
    @Args('input') input: DeleteMyAccountInput,
    @CurrentSession() session: ResolvedSession,
    @Context() { reply }: GraphqlContext,
  ): Promise<DeleteMyAccountPayload> {
    await this.personalData.deleteAccount(session.user.id, input.password);
    clearSessionCookie(reply, this.secureCookies);
    return { deleted: true };
  }

  private async startSession(
    user: UserEntity,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<ViewerModel> {
    setSessionCookie(
      reply,
      await this.sessions.open(user.id, request.headers['user-agent']),
      this.secureCookies,
    );
    return toViewerModel(user);
  }
}
