import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { EmailFrequency, NotificationKind } from '../notifications.enums';

@ObjectType('Notification', { description: 'Something that happened for the signed-in person.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'In the language asked for.' })
  title: string;

  @Field()
  body: string;

  @Field({ nullable: true, description: 'Where to look in the web app, a path such as "/mes-dons".' })
  link?: string;

  @Field()
  createdAt: Date;

  @Field({ nullable: true })
  readAt?: Date;
}

@ObjectType('NotificationPage')
export class NotificationPageModel {
  @Field(() => [NotificationModel], { description: 'Newest first.' })
  notifications: NotificationModel[];

  @Field(() => Int, { description: 'Unread notifications in all pages.' })
  unreadCount: number;

  @Field({ nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor?: string;

  @Field()
  hasNextPage: boolean;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field(() => EmailFrequency)
  emailFrequency: EmailFrequency;

  @Field(() => [NotificationKind], { description: 'Kinds never mailed (still shown in the app).' })
  mutedKinds: NotificationKind[];
}

@ObjectType('MarkNotificationsReadPayload')
export class MarkNotificationsReadPayload {
  @Field(() => Int)
  unreadCount: number;
}
