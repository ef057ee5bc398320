import { GraphqlContext } from '@entraide/api-core';
import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';

import { NotSignedInException } from '../identity.exception';
import { ResolvedSession, SessionsService } from '../services/sessions.service';
import { sessionTokenOf } from '../session-cookie';

const SESSION = Symbol('entraide.session');
const SIGNED_IN = Symbol('entraide.signedIn');
type RequestWithSession = FastifyRequest & {
  [SESSION]?: Promise<ResolvedSession | null>;
  [SIGNED_IN]?: ResolvedSession;
};

/** The request's session, looked up once per request however many fields ask. */
export function sessionOf(
  request: FastifyRequest,
  sessions: SessionsService,
): Promise<ResolvedSession | null> {
  const withSession = request as RequestWithSession;
  withSession[SESSION] ??= sessions.resolve(sessionTokenOf(request));
  return withSession[SESSION];
}

/** Lets only signed-in people through (UNAUTHENTICATED otherwise) and makes their session available. */
@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly sessions: SessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { request } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const session = await sessionOf(request, this.sessions);
    if (!session) throw new NotSignedInException();
    (request as RequestWithSession)[SIGNED_IN] = session;
    return true;
  }
}

/** The signed-in person's session, in a resolver guarded by {@link SignedInGuard}. */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ResolvedSession => {
    const { request } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const session = (request as RequestWithSession)[SIGNED_IN];
    if (!session) throw new NotSignedInException();
    return session;
  },
);
