import { Field, ObjectType } from '@nestjs/graphql';

import { SessionModel, ViewerModel } from './viewer.model';

@ObjectType('SignUpPayload')
export class SignUpPayload {
  @Field(() => ViewerModel)
  viewer: ViewerModel;
}

@ObjectType('SignInPayload')
export class SignInPayload {
  @Field(() => ViewerModel)
  viewer: ViewerModel;
}

@ObjectType('SignOutPayload')
export class SignOutPayload {
  @Field()
  signedOut: boolean;
}

@ObjectType('RevokeSessionPayload')
export class RevokeSessionPayload {
  @Field(() => SessionModel)
  session: SessionModel;
}
