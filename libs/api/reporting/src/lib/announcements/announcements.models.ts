import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Announcement', {
  description: "A coordinators' message to every partner or to one arrondissement's.",
})
export class AnnouncementModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'Null when meant for every partner.' })
  districtCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The coordinator who wrote it; null once their account is gone.',
  })
  authorName: string | null;

  @Field(() => Int, { description: 'People it was sent to.' })
  recipients: number;

  @Field()
  createdAt: Date;
}

@InputType()
export class PublishAnnouncementInput {
  @Field({ description: '3 to 160 characters.' })
  title: string;

  @Field({ description: 'Up to 4,000 characters.' })
  body: string;

  @Field(() => String, {
    nullable: true,
    description: "An arrondissement's postal code; every partner when omitted.",
  })
  districtCode?: string | null;
}

@ObjectType('PublishAnnouncementPayload')
export class PublishAnnouncementPayload {
  @Field(() => AnnouncementModel)
  announcement: AnnouncementModel;
}
