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

@ObjectType('VerifyEmailPayload')
export class VerifyEmailPayload {
  @Field(() => ViewerModel)
  viewer: ViewerModel;
}

@ObjectType('ResendVerificationEmailPayload')
export class ResendVerificationEmailPayload {
  @Field({ description: 'True when a new link was sent; false when the address is already verified.' })
  sent: boolean;
}

@ObjectType('RequestPasswordResetPayload')
export class RequestPasswordResetPayload {
  @Field({
    description:
      'Always true: a link is mailed if the address has an account (nobody learns whether it has).',
  })
  accepted: boolean;
}

@ObjectType('ResetPasswordPayload')
export class ResetPasswordPayload {
  @Field(() => ViewerModel)
  viewer: ViewerModel;
}

@ObjectType('ExportMyDataPayload')
export class ExportMyDataPayload {
  @Field({ description: 'Everything Entraide holds about you, as a JSON document.' })
  json: string;

  @Field()
  generatedAt: Date;
}

@ObjectType('DeleteMyAccountPayload')
export class DeleteMyAccountPayload {
  @Field()
  deleted: boolean;
}
