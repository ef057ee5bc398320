import { CatalogueModule } from '@entraide/api-catalogue';
import { IdentityModule, PersonalDataRegistry } from '@entraide/api-identity';
import { Module, OnModuleInit } from '@nestjs/common';

import { NOTIFICATIONS_PERSONAL_DATA } from './notifications-personal-data';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationEmailsService } from './services/notification-emails.service';
import { NotificationsService } from './services/notifications.service';

/**
 * The notification centre: domains record what happened for whom (NotificationsService.notify, inside their
 * transaction); people read it in the app and get it by mail, at once or in a daily digest.
 */
@Module({
  // Catalogue registers the GraphQL `Language` enum the notifications are worded in.
  imports: [IdentityModule, CatalogueModule],
  providers: [NotificationsService, NotificationEmailsService, NotificationsResolver],
  exports: [NotificationsService, NotificationEmailsService],
})
export class NotificationsModule implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.personalData.register(NOTIFICATIONS_PERSONAL_DATA);
  }
}
