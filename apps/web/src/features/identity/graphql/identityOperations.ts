import { graphql } from '../../../gql';

/** The signed-in person, or null: the only way the web app learns who is signed in (the cookie is httpOnly). */
export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      id
      email
      displayName
      emailVerified
      createdAt
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
        id
        email
        displayName
        emailVerified
        createdAt
      }
    }
  }
`);

/** Signs in (sets the session cookie); UNAUTHENTICATED for wrong credentials. */
export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      viewer {
        id
        email
        displayName
        emailVerified
        createdAt
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
