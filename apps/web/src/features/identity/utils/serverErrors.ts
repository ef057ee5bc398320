import { CombinedGraphQLErrors } from '@apollo/client';

import type { FieldProblem, SignUpField } from './credentials';

/** What to show for a failed sign-up or sign-in: a problem on one field, or one for the whole form. */
export interface ServerProblem<F extends string = string> {
  field?: F;
  problem: FieldProblem;
  /** The API's own (English) message, shown when it could not be recognised. */
  detail?: string;
}

/** The API's BAD_USER_INPUT messages we recognise, by the start of their English text. */
const KNOWN_BAD_INPUT: readonly { prefix: string; field: SignUpField; problem: FieldProblem }[] = [
  { prefix: 'This is not a valid email address', field: 'email', problem: { key: 'emailInvalid' } },
  { prefix: 'Please give a name', field: 'displayName', problem: { key: 'nameRequired' } },
  {
    prefix: 'The name must have at most',
    field: 'displayName',
    problem: { key: 'nameTooLong', values: { count: 80 } },
  },
  {
    prefix: 'The password must have at least',
    field: 'password',
    problem: { key: 'passwordTooShort', values: { count: 12 } },
  },
  {
    prefix: 'The password must have at most',
    field: 'password',
    problem: { key: 'passwordTooLong', values: { count: 256 } },
  },
  { prefix: 'This password is too common', field: 'password', problem: { key: 'passwordTooCommon' } },
];

/** The first GraphQL error's `extensions.code` and message, if the error came from the API. */
export function graphQLErrorInfo(error: unknown): { code?: string; message: string } | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const [first] = error.errors;
  if (!first) return undefined;
  const code = first.extensions?.['code'];
  return { code: typeof code === 'string' ? code : undefined, message: first.message };
}

function badInputProblem(message: string): ServerProblem<SignUpField> {
  const known = KNOWN_BAD_INPUT.find((entry) => message.startsWith(entry.prefix));
  if (known) return { field: known.field, problem: known.problem };
  return { problem: { key: 'checkForm' }, detail: message };
}

/** Maps a failed `signUp` to translated problems. */
export function signUpProblem(error: unknown): ServerProblem<SignUpField> {
  const info = graphQLErrorInfo(error);
  if (info?.code === 'CONFLICT') return { field: 'email', problem: { key: 'emailTaken' } };
  if (info?.code === 'BAD_USER_INPUT') return badInputProblem(info.message);
  return { problem: { key: 'unexpected' } };
}

/** Maps a failed `signIn` to translated problems; wrong credentials never say which field was wrong. */
export function signInProblem(error: unknown): ServerProblem<'email' | 'password'> {
  const info = graphQLErrorInfo(error);
  if (info?.code === 'UNAUTHENTICATED') return { problem: { key: 'wrongCredentials' } };
  if (info?.code === 'BAD_USER_INPUT') return { problem: { key: 'checkForm' }, detail: info.message };
  return { problem: { key: 'unexpected' } };
}
