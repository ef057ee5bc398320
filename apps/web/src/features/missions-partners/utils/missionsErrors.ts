import { apiProblem, ApiProblem, KnownApiMessage } from '../../identity/utils/apiProblem';

/** A key under `missionsPartners.errors` (with its values), and the API's (English) message when not recognised. */
export type MissionsProblem = ApiProblem;

/** The API's messages we translate fully, by code and the start of their English text. */
const KNOWN: readonly KnownApiMessage[] = [
  {
    code: 'FORBIDDEN',
    pattern: /^Your organisation must be verified/,
    problem: () => ({ key: 'notVerified' }),
  },
  { code: 'FORBIDDEN', pattern: /^Only members of this organisation/, problem: () => ({ key: 'notMember' }) },
  {
    code: 'FORBIDDEN',
    pattern: /^Only an organisation of kind ASSOCIATION/,
    problem: () => ({ key: 'associationsOnly' }),
  },
  // Missions.
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The title must have at least/,
    problem: () => ({ key: 'titleTooShort' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The description must have at least/,
    problem: () => ({ key: 'descriptionTooShort' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^Give the arrondissement where the mission happens/,
    problem: () => ({ key: 'placeRequired' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^At most 20 skills/,
    problem: () => ({ key: 'tooManySkills' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The language "([^"]+)" is listed twice/,
    problem: () => ({ key: 'languageTwice' }),
  },
  { code: 'BAD_USER_INPUT', pattern: /^At most 12 languages/, problem: () => ({ key: 'tooManyLanguages' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^A weekly mission needs its half-day/,
    problem: () => ({ key: 'weeklyIncomplete' }),
  },
  { code: 'BAD_USER_INPUT', pattern: /^Times are written HH:MM/, problem: () => ({ key: 'timeRequired' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The end must come after the start/,
    problem: () => ({ key: 'endBeforeStart' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The contact email is not valid/,
    problem: () => ({ key: 'emailInvalid' }),
  },
  { code: 'BAD_USER_INPUT', pattern: /^Add at least one shift/, problem: () => ({ key: 'shiftRequired' }) },
  { code: 'BAD_USER_INPUT', pattern: /^At most 100 shifts/, problem: () => ({ key: 'tooManyShifts' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^A shift must start in the future/,
    problem: () => ({ key: 'shiftPast' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^A shift must end after it starts/,
    problem: () => ({ key: 'endBeforeStart' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^A shift lasts at most 24 hours/,
    problem: () => ({ key: 'shiftTooLong' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^A shift.s capacity must be a whole number/,
    problem: () => ({ key: 'capacityRange' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The kind of schedule cannot change/,
    problem: () => ({ key: 'scheduleCannotChange' }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This mission is already closed/,
    problem: () => ({ key: 'missionClosed', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This mission is closed/,
    problem: () => ({ key: 'missionClosed', stale: true }),
  },
  // Applications.
  {
    code: 'CONFLICT',
    pattern: /^This shift is full/,
    problem: () => ({ key: 'shiftFull', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This application is (\w+): there is nothing to decide/,
    problem: () => ({ key: 'nothingToDecide', stale: true }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This application is already on the waiting list/,
    problem: () => ({ key: 'alreadyWaitlisted', stale: true }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The check cannot be in the future/,
    problem: () => ({ key: 'dateFuture' }),
  },
  { code: 'BAD_USER_INPUT', pattern: /^Say what was checked/, problem: () => ({ key: 'whatRequired' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^What was checked is required/,
    problem: () => ({ key: 'whatRequired' }),
  },
  {
    code: 'NOT_FOUND',
    pattern: /^This volunteer has not applied to your missions/,
    problem: () => ({ key: 'notApplied', stale: true }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^Attendance cannot be recorded in advance/,
    problem: () => ({ key: 'attendanceInAdvance' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^Hours must be a positive number/,
    problem: () => ({ key: 'hoursFormat' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^An absent volunteer has 0 hours/,
    problem: () => ({ key: 'absentNoHours' }),
  },
  {
    code: 'CONFLICT',
    pattern: /^Attendance is recorded for accepted volunteers only/,
    problem: () => ({ key: 'acceptedOnly', stale: true }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The shift was on (\d{4}-\d{2}-\d{2})/,
    problem: (match) => ({ key: 'shiftWasOn', values: { date: match[1]! } }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^This date is not a day of the mission.s weekly slot/,
    problem: () => ({ key: 'notWeeklyDay' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^At most ([\d.]+) hours: the length of the shift/,
    problem: (match) => ({ key: 'hoursAtMost', values: { hours: Number(match[1]) } }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This mission is with children or vulnerable people/,
    problem: () => ({ key: 'vettingRequired' }),
  },
  // Mentoring.
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The alias must have at least/,
    problem: () => ({ key: 'aliasTooShort' }),
  },
  { code: 'BAD_USER_INPUT', pattern: /^Choose at least one goal/, problem: () => ({ key: 'goalRequired' }) },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^No Entraide account has this email/,
    problem: () => ({ key: 'mentorUnknown' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^A session cannot be logged in advance/,
    problem: () => ({ key: 'dateFuture' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The duration must be from 5 to 600 minutes/,
    problem: () => ({ key: 'minutesRange' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The topic (is too short|is required)/,
    problem: () => ({ key: 'topicRequired' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The outcome is required/,
    problem: () => ({ key: 'outcomeRequired' }),
  },
  {
    code: 'CONFLICT',
    pattern: /^This pairing is (already )?closed/,
    problem: () => ({ key: 'pairClosed', stale: true }),
  },
  // Any form.
  {
    code: 'BAD_USER_INPUT',
    pattern: /^The date must be a date written/,
    problem: () => ({ key: 'dateRequired' }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /^(The \w+(?: \w+)*|What was checked) must have at most (\d+) characters/,
    problem: (match) => ({ key: 'tooLong', values: { count: Number(match[2]) } }),
  },
  {
    code: 'NOT_FOUND',
    pattern: /^No (mission|application|mentoring pair) has this id/,
    problem: () => ({ key: 'gone', stale: true }),
  },
];

/** Maps a failed missions or mentoring query or mutation to a translated problem. */
export function missionsProblem(error: unknown): MissionsProblem {
  return apiProblem(error, KNOWN, { staleOnChange: true });
}
