import { DomainException } from '@entraide/api-core';

export class WrongCredentialsException extends DomainException {
  constructor() {
    super('UNAUTHENTICATED', 'The email address or the password is not right.');
  }
}

export class NotSignedInException extends DomainException {
  constructor() {
    super('UNAUTHENTICATED', 'Please sign in first.');
  }
}

export class EmailTakenException extends DomainException {
  constructor() {
    super('CONFLICT', 'An account already uses this email address. Sign in, or reset your password.');
  }
}

const ROLE_NAMES: Record<string, string> = {
  COORDINATOR: 'a City coordinator',
  ASSOCIATION: 'a member of an association',
  COLLECTION_STAFF: 'collection-point staff',
  SPONSOR: 'a member of a sponsor',
  CITIZEN: 'signed in',
};

export class RoleRequiredException extends DomainException {
  constructor(role: string) {
    super('FORBIDDEN', `Only ${ROLE_NAMES[role] ?? role} may do this.`);
  }
}
