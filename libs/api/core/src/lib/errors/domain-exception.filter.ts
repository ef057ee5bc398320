import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';

import { DomainException, ErrorCode } from './domain.exception';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

@Catch(DomainException)
export class DomainExceptionFilter implements ExceptionFilter<DomainException> {
  catch(exception: DomainException, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() === 'graphql') {
      return new GraphQLError(exception.message, {
        extensions: { ...exception.extensions, code: exception.code },
      });
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply
      .status(HTTP_STATUS[exception.code])
      .send({ ...exception.extensions, code: exception.code, message: exception.message });
  }
}
