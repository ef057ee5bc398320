export { NotificationsModule } from './lib/notifications.module';
export { NotificationsService } from './lib/services/notifications.service';
export type { Notice, ProposalsToReview } from './lib/services/notifications.service';
export {
  MAX_EMAIL_ATTEMPTS,
  NOTIFICATION_DIGEST_QUEUE,
  NOTIFICATION_EMAIL_QUEUE,
  NotificationEmailsService,
} from './lib/services/notification-emails.service';
export { EmailFrequency, NotificationKind } from './lib/notifications.enums';
export { renderNotification } from './lib/notification-texts';
export type { NotificationParams } from './lib/notification-texts';
