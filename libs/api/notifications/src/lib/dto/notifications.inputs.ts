import { Field, ID, InputType } from '@nestjs/graphql';

import { EmailFrequency, NotificationKind } from '../notifications.enums';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'The notifications to mark read; all of them when omitted.',
  })
  ids?: string[] | null;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => EmailFrequency)
  emailFrequency: EmailFrequency;

  @Field(() => [NotificationKind], { defaultValue: [] })
  mutedKinds: NotificationKind[];
}
