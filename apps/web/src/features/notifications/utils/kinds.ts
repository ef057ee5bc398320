import type { EmailFrequency, NotificationKind } from '../../../gql/graphql';

/** Every kind of notification, in the order the preferences list them. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'ANNOUNCEMENT',
  'DONATION_RECEIVED',
  'DROP_OFF_TOMORROW',
  'NEED_COVERED',
  'PROPOSAL_TO_REVIEW',
  'SHIFT_REMINDER',
];

/** The choices of when to mail notifications, the API's default first. */
export const EMAIL_FREQUENCIES: readonly EmailFrequency[] = ['IMMEDIATE', 'DAILY_DIGEST', 'NEVER'];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isEmailFrequency(value: string): value is EmailFrequency {
  return (EMAIL_FREQUENCIES as readonly string[]).includes(value);
}
