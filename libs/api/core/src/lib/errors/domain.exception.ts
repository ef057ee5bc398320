/** The `extensions.code` values clients can rely on. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A rule of the domain was not met. Services throw these; one filter turns them into GraphQL errors
 * with `extensions.code` and the message as written here, meant for a person to read.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** More facts for clients, beside the code, e.g. `retryAfterSeconds`. */
    readonly extensions: Record<string, string | number | boolean> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundException extends DomainException {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class BadUserInputException extends DomainException {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

export class ForbiddenException extends DomainException {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class ConflictException extends DomainException {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class TooManyRequestsException extends DomainException {
  /** `describe` words the refusal for the action limited, given the wait already put as "N minute(s)". */
  constructor(
    retryAfterSeconds: number,
    describe: (wait: string) => string = (wait) => `Too many attempts. Please try again in ${wait}.`,
  ) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super('TOO_MANY_REQUESTS', describe(`${minutes} minute${minutes > 1 ? 's' : ''}`), { retryAfterSeconds });
  }
}
