import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field()
  email: string;

  @Field({ description: 'At least 12 characters, not a common password.' })
  password: string;

  @Field({ description: 'How the person is greeted, 1 to 80 characters.' })
  displayName: string;
}

@InputType()
export class SignInInput {
  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID)
  sessionId: string;
}

@InputType()
export class VerifyEmailInput {
  @Field({ description: 'The token from the link in the verification mail.' })
  token: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the reset mail.' })
  token: string;

  @Field({ description: 'At least 12 characters, not a common password.' })
  password: string;
}
