import { APP_CONFIG, AppConfig, GraphqlContext } from '@entraide/api-core';
import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { RevokeSessionInput, SignInInput, SignUpInput } from './dto/inputs/identity.inputs';
import { CurrentSession, SignedInGuard, sessionOf } from './guards/signed-in.guard';
import {
  RevokeSessionPayload,
  SignInPayload,
  SignOutPayload,
  SignUpPayload,
} from './models/identity-payloads.model';
import { SessionModel, ViewerModel } from './models/viewer.model';
import { AccountsService, toViewerModel } from './services/accounts.service';
import { ResolvedSession, SessionsService } from './services/sessions.service';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './session-cookie';

@Resolver()
export class IdentityResolver {
  private readonly secureCookies: boolean;

  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
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

  @Mutation(() => SignUpPayload, { description: 'Creates a citizen account and signs it in.' })
  async signUp(
    @Args('input') input: SignUpInput,
    @Context() { request, reply }: GraphqlContext,
  ): Promise<SignUpPayload> {
    const user = await this.accounts.signUp(input);
    setSessionCookie(
      reply,
      await this.sessions.open(user.id, request.headers['user-agent']),
      this.secureCookies,
    );
    return { viewer: toViewerModel(user) };
  }

  @Mutation(() => SignInPayload)
  async signIn(
    @Args('input') input: SignInInput,
    @Context() { request, reply }: GraphqlContext,
  ): Promise<SignInPayload> {
    const user = await this.accounts.authenticate(input);
    setSessionCookie(
      reply,
      await this.sessions.open(user.id, request.headers['user-agent']),
      this.secureCookies,
    );
    return { viewer: toViewerModel(user) };
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
}
