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
