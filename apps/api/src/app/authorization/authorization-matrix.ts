/**
 * Who may run each mutation. Every mutation in the schema must have a row (the matrix test fails
 * otherwise), with an outcome for every kind of actor, and an example operation to run as that actor.
 * Actors for the roles still to come (organisation admin and member, collection-point staff, sponsor,
 * coordinator) are added as those roles land.
 */
export const ACTORS = ['anonymous', 'citizen', 'coordinator'] as const;
export type Actor = (typeof ACTORS)[number];

export type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface ActorContext {
  /** A fresh email, unique in the test database. */
  uniqueEmail(): string;
  /** Email and password of the signed-in citizen (also usable by the anonymous actor to sign in). */
  citizen: { email: string; password: string };
  /** A session of the acting citizen other than the current one (a random id for the anonymous actor). */
  otherSessionId: string;
  /** Tokens from the links mailed to that citizen. */
  verificationToken: string;
  resetToken: string;
  /** An organisation registered by that citizen, awaiting a coordinator's decision. */
  pendingOrganisationId: string;
  /** A fresh, valid RNA number. */
  uniqueRna(): string;
}

export interface MatrixRow {
  expected: Record<Actor, Outcome>;
  operation(context: ActorContext): { query: string; variables?: Record<string, unknown> };
}

const PASSWORD = 'correct horse battery staple';

export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  signUp: {
    expected: { anonymous: 'ALLOWED', citizen: 'ALLOWED', coordinator: 'ALLOWED' },
    operation: ({ uniqueEmail }) => ({
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }',
      variables: { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'Matrix' } },
    }),
  },
  signIn: {
    expected: { anonymous: 'ALLOWED', citizen: 'ALLOWED', coordinator: 'ALLOWED' },
    operation: ({ citizen }) => ({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { viewer { id } } }',
      variables: { input: citizen },
    }),
  },
  signOut: {
    expected: { anonymous: 'ALLOWED', citizen: 'ALLOWED', coordinator: 'ALLOWED' },
    operation: () => ({ query: 'mutation { signOut { signedOut } }' }),
  },
  revokeSession: {
    expected: { anonymous: 'UNAUTHENTICATED', citizen: 'ALLOWED', coordinator: 'ALLOWED' },
    operation: ({ otherSessionId }) => ({
      query: 'mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id } } }',
      variables: { input: { sessionId: otherSessionId } },
    }),
  },
  verifyEmail: {
    expected: { anonymous: 'ALLOWED', citizen: 'ALLOWED', coordinator: 'ALLOWED' },
    operation: ({ verificationToken }) => ({
      query: 'mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) { viewer { id } } }',
      variables: { input: { token: verificationToken } },
    }),
  },
  resendVerificationEmail: {
    expected: { anonymous: 'UNAUTHENTICATED', citizen: 'ALLOWED', coordinator: 'ALLOWED' },
    operation: () => ({ query: 'mutation { resendVerificationEmail { sent } }' }),
  },
  requestPasswordReset: {
    expected: { anonymous: 'ALLOWED', citizen: 'ALLOWED', coordinator: 'ALLOWED' },
    operation: ({ citizen }) => ({
      query:
        'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }',
      variables: { input: { email: citizen.email } },
    }),
  },
  resetPassword: {
    expected: { anonymous: 'ALLOWED', citizen: 'ALLOWED', coordinator: 'ALLOWED' },
    operation: ({ resetToken }) => ({
      query: 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { viewer { id } } }',
      variables: { input: { token: resetToken, password: 'another long passphrase' } },
    }),
  },
  registerOrganisation: {
    expected: { anonymous: 'UNAUTHENTICATED', citizen: 'ALLOWED', coordinator: 'ALLOWED' },
    operation: ({ uniqueRna }) => ({
      query:
        'mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { organisation { id } } }',
      variables: {
        input: {
          kind: 'ASSOCIATION',
          name: 'Matrix association',
          rna: uniqueRna(),
          districtCodes: ['75010'],
          contactEmail: 'contact@matrix.example.org',
        },
      },
    }),
  },
  verifyOrganisation: {
    expected: { anonymous: 'UNAUTHENTICATED', citizen: 'FORBIDDEN', coordinator: 'ALLOWED' },
    operation: ({ pendingOrganisationId }) => ({
      query:
        'mutation ($input: VerifyOrganisationInput!) { verifyOrganisation(input: $input) { organisation { id } } }',
      variables: { input: { organisationId: pendingOrganisationId } },
    }),
  },
  rejectOrganisation: {
    expected: { anonymous: 'UNAUTHENTICATED', citizen: 'FORBIDDEN', coordinator: 'ALLOWED' },
    operation: ({ pendingOrganisationId }) => ({
      query:
        'mutation ($input: RejectOrganisationInput!) { rejectOrganisation(input: $input) { organisation { id } } }',
      variables: { input: { organisationId: pendingOrganisationId, reason: 'Not an association.' } },
    }),
  },
};

export const MATRIX_PASSWORD = PASSWORD;
