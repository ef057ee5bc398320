import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Viewer', { description: 'The signed-in person, as they see themselves.' })
export class ViewerModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field({ description: 'Whether the email address has been confirmed.' })
  emailVerified: boolean;

  @Field()
  createdAt: Date;
}

@ObjectType('Session', { description: 'A browser or device signed in to the account.' })
export class SessionModel {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true, description: 'The browser that signed in, as it describes itself.' })
  userAgent?: string;

  @Field()
  createdAt: Date;

  @Field()
  lastSeenAt: Date;

  @Field()
  expiresAt: Date;

  @Field({ description: 'True for the session making this request.' })
  current: boolean;
}
