import { CurrentSession, ResolvedSession, SignedInGuard } from '@entraide/api-identity';
import { Language } from '@entraide/shared';
import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { MarkNotificationsReadInput, UpdateNotificationPreferencesInput } from './dto/notifications.inputs';
import {
  MarkNotificationsReadPayload,
  NotificationPageModel,
  NotificationPreferencesModel,
} from './models/notifications.models';
import { NotificationsService } from './services/notifications.service';

@Resolver()
@UseGuards(SignedInGuard)
export class NotificationsResolver {
  constructor(private readonly centre: NotificationsService) {}

  @Query(() => NotificationPageModel, { description: "The signed-in person's notifications, newest first." })
  notifications(
    @CurrentSession() session: ResolvedSession,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null | undefined,
    @Args('lang', { type: () => Language, defaultValue: Language.FR }) lang: Language,
  ): Promise<NotificationPageModel> {
    return this.centre.page(session.user.id, lang, first, after ?? null);
  }

  @Query(() => NotificationPreferencesModel)
  notificationPreferences(@CurrentSession() session: ResolvedSession): Promise<NotificationPreferencesModel> {
    return this.centre.preferences(session.user.id);
  }

  @Mutation(() => MarkNotificationsReadPayload)
  async markNotificationsRead(
    @CurrentSession() session: ResolvedSession,
    @Args('input') input: MarkNotificationsReadInput,
  ): Promise<MarkNotificationsReadPayload> {
    return { unreadCount: await this.centre.markRead(session.user.id, input.ids ?? null) };
  }

  @Mutation(() => NotificationPreferencesModel, {
    description: 'When to mail notifications, and which kinds never to mail.',
  })
  updateNotificationPreferences(
    @CurrentSession() session: ResolvedSession,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferencesModel> {
    return this.centre.updatePreferences(session.user.id, input.emailFrequency, input.mutedKinds);
  }
}
