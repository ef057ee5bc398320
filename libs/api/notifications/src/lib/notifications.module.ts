import { Module } from '@nestjs/common';

import { MailerService } from './services/mailer.service';

/** Email now; in-app notifications later. */
@Module({
  providers: [MailerService],
  exports: [MailerService],
})
export class NotificationsModule {}
