export { NotificationsModule } from './lib/notifications.module';
export { MailerService } from './lib/services/mailer.service';
export type { OutgoingMail } from './lib/services/mailer.service';
