import { GraphqlContext } from '@entraide/api-core';
import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';

import { Role } from '../enums/identity.enums';
import { NotSignedInException, RoleRequiredException } from '../identity.exception';
import { RolesService } from '../services/roles.service';
import { SessionsService } from '../services/sessions.service';
import { sessionOf, SignedInGuard } from './signed-in.guard';

const REQUIRED_ROLE = 'entraide:requiredRole';

/** FORBIDDEN unless the signed-in person holds the role (UNAUTHENTICATED when not signed in). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly roles: RolesService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.get<Role>(REQUIRED_ROLE, context.getHandler());
    const { request } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const session = await sessionOf(request, this.sessions);
    if (!session) throw new NotSignedInException();
    if (!(await this.roles.rolesOf(session.user.id)).includes(required))
      throw new RoleRequiredException(required);
    return true;
  }
}

/** Signed in and holding `role`. */
export function RequireRole(role: Role) {
  return applyDecorators(SetMetadata(REQUIRED_ROLE, role), UseGuards(SignedInGuard, RolesGuard));
}
