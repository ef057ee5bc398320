import { graphql } from '../../../gql';

/**
 * Everything the app knows about the signed-in person: who they are, their roles (which pages and links
 * they get), their organisations and the collection points they staff.
 */
export const VIEWER_FIELDS_FRAGMENT = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    displayName
    emailVerified
    createdAt
    roles
    staffPointIds
    memberships {
      role
      organisation {
        id
        name
        kind
        status
        rejectionReason
        rna
        siret
        districtCodes
        contactEmail
        contactPhone
        createdAt
      }
    }
  }
`);

/** The signed-in person, or null: the only way the web app learns who is signed in (the cookie is httpOnly). */
export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

/** The signed-in person's active sessions, most recent first; UNAUTHENTICATED when signed out. */
export const MY_SESSIONS_QUERY = graphql(`
  query MySessions {
    mySessions {
      id
      userAgent
      createdAt
      lastSeenAt
      expiresAt
      current
    }
  }
`);

/** Creates an account and signs it in (sets the session cookie). */
export const SIGN_UP_MUTATION = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      viewer {
        ...ViewerFields
      }
    }
  }
`);

/** Signs in (sets the session cookie); UNAUTHENTICATED for wrong credentials. */
export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      viewer {
        ...ViewerFields
      }
    }
  }
`);

/** Ends this session (clears the cookie). */
export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

/** Signs out another of the person's sessions; NOT_FOUND when it is not theirs. */
export const REVOKE_SESSION_MUTATION = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      session {
        id
      }
    }
  }
`);

/** Confirms the email address from the link in the verification mail; BAD_USER_INPUT for a used or expired link. */
export const VERIFY_EMAIL_MUTATION = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      viewer {
        ...ViewerFields
      }
    }
  }
`);

/** Mails a new verification link to the signed-in person; `sent` is false when already verified. */
export const RESEND_VERIFICATION_EMAIL_MUTATION = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail {
      sent
    }
  }
`);

/** Mails a link to choose a new password; always accepted, so nobody learns whether an account exists. */
export const REQUEST_PASSWORD_RESET_MUTATION = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      accepted
    }
  }
`);

/** Sets a new password from the link in the reset mail, signs out every other session and signs this one in. */
export const RESET_PASSWORD_MUTATION = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      viewer {
        ...ViewerFields
      }
    }
  }
`);

/** Everything Entraide holds about the signed-in person, as a JSON document (audited). */
export const EXPORT_MY_DATA_MUTATION = graphql(`
  mutation ExportMyData {
    exportMyData {
      json
      generatedAt
    }
  }
`);

/**
 * Deletes the signed-in person's account after checking their password, and signs them out;
 * UNAUTHENTICATED for a wrong password, CONFLICT while they are the only admin of an organisation.
 */
export const DELETE_MY_ACCOUNT_MUTATION = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input) {
      deleted
    }
  }
`);
