import { graphQLErrorInfo } from '../../identity/utils/serverErrors';

/** A translated problem (a key under `missions.errors`), and the API's (English) message when not recognised. */
export interface MissionsProblem {
  key: string;
  values?: Record<string, number | string>;
  detail?: string;
}

/** The API's messages we translate fully, by code and the start of their English text. */
const KNOWN: readonly { code: string; pattern: RegExp; key: string }[] = [
  { code: 'CONFLICT', pattern: /^This shift is full/, key: 'shiftFull' },
  { code: 'CONFLICT', pattern: /^This shift has started/, key: 'shiftStarted' },
  { code: 'CONFLICT', pattern: /^You have already applied/, key: 'alreadyApplied' },
  { code: 'CONFLICT', pattern: /^This mission is closed/, key: 'missionClosed' },
  { code: 'CONFLICT', pattern: /^This application is (withdrawn|declined)/, key: 'cannotWithdraw' },
  { code: 'CONFLICT', pattern: /^This pairing is closed/, key: 'pairingClosed' },
  { code: 'BAD_USER_INPUT', pattern: /^Choose a shift/, key: 'chooseShift' },
  { code: 'BAD_USER_INPUT', pattern: /^A session cannot be logged in advance/, key: 'sessionInFuture' },
  { code: 'BAD_USER_INPUT', pattern: /^The duration must be from 5 to 600 minutes/, key: 'minutesRange' },
  { code: 'BAD_USER_INPUT', pattern: /^The topic is too short/, key: 'topicTooShort' },
  { code: 'BAD_USER_INPUT', pattern: /^The maximum hours per week must be/, key: 'maxHoursRange' },
  { code: 'BAD_USER_INPUT', pattern: /^At most 30 skills/, key: 'skillsTooMany' },
  { code: 'BAD_USER_INPUT', pattern: /^The language "[^"]*" is listed twice/, key: 'languageTwice' },
];

/** The API's answer to `missionRecommendations` for someone without a volunteer profile. */
const NO_PROFILE = /^Fill in your volunteer profile first/;

/** Maps a failed missions query or mutation to a translated problem. */
export function missionsProblem(error: unknown): MissionsProblem {
  const info = graphQLErrorInfo(error);
  if (!info) return { key: 'unexpected' };
  const known = KNOWN.find((entry) => entry.code === info.code && entry.pattern.test(info.message));
  if (known) return { key: known.key };
  switch (info.code) {
    case 'UNAUTHENTICATED':
      return { key: 'signedOut' };
    case 'FORBIDDEN':
      return { key: 'forbidden', detail: info.message };
    case 'NOT_FOUND':
      return { key: 'notFound', detail: info.message };
    case 'CONFLICT':
      return { key: 'conflict', detail: info.message };
    case 'BAD_USER_INPUT':
      return { key: 'checkForm', detail: info.message };
    case 'TOO_MANY_REQUESTS':
      return { key: 'tooManyRequests' };
    default:
      return { key: 'unexpected' };
  }
}

/** True when the API answered NOT_FOUND (an unknown mission, for instance). */
export function isNotFound(error: unknown): boolean {
  return graphQLErrorInfo(error)?.code === 'NOT_FOUND';
}

/** True when recommendations were refused because the person has no volunteer profile yet. */
export function isProfileMissing(error: unknown): boolean {
  const info = graphQLErrorInfo(error);
  return info?.code === 'BAD_USER_INPUT' && NO_PROFILE.test(info.message);
}
