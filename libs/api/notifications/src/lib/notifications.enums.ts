import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about; the database lists the same values. */
export enum NotificationKind {
  PROPOSAL_TO_REVIEW = 'PROPOSAL_TO_REVIEW',
  DROP_OFF_TOMORROW = 'DROP_OFF_TOMORROW',
  SHIFT_REMINDER = 'SHIFT_REMINDER',
  NEED_COVERED = 'NEED_COVERED',
  DONATION_RECEIVED = 'DONATION_RECEIVED',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
}

export enum EmailFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NEVER = 'NEVER',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(EmailFrequency, {
  name: 'EmailFrequency',
  description: 'When notifications are mailed: at once, in one mail each morning, or never.',
});
